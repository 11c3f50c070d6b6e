/**
 * The stable key of a service-graph edge from the node keys of its ends; asynchronous (`link`)
 * edges get their own key, so a pair of nodes may have one synchronous and one `link` edge.
 *
 * @example
 * serviceEdgeKey('["a",null]', '["b",null]')         // '["a",null]->["b",null]'
 * serviceEdgeKey('["a",null]', '["b",null]', "link") // '["a",null]->["b",null] link'
 */
export function serviceEdgeKey(
  source: string,
  target: string,
  edgeType: string | null = null,
): string {
  return edgeType === null ? `${source}->${target}` : `${source}->${target} ${edgeType}`;
}
