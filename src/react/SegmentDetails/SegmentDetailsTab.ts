/** The tabs of `SegmentDetails`, in the order they appear. */
export const segmentDetailsTabs = [
  "overview",
  "resources",
  "annotations",
  "metadata",
  "exceptions",
  "sql",
  "raw",
] as const;

/** One tab of `SegmentDetails`. */
export type SegmentDetailsTab = (typeof segmentDetailsTabs)[number];

/** The label each tab shows (X-Ray console wording). */
export const segmentDetailsTabLabels: Readonly<Record<SegmentDetailsTab, string>> = {
  overview: "Overview",
  resources: "Resources",
  annotations: "Annotations",
  metadata: "Metadata",
  exceptions: "Exceptions",
  sql: "SQL",
  raw: "Raw",
};
