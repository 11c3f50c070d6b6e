/** The largest compression a digest accepts (its buffers grow with δ; bytes are untrusted). */
export const MAX_COMPRESSION = 10_000;

/** Compressions below this are raised to it, as in the reference. */
export const MIN_COMPRESSION = 10;
