"use client";
// The component entry "tracelens/react". Each component folder's index.ts lists its public names.
export * from "./theme/index";
export * from "./TraceTimeline/index";
export * from "./SegmentDetails/index";
export * from "./FilterBar/index";
export * from "./TraceList/index";
export * from "./Console/index";
export * from "./ServiceMap/index";
export * from "./LatencyHistogram/index";
export * from "./ServiceDetails/index";
export * from "./charts/index";
export * from "./ResponseTimeDistribution/index";
export * from "./TimeSeriesActivity/index";
