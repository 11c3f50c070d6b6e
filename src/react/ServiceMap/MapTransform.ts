/** A zoom transform (as d3-zoom's): screen = layout × k + (x, y). */
export interface MapTransform {
  readonly x: number;
  readonly y: number;
  readonly k: number;
}

/** A box in layout units. */
export interface MapBounds {
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
}

/** The identity transform. */
export const identityTransform: MapTransform = { x: 0, y: 0, k: 1 };
