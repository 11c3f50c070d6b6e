/**
 * Sorts centroids read from outside by mean when they are not already sorted (stable: equal means
 * keep their order). Returns the arrays sorted (the inputs themselves when they already were).
 */
export function sortStateByMean(
  means: Float64Array,
  weights: Float64Array,
): { means: Float64Array; weights: Float64Array } {
  let sorted = true;
  for (let i = 1; i < means.length && sorted; i++) sorted = means[i - 1] <= means[i];
  if (sorted) return { means, weights };
  const order = Array.from(means.keys()).sort((a, b) => means[a] - means[b] || a - b);
  return {
    means: Float64Array.from(order, (i) => means[i]),
    weights: Float64Array.from(order, (i) => weights[i]),
  };
}
