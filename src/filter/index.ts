export { parseFilter, sortFilterDiagnostics } from "./parseFilter";
export type { ParseFilterResult } from "./parseFilter";
export { formatFilter, formatAnnotationName, quoteFilterString } from "./formatFilter";
export { compileFilter } from "./compileFilter";
export type { CompileFilterOptions, CompiledFilter } from "./compileFilter";
export { completeFilter } from "./completeFilter";
export type {
  FilterCompletion,
  FilterCompletionContext,
  FilterCompletionItem,
  FilterCompletionKind,
  FilterExpectation,
} from "./completeFilter";
export { scanFilter } from "./scanFilter";
export type { ScanFilterResult } from "./scanFilter";
export type { FilterToken, FilterTokenKind } from "./FilterToken";
export { checkFilter, isKeywordAllowed, MAX_FILTER_TREE_DEPTH } from "./checkFilter";
export type { FilterScope } from "./checkFilter";
export { MAX_FILTER_DEPTH } from "./FilterCursor";
export { createFilterDiagnostic, filterDiagnosticCatalogue } from "./FilterDiagnostic";
export { formatFilterDiagnostic } from "./formatFilterDiagnostic";
export type { FilterDiagnostic, FilterDiagnosticCode, FilterSeverity } from "./FilterDiagnostic";
export { filterKeywords, filterOperators, findFilterKeyword } from "./filterKeywords";
export type { FilterKeywordSpec, FilterKeywordType } from "./filterKeywords";
export { annotationKeyword } from "./annotationKeyword";
export type { FilterFieldValue } from "./readField";
export type { RootCauseItem } from "./RootCauseItem";
export { resolveFilterGroup } from "./resolveFilterGroup";
export type { ResolvedFilterGroup } from "./resolveFilterGroup";
export type {
  AndNode,
  AnnotationNode,
  EdgeNode,
  FilterName,
  FilterNode,
  FilterOperator,
  FilterOperatorSpan,
  FilterSpan,
  FilterText,
  FilterValue,
  GroupNode,
  IdNode,
  KeywordNode,
  NotNode,
  OrNode,
  RootCauseJsonNode,
  RootCauseKind,
  RootCauseNode,
  RootCauseTarget,
  ServiceIdRef,
  ServiceNameRef,
  ServiceNode,
  ServiceRef,
} from "./FilterNode";
