import { TDigest } from "../digest/index";

const initialBuffer = 16;
const maxBuffer = 1024;

/**
 * A t-digest fed through a small buffer (internal: the builder's state): values are added in
 * batches with `addAll`, which is much cheaper per value than `add` on the hot path.
 */
export class DigestAccumulator {
  private digest: TDigest | null = null;
  private buffer: Float64Array | null = null;
  private length = 0;
  private readonly compression: number;

  constructor(compression: number) {
    this.compression = compression;
  }

  /** Adds one finite value; other values are ignored. */
  add(value: number): void {
    if (!Number.isFinite(value)) return;
    let buffer = this.buffer;
    if (buffer === null) buffer = this.buffer = new Float64Array(initialBuffer);
    else if (this.length === buffer.length) {
      if (buffer.length >= maxBuffer) this.flush();
      else {
        const grown = new Float64Array(buffer.length * 4);
        grown.set(buffer);
        buffer = this.buffer = grown;
      }
    }
    buffer[this.length++] = value;
  }

  /** Merges another digest into this one (the other is not modified). */
  addDigest(other: TDigest): void {
    if (other.count === 0) return;
    this.target().merge(other);
  }

  /** A new digest holding everything added so far; later additions do not change it. */
  snapshot(): TDigest {
    this.flush();
    const copy = new TDigest({ compression: this.compression });
    if (this.digest !== null) copy.merge(this.digest);
    return copy;
  }

  private target(): TDigest {
    if (this.digest === null) this.digest = new TDigest({ compression: this.compression });
    return this.digest;
  }

  private flush(): void {
    if (this.length === 0 || this.buffer === null) return;
    this.target().addAll(this.buffer.subarray(0, this.length));
    this.length = 0;
  }
}
