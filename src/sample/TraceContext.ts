import type { Random } from "./createRandom";
import type { IdSource } from "./createIdSource";

/** What every builder of one trace shares: its random stream, its ids and its trace id. */
export interface TraceContext {
  readonly random: Random;
  readonly ids: IdSource;
  readonly traceId: string;
}

/** An AWS request id in the style of the service (DynamoDB, S3, or a UUID for the others). */
export function createRequestId(random: Random, style: "dynamodb" | "s3" | "uuid"): string {
  if (style === "dynamodb") {
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    let out = "";
    for (let i = 0; i < 52; i++) out += alphabet[random.int(alphabet.length)];
    return out;
  }
  if (style === "s3") return random.hex(16).toUpperCase();
  const h = random.hex(32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}`;
}
