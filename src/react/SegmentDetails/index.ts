export { SegmentDetails } from "./SegmentDetails";
export type { SegmentDetailsProps } from "./SegmentDetails";
export { segmentDetailsTabLabels, segmentDetailsTabs } from "./SegmentDetailsTab";
export type { SegmentDetailsTab } from "./SegmentDetailsTab";
export { listSegmentDetailsTabs } from "./listSegmentDetailsTabs";
export { JsonTree } from "./JsonTree";
export type { JsonTreeProps } from "./JsonTree";
