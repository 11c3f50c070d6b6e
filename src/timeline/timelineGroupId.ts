/**
 * The row id of a service group row: `group:` + name + NUL + origin. X-Ray ids are hex, so a group
 * id never equals a node id of valid data.
 * @example timelineGroupId("api", "AWS::EC2::Instance") // "group:api\u0000AWS::EC2::Instance"
 */
export function timelineGroupId(name: string, origin: string | null): string {
  return `group:${name}\u0000${origin ?? ""}`;
}
