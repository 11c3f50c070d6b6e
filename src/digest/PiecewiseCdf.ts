/**
 * The distribution a digest stands for (tdigest.md §1), as knots (rank, value) joined by straight
 * lines: half of a centroid's weight lies on each side of its mean, spread uniformly up to the
 * neighbouring means; a centroid of weight ≤ 1 is an atom (all of it exactly at its mean, so two
 * neighbouring singletons are never interpolated); one sample sits exactly at the minimum and one
 * at the maximum. Ranks and values are both non-decreasing, so `valueAt` and `rankOf` are
 * monotone and inverse to each other.
 */
export class PiecewiseCdf {
  private constructor(
    private readonly ranks: Float64Array,
    private readonly values: Float64Array,
    private readonly size: number,
    /** Total weight. */
    readonly total: number,
  ) {}

  /** Builds the model of `n` centroids sorted by mean, starting at `start`, with min and max. */
  static fromCentroids(
    mean: Float64Array,
    weight: Float64Array,
    start: number,
    n: number,
    total: number,
    min: number,
    max: number,
  ): PiecewiseCdf {
    const ranks = new Float64Array(2 * n + 4);
    const values = new Float64Array(2 * n + 4);
    let k = 0;
    const push = (rank: number, value: number): void => {
      ranks[k] = rank;
      values[k] = value;
      k++;
    };
    push(0, min);
    let before = 0;
    for (let i = 0; i < n; i++) {
      const w = weight[start + i];
      const m = mean[start + i];
      if (w <= 1) {
        push(before, m);
        push(before + w, m);
      } else {
        if (i === 0) push(1, min);
        push(before + w / 2, m);
        if (i === n - 1) push(total - 1, max);
      }
      before += w;
    }
    push(total, max);
    // Rounding (and inconsistent input) must not break monotonicity: clamp and carry forward.
    for (let j = 1; j < k; j++) {
      const r = ranks[j] > total ? total : ranks[j];
      ranks[j] = r < ranks[j - 1] ? ranks[j - 1] : r;
      const v = values[j] > max ? max : values[j] < min ? min : values[j];
      values[j] = v < values[j - 1] ? values[j - 1] : v;
    }
    ranks[k - 1] = total;
    return new PiecewiseCdf(ranks, values, k, total);
  }

  /** The value at rank `index` ∈ [0, total]: min up to rank 1, max from rank total − 1 on. */
  valueAt(index: number): number {
    const { ranks, values, size } = this;
    if (!(index > 0)) return values[0];
    if (index >= this.total) return values[size - 1];
    // First knot with rank ≥ index: a vertical step returns its lower value, so singletons
    // give exactly the order statistic x_(⌈index⌉).
    let lo = 1;
    let hi = size - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ranks[mid] >= index) hi = mid;
      else lo = mid + 1;
    }
    const r0 = ranks[lo - 1];
    const v0 = values[lo - 1];
    const v1 = values[lo];
    return between(v0, v1, (index - r0) / (ranks[lo] - r0));
  }

  /** The weight below `x` (strictly, or at or below when `inclusive`). */
  rankOf(x: number, inclusive: boolean): number {
    const { ranks, values, size } = this;
    if (x < values[0]) return 0;
    if (x > values[size - 1]) return this.total;
    if (inclusive) {
      // Last knot with value ≤ x.
      let lo = 0;
      let hi = size - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (values[mid] <= x) lo = mid;
        else hi = mid - 1;
      }
      if (lo === size - 1) return this.total;
      return between(ranks[lo], ranks[lo + 1], fraction(x, values[lo], values[lo + 1]));
    }
    // First knot with value ≥ x.
    let lo = 0;
    let hi = size - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[mid] >= x) hi = mid;
      else lo = mid + 1;
    }
    if (lo === 0) return 0;
    return between(ranks[lo - 1], ranks[lo], fraction(x, values[lo - 1], values[lo]));
  }
}

/** a + (b − a)·t for t ∈ [0, 1], kept within [a, b] and safe from overflow near ±1.8e308. */
function between(a: number, b: number, t: number): number {
  let v = a + (b - a) * t;
  if (v - v !== 0) v = a * (1 - t) + b * t;
  return v < a ? a : v > b ? b : v;
}

/** (x − a) / (b − a) for a ≤ x ≤ b, a < b, safe from overflow. */
function fraction(x: number, a: number, b: number): number {
  const d = b - a;
  const t = d - d === 0 ? (x - a) / d : (x / 2 - a / 2) / (b / 2 - a / 2);
  return t < 0 ? 0 : t > 1 ? 1 : t;
}
