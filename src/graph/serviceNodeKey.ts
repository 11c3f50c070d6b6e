/**
 * The stable key of a service-graph node: its name and type (X-Ray identifies a node by both,
 * since Lambda's two nodes share a name). The key is the JSON text of `[name, type]`, so distinct
 * pairs never collide whatever characters the (untrusted) names hold.
 *
 * @example
 * serviceNodeKey("random-name", "AWS::Lambda") // '["random-name","AWS::Lambda"]'
 * serviceNodeKey("api", null)                  // '["api",null]'
 */
export function serviceNodeKey(name: string, type: string | null): string {
  return JSON.stringify([name, type]);
}
