export { FilterBar } from "./FilterBar";
export type { FilterBarProps } from "./FilterBarProps";
export { computeFilterHighlight, classifyFilterToken } from "./computeFilterHighlight";
export type {
  FilterHighlightPart,
  FilterHighlightSegment,
  FilterHighlightUnderline,
  FilterTokenClass,
} from "./computeFilterHighlight";
export { pushFilterHistory } from "./pushFilterHistory";
