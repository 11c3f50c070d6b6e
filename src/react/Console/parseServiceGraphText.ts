import {
  fromGetServiceGraphResponse,
  type FromGetServiceGraphResponseResult,
} from "../../graph/fromGetServiceGraphResponse";
import { isServiceGraphText } from "./parseConsoleText";

/**
 * Reads a file's text as a GetServiceGraph response (`{ "Services": [...] }`, or the
 * `{ "data": [...] }` an SDK capture gives) with `fromGetServiceGraphResponse`; null when the text
 * does not look like one (`isServiceGraphText`) or is not JSON (it is then read as segment
 * documents, which reports the JSON error). DOM-free: runs in the Console's parse worker or on
 * the main thread.
 * @example parseServiceGraphText(await file.text())?.graph.nodes.length
 */
export function parseServiceGraphText(text: string): FromGetServiceGraphResponseResult | null {
  if (!isServiceGraphText(text)) return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  return fromGetServiceGraphResponse(json);
}
