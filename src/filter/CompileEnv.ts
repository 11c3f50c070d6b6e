import type { FilterNode, GroupNode } from "./FilterNode";

/** What the predicate compilers need beyond the tree: the resolved groups. */
export interface CompileEnv {
  /** The (checked, acyclic) expression of the group a term names, or null when unusable. */
  readonly groupAst: (node: GroupNode) => FilterNode | null;
}
