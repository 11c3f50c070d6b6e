import type { ScaleName } from "./ScaleName";

/**
 * The weight limit N·max(q) of a scale function at cumulative weight `a` (q = a / total), as in
 * the reference `ScaleFunction.max`: K_0 2N/δ; K_1 2·sin(π/δ)·√(a(N−a)); K_2 a(N−a)·Z/(N·δ)
 * with Z = 4·ln(N/δ)+24; K_3 min(a, N−a)·Z/δ with Z = 4·ln(N/δ)+21. `coef` is the precomputed
 * constant factor from {@link weightLimitCoefficient}.
 */
function weightLimit(kind: number, a: number, total: number, coef: number): number {
  const b = total - a;
  if (kind === 2) return a * b * coef;
  if (kind === 3) return (a < b ? a : b) * coef;
  if (kind === 1) return a > 0 && b > 0 ? coef * Math.sqrt(a * b) : 0;
  return coef;
}

/** The constant factor of the weight limit of `scale` for one merge pass. */
function weightLimitCoefficient(scale: ScaleName, compression: number, total: number): number {
  switch (scale) {
    case "K_0":
      return (2 * total) / compression;
    case "K_1":
      return 2 * Math.sin(Math.PI / compression);
    case "K_2":
      return (4 * Math.log(total / compression) + 24) / (total * compression);
    case "K_3":
      return (4 * Math.log(total / compression) + 21) / compression;
  }
}

const kinds: Readonly<Record<ScaleName, number>> = { K_0: 0, K_1: 1, K_2: 2, K_3: 3 };

/**
 * One greedy merge pass (Dunning & Ertl, Algorithm 1) over `n` items sorted by mean, in place:
 * each item joins the current centroid while the joined weight stays within the scale function's
 * weight limit at both of its ends (the reference's `useWeightLimit`); the second and the last
 * item never join, so the end centroids stay singletons. `backwards` runs the pass from the top
 * (the reference alternates direction on every merge to avoid a left-to-right bias).
 *
 * The result is written over the input: forwards at `[0, k)`, backwards at `[n − k, n)`, both
 * sorted by mean. Returns k.
 */
export function mergeSortedCentroids(
  mean: Float64Array,
  weight: Float64Array,
  n: number,
  total: number,
  compression: number,
  scale: ScaleName,
  backwards: boolean,
): number {
  if (n === 0) return 0;
  const kind = kinds[scale];
  const coef = weightLimitCoefficient(scale, compression, total);
  const step = backwards ? -1 : 1;
  const first = backwards ? n - 1 : 0;
  const second = first + step;
  const last = backwards ? 0 : n - 1;
  const end = last + step;
  let out = first;
  let curMean = mean[first];
  let curWeight = weight[first];
  let before = 0;
  let limitBefore = weightLimit(kind, 0, total, coef);
  for (let i = second; i !== end; i += step) {
    const w = weight[i];
    const proposed = curWeight + w;
    if (
      proposed <= limitBefore &&
      proposed <= weightLimit(kind, before + proposed, total, coef) &&
      i !== second &&
      i !== last
    ) {
      const t = w / proposed;
      const x = mean[i];
      let m = curMean + (x - curMean) * t;
      // x − curMean overflows only for values near ±1.8e308; this form cannot.
      if (m - m !== 0) m = curMean * (1 - t) + x * t;
      curMean = m;
      curWeight = proposed;
    } else {
      mean[out] = curMean;
      weight[out] = curWeight;
      out += step;
      before += curWeight;
      limitBefore = weightLimit(kind, before, total, coef);
      curMean = mean[i];
      curWeight = w;
    }
  }
  mean[out] = curMean;
  weight[out] = curWeight;
  return backwards ? n - out : out + 1;
}
