// The one place the charts reach d3-scale and d3-shape: config objects in, configured d3 out
// (visx's D3ShapeFactories idea), so components never chain d3 setters themselves.
import { scaleLinear, scaleLog, scaleUtc } from "d3-scale";
import type { ScaleContinuousNumeric, ScaleTime } from "d3-scale";
import { area, curveStepAfter, line } from "d3-shape";

export type NumberScale = ScaleContinuousNumeric<number, number>;

export interface NumberScaleConfig {
  readonly domain: readonly [number, number];
  readonly range: readonly [number, number];
  /** `linear` (default) or `log` (domain must be positive). */
  readonly type?: "linear" | "log";
  /** Extend the domain to nice round values; default false. */
  readonly nice?: boolean;
  /** Clamp outputs to the range; default true. */
  readonly clamp?: boolean;
}

/** A linear or log scale from one config object. */
export function createNumberScale(config: NumberScaleConfig): NumberScale {
  const scale: NumberScale = config.type === "log" ? scaleLog() : scaleLinear();
  scale.domain([...config.domain]).range([...config.range]);
  if (config.nice === true) scale.nice();
  scale.clamp(config.clamp ?? true);
  return scale;
}

export interface TimeScaleConfig {
  /** Epoch seconds. */
  readonly domain: readonly [number, number];
  readonly range: readonly [number, number];
}

/** A UTC time scale over epoch seconds (axis labels do not depend on the viewer's zone). */
export function createTimeScale(config: TimeScaleConfig): ScaleTime<number, number> {
  return scaleUtc()
    .domain([new Date(config.domain[0] * 1000), new Date(config.domain[1] * 1000)])
    .range([...config.range])
    .clamp(true);
}

export interface StepPathConfig<T> {
  readonly x: (d: T) => number;
  readonly y: (d: T) => number;
  /** Baseline (areas only); default 0 for every point. */
  readonly y0?: (d: T) => number;
}

/** SVG path data of a stepped area (histogram or per-period counts), `""` for no points. */
export function createStepArea<T>(data: readonly T[], config: StepPathConfig<T>): string {
  const base = config.y0 ?? (() => 0);
  return area<T>().x(config.x).y0(base).y1(config.y).curve(curveStepAfter)(data as T[]) ?? "";
}

/** SVG path data of a stepped line, `""` for no points. */
export function createStepLine<T>(data: readonly T[], config: StepPathConfig<T>): string {
  return line<T>().x(config.x).y(config.y).curve(curveStepAfter)(data as T[]) ?? "";
}
