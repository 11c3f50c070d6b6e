/**
 * The t-digest against its floor and its npm peer (issue 3 §6): 1e6 latencies of tdigest.md §4,
 * median of 5 runs each. Floor: the same values sorted in 1,050-value chunks (the reference buffer
 * at δ = 100) with Float64Array.prototype.sort. Peer: npm `tdigest` (welch), default settings.
 */
import { loadavg } from "node:os";
import { TDigest as WelchTDigest } from "tdigest";
import { isDigestError, TDigest } from "../src/digest/index";
import { exactQuantile, latencyMix } from "../test/digest/latencyData";
import { collect, fmtMs, fmtRate, report, time } from "./harness";

const N = 1_000_000;
const SHARDS = 100;
const CHUNK = 1_050;

const relativeError = (estimate: number, exact: number): string =>
  `${((Math.abs(estimate - exact) / exact) * 100).toFixed(2)} %`;

export function run(): void {
  const data = latencyMix(N, 1);
  const sorted = data.slice().sort();
  const exact9999 = exactQuantile(sorted, 0.9999);
  const load = loadavg()
    .map((l) => l.toFixed(1))
    .join(" ");

  collect();
  let digest = new TDigest();
  const add = time(() => {
    digest = new TDigest();
    for (let i = 0; i < N; i++) digest.add(data[i]);
  });
  collect();
  const addAll = time(() => new TDigest().addAll(data));
  collect();
  const chunk = new Float64Array(CHUNK);
  const floor = time(() => {
    for (let i = 0; i < N; i += CHUNK) {
      const end = Math.min(N, i + CHUNK);
      chunk.set(data.subarray(i, end));
      chunk.subarray(0, end - i).sort();
    }
  });

  collect();
  const welchErrors: number[] = [];
  let welch = new WelchTDigest();
  const peer = time(() => {
    welch = new WelchTDigest();
    for (let i = 0; i < N; i++) welch.push(data[i]);
    welchErrors.push(Math.abs(welch.percentile(0.9999) - exact9999) / exact9999);
  });
  welchErrors.sort((a, b) => a - b);

  const compressed = TDigest.fromBytes(digest.asBytes());
  if (isDigestError(compressed)) throw new Error(compressed.message);

  report(`digest: insert 1e6 latencies (load ${load})`, [
    [
      "add() loop",
      `${fmtMs(add.medianMs)}  ${fmtRate(N, add.medianMs, "values")}  ${((add.medianMs / N) * 1e6).toFixed(0)} ns/value`,
    ],
    ["addAll(Float64Array)", `${fmtMs(addAll.medianMs)}  ${fmtRate(N, addAll.medianMs, "values")}`],
    [
      "floor: sort in 1,050 chunks",
      `${fmtMs(floor.medianMs)}  ${((floor.medianMs / N) * 1e6).toFixed(0)} ns/value`,
    ],
    ["add() / floor", `${(add.medianMs / floor.medianMs).toFixed(2)}×  (goal ≥ 8 M values/s)`],
    ["npm tdigest push()", `${fmtMs(peer.medianMs)}  ${fmtRate(N, peer.medianMs, "values")}`],
    ["speed vs npm tdigest", `${(peer.medianMs / add.medianMs).toFixed(1)}× faster (goal ≥ 5×)`],
  ]);

  report("digest: value error at q = 0.9999 (exact " + exact9999.toFixed(0) + " ms)", [
    [
      "TDigest δ=100 as built",
      `${relativeError(digest.quantile(0.9999), exact9999)}  (${digest.centroids().length} centroids)`,
    ],
    [
      "TDigest δ=100 compressed",
      `${relativeError(compressed.quantile(0.9999), exact9999)}  (${compressed.centroids().length} centroids, ${digest.asBytes().length} B)`,
    ],
    [
      "npm tdigest (5 runs: median, worst)",
      `${(welchErrors[2] * 100).toFixed(2)} %, ${(welchErrors[4] * 100).toFixed(2)} %  (${welch.size()} centroids)`,
    ],
  ]);

  const size = N / SHARDS;
  const buildShards = (): TDigest[] =>
    Array.from({ length: SHARDS }, (_, s) => {
      const shard = new TDigest();
      shard.addAll(data.subarray(s * size, (s + 1) * size));
      return shard;
    });
  const fromBytes = buildShards().map((shard) => TDigest.fromBytes(shard.asBytes()) as TDigest);
  // Fresh shards for each run (warm-up + 5): a digest caches its merged buffer once queried.
  const shardSets = Array.from({ length: 6 }, buildShards);
  collect();
  const mergeBytes = time(() => new TDigest().merge(...fromBytes));
  let set = 0;
  const mergeBuilt = time(() => new TDigest().merge(...shardSets[set++]));
  const welchShards = Array.from({ length: SHARDS }, (_, s) => {
    const w = new WelchTDigest();
    for (let i = s * size; i < (s + 1) * size; i++) w.push(data[i]);
    return w;
  });
  const welchMerge = time(() => {
    const w = new WelchTDigest();
    for (const shard of welchShards) w.push_centroid(shard.toArray());
  });
  report("digest: merge 100 digests of 10,000 latencies", [
    [
      "read from asBytes (compressed, ~70 centroids each)",
      `${fmtMs(mergeBytes.medianMs)}  (goal ≤ 5 ms)`,
    ],
    ["as built (~150 centroids + ~550 buffered values each)", fmtMs(mergeBuilt.medianMs)],
    ["npm tdigest push_centroid (no merge of its own)", fmtMs(welchMerge.medianMs)],
  ]);
}
