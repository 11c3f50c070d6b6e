import type { MapBounds, MapTransform } from "./MapTransform";

export interface FitTransformOptions {
  /** Screen pixels kept free on every side (default 24). */
  readonly padding?: number;
  /** Smallest scale (default 0.02). */
  readonly minScale?: number;
  /** Largest scale: small graphs are not blown up past it (default 1.5). */
  readonly maxScale?: number;
}

/**
 * The transform that shows `bounds` whole and centred in a `width` × `height` viewport, the scale
 * clamped to [minScale, maxScale].
 * @example computeFitTransform(model.bounds, 800, 560) // { x, y, k }
 */
export function computeFitTransform(
  bounds: MapBounds,
  width: number,
  height: number,
  options: FitTransformOptions = {},
): MapTransform {
  const padding = options.padding ?? 24;
  const w = Math.max(1, bounds.maxX - bounds.minX);
  const h = Math.max(1, bounds.maxY - bounds.minY);
  const fit = Math.min(Math.max(1, width - 2 * padding) / w, Math.max(1, height - 2 * padding) / h);
  const k = Math.min(options.maxScale ?? 1.5, Math.max(options.minScale ?? 0.02, fit));
  const cx = (bounds.minX + bounds.maxX) / 2;
  const cy = (bounds.minY + bounds.maxY) / 2;
  return { x: width / 2 - cx * k, y: height / 2 - cy * k, k };
}
