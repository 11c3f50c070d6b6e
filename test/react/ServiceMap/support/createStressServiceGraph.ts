/**
 * A large synthetic service graph for stress stories, tests and the browser benchmark (the
 * workload's storefront has 16 nodes): seeded, layered like a real map (clients upstream, every
 * node called by some earlier node), X-Ray's node types, a tenth of edges asynchronous, skewed
 * traffic and a few faulty services, and t-digests of log-normal latencies.
 */
import { TDigest } from "../../../../src/digest/index";
import { composeServiceGraph } from "../../../../src/graph/composeServiceGraph";
import { createSeededRandom } from "../../../../src/graph/createSeededRandom";
import { serviceEdgeKey } from "../../../../src/graph/serviceEdgeKey";
import { serviceNodeKey } from "../../../../src/graph/serviceNodeKey";
import type {
  ServiceGraph,
  ServiceGraphEdge,
  ServiceGraphNode,
  ServiceStatistics,
} from "../../../../src/model/ServiceGraph";

export interface StressGraphOptions {
  readonly nodes: number;
  readonly edges: number;
  readonly seed?: number;
  /** Build a digest per node and edge (default true; false keeps 10,000-node graphs quick). */
  readonly digests?: boolean;
}

const TYPES = [
  "AWS::ECS::Container",
  "AWS::EC2::Instance",
  "AWS::Lambda",
  "AWS::Lambda::Function",
  "AWS::DynamoDB::Table",
  "AWS::S3::Bucket",
  "AWS::SNS",
  "AWS::SQS::Queue",
  null,
  "AWS::ApiGateway::Stage",
] as const;
const WORDS = [
  "orders",
  "cart",
  "users",
  "search",
  "billing",
  "ship",
  "auth",
  "media",
  "feed",
  "stock",
];
const START = 1_700_000_000;

export function createStressServiceGraph(options: StressGraphOptions): ServiceGraph {
  const random = createSeededRandom(options.seed ?? 1);
  const n = options.nodes;
  const clients = Math.max(1, Math.round(n / 200));
  const withDigests = options.digests ?? true;
  const latency = (median: number): number =>
    median *
    Math.exp(0.6 * Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random()));
  const digestOf = (count: number, median: number): TDigest | null => {
    if (!withDigests || count === 0) return null;
    const d = new TDigest();
    const samples = Math.min(count, 24);
    for (let i = 0; i < samples; i++) d.add(latency(median), count / samples);
    return d;
  };
  const statistics = (count: number, median: number, faulty: boolean): ServiceStatistics => {
    const fault = Math.round(count * (faulty ? 0.05 + random() * 0.3 : random() * 0.01));
    const throttle = Math.round(count * random() * 0.02);
    const error = Math.round(count * random() * 0.04);
    const ok = Math.max(0, count - fault - throttle - error);
    return {
      OkCount: ok,
      ErrorStatistics: { ThrottleCount: throttle, OtherCount: error, TotalCount: throttle + error },
      FaultStatistics: { OtherCount: fault, TotalCount: fault },
      TotalCount: ok + fault + throttle + error,
      TotalResponseTime: (ok + fault + throttle + error) * median * 1.2,
    };
  };
  const nodes: ServiceGraphNode[] = [];
  const medians: number[] = [];
  for (let i = 0; i < n; i++) {
    const client = i < clients;
    const type = client ? "client" : TYPES[i % TYPES.length];
    const name = `${WORDS[i % WORDS.length]}-${String(i).padStart(5, "0")}`;
    const count = client ? 0 : Math.round(Math.exp(random() * Math.log(5000)));
    const median = 0.002 + random() * random() * 0.4;
    medians.push(median);
    const inferred = type !== null && /DynamoDB|S3|SNS|SQS/.test(type);
    nodes.push({
      key: serviceNodeKey(name, type),
      referenceId: i,
      kind: client ? "client" : type === null || inferred ? "inferred" : "service",
      name,
      names: [name],
      type,
      accountId: null,
      root: i >= clients && i < clients * 2,
      state: client || inferred || type === null ? "unknown" : "active",
      startTime: START,
      endTime: START + 3600,
      statistics: client ? null : statistics(count, median, random() < 0.05),
      responseTimeDigest: client ? null : digestOf(count, median),
      durationDigest: null,
    });
  }
  const edges: ServiceGraphEdge[] = [];
  const seen = new Set<string>();
  const add = (s: number, t: number): void => {
    if (s === t || seen.has(`${s} ${t}`) || nodes[t].kind === "client") return;
    seen.add(`${s} ${t}`);
    const link = nodes[s].kind !== "client" && random() < 0.1;
    const count = Math.max(1, Math.round(Math.exp(random() * Math.log(2000))));
    const source = nodes[s].key;
    const target = nodes[t].key;
    edges.push({
      key: serviceEdgeKey(source, target, link ? "link" : null),
      source,
      target,
      edgeType: link ? "link" : null,
      startTime: START,
      endTime: START + 3600,
      statistics: statistics(count, medians[t] * 1.1, random() < 0.03),
      responseTimeDigest: link ? null : digestOf(count, medians[t] * 1.1),
      receivedEventAgeDigest: link ? digestOf(count, 0.05) : null,
      aliases: [],
    });
  };
  for (let t = clients; t < n; t++)
    add(Math.floor(random() * Math.min(t, clients + (t - clients) / 2 + 1)), t);
  let guard = 0;
  while (edges.length < options.edges && guard++ < options.edges * 20) {
    const t = clients + Math.floor(random() * (n - clients));
    add(clients + Math.floor(random() * Math.max(1, t - clients)), t);
  }
  return composeServiceGraph(nodes, edges);
}
