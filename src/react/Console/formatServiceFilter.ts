import { quoteFilterString } from "../../filter/formatFilter";

/**
 * The filter expression for traces through a service map node: `service(id(name: "x", type: "T"))`,
 * or `service("x")` when the node has no type. Client nodes have no expression (null).
 * @example formatServiceFilter({ name: "api", type: "AWS::EC2::Instance", kind: "service" })
 */
export function formatServiceFilter(node: {
  readonly name: string;
  readonly type: string | null;
  readonly kind: string;
}): string | null {
  if (node.kind === "client") return null;
  if (node.type === null) return `service(${quoteFilterString(node.name)})`;
  return `service(id(name: ${quoteFilterString(node.name)}, type: ${quoteFilterString(node.type)}))`;
}
