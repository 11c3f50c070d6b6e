import type { FilterNode } from "./FilterNode";

/** The children of a node that are expressions (operands and bodies). */
export function filterChildren(node: FilterNode): readonly FilterNode[] {
  switch (node.kind) {
    case "and":
    case "or":
      return node.operands;
    case "not":
      return [node.operand];
    case "service":
    case "edge":
      return node.body === null ? [] : [node.body];
    case "rootcause":
      return [node.body];
    default:
      return [];
  }
}

/**
 * Depth of a syntax tree (a single term is 1), computed with an explicit stack so that any tree,
 * even one built by hand, is measured without recursion.
 */
export function measureFilterDepth(ast: FilterNode): number {
  let max = 0;
  const stack: [FilterNode, number][] = [[ast, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > max) max = depth;
    for (const child of filterChildren(node)) stack.push([child, depth + 1]);
  }
  return max;
}
