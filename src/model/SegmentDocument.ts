/**
 * X-Ray segment documents as they are sent and stored (xray-model.md §1). Field names are X-Ray's.
 * Unknown extra keys are kept on the objects (real SDKs send them), so every type is open.
 */

/** A stack frame of a recorded exception. */
export interface StackFrame {
  readonly path?: string;
  readonly line?: number;
  readonly label?: string;
}

/** A recorded exception (`cause.exceptions[]`). */
export interface ExceptionRecord {
  readonly id: string;
  readonly message?: string;
  readonly type?: string;
  readonly remote?: boolean;
  readonly truncated?: number;
  readonly skipped?: number;
  /** Id of the exception that caused this one. */
  readonly cause?: string;
  readonly stack?: readonly StackFrame[];
}

/** `cause` as an object; it may also be a 16-hex exception id referring to another entity. */
export interface CauseObject {
  readonly working_directory?: string;
  readonly paths?: readonly string[];
  readonly exceptions?: readonly ExceptionRecord[];
}

export interface HttpRequest {
  readonly method?: string;
  readonly url?: string;
  readonly user_agent?: string;
  readonly client_ip?: string;
  readonly x_forwarded_for?: boolean;
  readonly traced?: boolean;
}

export interface HttpResponse {
  readonly status?: number;
  /** Integer; real data also has -1 and numeric strings ("861"), kept as sent. */
  readonly content_length?: number | string;
}

export interface HttpData {
  readonly request?: HttpRequest;
  readonly response?: HttpResponse;
}

/** The `aws` object: resource data on segments, call data on subsegments. Open: SDKs add keys. */
export interface AwsData {
  readonly account_id?: string;
  readonly operation?: string;
  readonly region?: string;
  readonly request_id?: string;
  readonly queue_url?: string;
  readonly table_name?: string;
  readonly table_names?: readonly string[];
  readonly resource_names?: readonly string[];
  readonly function_name?: string;
  readonly function_arn?: string;
  readonly topic_arn?: string;
  readonly retries?: number;
  readonly bucket_name?: string;
  readonly key?: string;
  readonly ec2?: {
    readonly instance_id?: string;
    readonly instance_size?: string;
    readonly ami_id?: string;
    readonly availability_zone?: string;
  };
  readonly ecs?: {
    readonly container?: string;
    readonly container_id?: string;
    readonly container_arn?: string;
    readonly task_arn?: string;
    readonly task_family?: string;
    readonly cluster_arn?: string;
    readonly availability_zone?: string;
    readonly launch_type?: string;
  };
  readonly eks?: {
    readonly pod?: string;
    readonly cluster_name?: string;
    readonly container_id?: string;
  };
  readonly elastic_beanstalk?: {
    readonly environment_name?: string;
    readonly version_label?: string;
    readonly deployment_id?: number;
  };
  readonly lambda?: { readonly function_version?: string; readonly [key: string]: unknown };
  readonly xray?: {
    readonly sdk?: string;
    readonly sdk_version?: string;
    readonly auto_instrumentation?: boolean;
  };
  readonly cloudwatch_logs?: readonly { readonly log_group?: string; readonly arn?: string }[];
  readonly [key: string]: unknown;
}

export interface SqlData {
  readonly connection_string?: string;
  readonly url?: string;
  readonly sanitized_query?: string;
  readonly database_type?: string;
  readonly database_version?: string;
  readonly driver_version?: string;
  readonly user?: string;
  readonly preparation?: "call" | "statement" | string;
}

export type AnnotationValue = string | number | boolean;

/** Fields shared by segments and subsegments. */
export interface EntityBase {
  readonly id: string;
  readonly name: string;
  /** Epoch seconds (fractional). */
  readonly start_time: number;
  /** Epoch seconds; absent while `in_progress`. */
  readonly end_time?: number;
  readonly in_progress?: boolean;
  readonly http?: HttpData;
  readonly aws?: AwsData;
  readonly error?: boolean;
  readonly throttle?: boolean;
  readonly fault?: boolean;
  readonly cause?: CauseObject | string;
  /** Key → string | number | boolean, as parsed: read with Object.hasOwn, never by plain lookup. */
  readonly annotations?: Readonly<Record<string, AnnotationValue>>;
  /** Namespace → any JSON object, as parsed: read with Object.hasOwn, never by plain lookup. */
  readonly metadata?: Readonly<Record<string, unknown>>;
  readonly subsegments?: readonly Subsegment[];
  readonly [key: string]: unknown;
}

/** A segment document: the work one service did for one request. */
export interface Segment extends EntityBase {
  readonly trace_id: string;
  readonly parent_id?: string;
  readonly service?: { readonly version?: string; readonly [key: string]: unknown };
  readonly user?: string;
  readonly origin?: string;
  readonly resource_arn?: string;
  /** Set on segments X-Ray infers for downstream calls (BatchGetTraces output, or our assembly). */
  readonly inferred?: boolean;
  readonly links?: readonly {
    readonly trace_id?: string;
    readonly id?: string;
    readonly attributes?: Readonly<Record<string, unknown>>;
  }[];
  readonly type?: undefined;
}

/** A subsegment, embedded in a segment's (or subsegment's) `subsegments` array. */
export interface Subsegment extends EntityBase {
  /** `aws` for AWS SDK calls, `remote` for other downstream calls; custom subsegments have none. */
  readonly namespace?: string;
  readonly precursor_ids?: readonly string[];
  readonly sql?: SqlData;
  readonly traced?: boolean;
  readonly trace_id?: string;
  readonly parent_id?: string;
  readonly type?: "subsegment";
}

/** A subsegment sent as a document of its own. */
export interface IndependentSubsegment extends Subsegment {
  readonly trace_id: string;
  readonly parent_id: string;
  readonly type: "subsegment";
}

/** One document as read: a segment or an independent subsegment. */
export type SegmentDocument = Segment | IndependentSubsegment;

/** Any traced entity: a segment or a (possibly embedded) subsegment. */
export type Entity = Segment | Subsegment;
