export { TDigest } from "./TDigest";
export type { Centroid, TDigestOptions } from "./TDigest";
export type { TDigestJson } from "./TDigestJson";
export type { DigestResult } from "./DigestResult";
export type { DigestError, DigestErrorCode } from "./DigestError";
export { isDigestError } from "./isDigestError";
export type { ScaleName } from "./ScaleName";
export type { HistogramEntry } from "./HistogramEntry";
export { isHistogramEntry } from "./isHistogramEntry";
export { computeHistogram } from "./computeHistogram";
export type {
  HistogramBin,
  HistogramOptions,
  HistogramResult,
  PercentileMarker,
} from "./computeHistogram";
export { toHistogramEntries } from "./toHistogramEntries";
export type { ToHistogramEntriesOptions } from "./toHistogramEntries";
export { digestFromHistogramEntries } from "./digestFromHistogramEntries";
export { formatBase64 } from "./formatBase64";
export { parseBase64 } from "./parseBase64";
