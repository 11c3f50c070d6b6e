import type { DraftSegment } from "./DraftEntity";
import type { TraceContext } from "./TraceContext";
import type { WebRequest } from "./buildWebService";
import { buildHttpCall } from "./buildHttpCall";
import { createDraft } from "./DraftEntity";
import { SAMPLE_APPLICATION } from "./sampleApplication";
import { statusFlags } from "./statusFlags";

export interface GatewayResult {
  readonly segment: DraftSegment;
  /** The span the backend has, and the id of the integration subsegment that calls it. */
  readonly backend:
    { readonly start: number; readonly end: number; readonly parentId: string } | undefined;
}

const app = SAMPLE_APPLICATION;

/**
 * Builds the API Gateway stage segment (the trace's entry point, `api-name/stage`, origin
 * `AWS::APIGateway::Stage`) for [start, end]. When the request reaches the backend, the segment
 * has an HTTP integration subsegment (namespace `remote`, `traced`) whose id the web service's
 * segment names as its parent.
 */
export function buildGateway(
  ctx: TraceContext,
  request: WebRequest,
  start: number,
  end: number,
  reachesBackend: boolean,
): GatewayResult {
  const r = ctx.random;
  const segment: DraftSegment = {
    ...createDraft(ctx.ids.nextId(), app.api.name, start, end, {
      origin: app.api.origin,
      resource_arn: app.api.resourceArn,
      http: {
        request: {
          method: request.method,
          url: `https://${app.api.host}/${app.api.stage}${request.path}`,
          user_agent: request.userAgent,
          client_ip: request.clientIp,
          x_forwarded_for: true,
        },
        response: { status: request.status, content_length: 0 },
      },
      aws: {
        api_id: app.api.id,
        resource_path: request.path.replace(request.itemId, "{id}"),
        account_id: app.account,
      },
      ...statusFlags(request.status),
    }),
    parentId: undefined,
  };
  if (!reachesBackend) return { segment, backend: undefined };

  const length = end - start;
  const head = Math.max(20, Math.min(3000, Math.round(length * r.between(0.01, 0.04))));
  const tail = Math.max(10, Math.min(1500, Math.round(length * r.between(0.005, 0.02))));
  const integration = buildHttpCall(ctx, {
    host: app.api.integrationHost,
    method: request.method,
    url: `http://${app.api.integrationHost}${request.path}`,
    start: start + head,
    end: end - tail,
    status: request.status,
    contentLength: 0,
    traced: true,
  });
  segment.children.push(integration);
  const network = Math.max(
    5,
    Math.min(800, Math.round((integration.end - integration.start) * 0.01)),
  );
  return {
    segment,
    backend: {
      start: integration.start + network,
      end: integration.end - network,
      parentId: integration.id,
    },
  };
}
