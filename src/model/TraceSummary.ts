/**
 * A trace summary with GetTraceSummaries' field names (xray-model.md §2.5, §4), so output can be
 * compared field by field with a real AWS response.
 */

export interface ServiceId {
  readonly Name?: string;
  readonly Names: readonly string[];
  readonly AccountId?: string;
  readonly Type?: string | null;
}

export interface AnnotationValueObject {
  readonly NumberValue?: number;
  readonly BooleanValue?: boolean;
  readonly StringValue?: string;
}

export interface ValueWithServiceIds {
  readonly AnnotationValue: AnnotationValueObject;
  readonly ServiceIds: readonly ServiceId[];
}

export interface TraceUser {
  readonly UserName: string;
  readonly ServiceIds: readonly ServiceId[];
}

export interface RootCauseException {
  readonly Name?: string;
  readonly Message?: string;
}

export interface RootCauseEntity {
  readonly Name: string;
  readonly Exceptions: readonly RootCauseException[];
  readonly Remote: boolean;
}

export interface ResponseTimeRootCauseEntity {
  readonly Name: string;
  /** Entity response time / root segment response time. */
  readonly Coverage: number;
  readonly Remote: boolean;
}

export interface RootCauseService<TEntity> {
  readonly Name: string;
  readonly Names: readonly string[];
  readonly Type?: string | null;
  readonly AccountId?: string;
  readonly EntityPath: readonly TEntity[];
  readonly Inferred: boolean;
}

export interface FaultRootCause {
  readonly Services: readonly RootCauseService<RootCauseEntity>[];
  readonly ClientImpacting: boolean;
}
export type ErrorRootCause = FaultRootCause;

export interface ResponseTimeRootCause {
  readonly Services: readonly RootCauseService<ResponseTimeRootCauseEntity>[];
  readonly ClientImpacting: boolean;
}

export interface TraceSummaryHttp {
  readonly HttpURL?: string;
  readonly HttpStatus?: number;
  readonly HttpMethod?: string;
  readonly UserAgent?: string;
  readonly ClientIp?: string;
}

export interface TraceSummary {
  readonly Id: string;
  /** Epoch seconds of the first segment's start. */
  readonly StartTime: number;
  /** First segment start to last segment end, seconds. */
  readonly Duration: number;
  /** End − start of the root segment, seconds (undefined while the root is in progress). */
  readonly ResponseTime?: number;
  readonly HasFault: boolean;
  readonly HasError: boolean;
  readonly HasThrottle: boolean;
  readonly IsPartial: boolean;
  readonly Http: TraceSummaryHttp;
  /** Null-prototype object: annotation key → values with the services that set them. */
  readonly Annotations: Readonly<Record<string, readonly ValueWithServiceIds[]>>;
  readonly Users: readonly TraceUser[];
  readonly ServiceIds: readonly ServiceId[];
  readonly ResourceARNs: readonly { readonly ARN: string }[];
  readonly InstanceIds: readonly { readonly Id: string }[];
  readonly AvailabilityZones: readonly { readonly Name: string }[];
  readonly EntryPoint?: ServiceId;
  readonly FaultRootCauses: readonly FaultRootCause[];
  readonly ErrorRootCauses: readonly ErrorRootCause[];
  readonly ResponseTimeRootCauses: readonly ResponseTimeRootCause[];
  readonly Revision: number;
}
