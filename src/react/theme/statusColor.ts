import type { EntityStatus } from "../../model/TraceNode";
import type { ThemeToken } from "./themes";
import { themeVar } from "./themeVar";

const tokens: Readonly<Record<EntityStatus, ThemeToken>> = {
  ok: "--tl-ok",
  error: "--tl-error",
  throttle: "--tl-throttle",
  fault: "--tl-fault",
  pending: "--tl-pending",
};

/** The theme token of an entity status (X-Ray's colours). */
export function statusToken(status: EntityStatus): ThemeToken {
  return tokens[status];
}

/** The CSS colour of an entity status, following the active theme. */
export function statusColor(status: EntityStatus): string {
  return themeVar(tokens[status]);
}
