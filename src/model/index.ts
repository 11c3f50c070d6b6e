export type {
  AnnotationValue,
  AwsData,
  CauseObject,
  Entity,
  EntityBase,
  ExceptionRecord,
  HttpData,
  HttpRequest,
  HttpResponse,
  IndependentSubsegment,
  Segment,
  SegmentDocument,
  SqlData,
  StackFrame,
  Subsegment,
} from "./SegmentDocument";
export type { Diagnostic, DiagnosticCode, Severity } from "./Diagnostic";
export type { EntityStatus, TraceNode, TraceNodeKind } from "./TraceNode";
export type { Trace } from "./Trace";
export type {
  AnnotationValueObject,
  ErrorRootCause,
  FaultRootCause,
  ResponseTimeRootCause,
  ResponseTimeRootCauseEntity,
  RootCauseEntity,
  RootCauseException,
  RootCauseService,
  ServiceId,
  TraceSummary,
  TraceSummaryHttp,
  TraceUser,
  ValueWithServiceIds,
} from "./TraceSummary";
