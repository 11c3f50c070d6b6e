/**
 * The scale functions of Dunning & Ertl: K_0 (uniform rank error), K_1 (arcsine, the original),
 * K_2 (the reference default: error relative to q(1−q)), K_3 (error relative to min(q, 1−q)).
 */
export type ScaleName = "K_0" | "K_1" | "K_2" | "K_3";

/** The scale names, in order. */
export const scaleNames: readonly ScaleName[] = ["K_0", "K_1", "K_2", "K_3"];
