/** An arrow key's direction. */
export type MapDirection = "left" | "right" | "up" | "down";

const vectors: Readonly<Record<MapDirection, readonly [number, number]>> = {
  left: [-1, 0],
  right: [1, 0],
  up: [0, -1],
  down: [0, 1],
};

/**
 * Spatial arrow-key navigation: the candidate nearest to `from` in the arrow's direction, among
 * those within 60° of it; the score is the distance along the direction plus twice the distance
 * across it, so a node straight ahead wins over a slightly nearer one off to the side. Ties go to
 * the earlier candidate. Null when nothing lies that way.
 * @example findNodeInDirection({ x: 0, y: 0 }, "right", [{ key: "a", x: 100, y: 10 }]) // "a"
 */
export function findNodeInDirection(
  from: { readonly x: number; readonly y: number },
  direction: MapDirection,
  candidates: Iterable<{ readonly key: string; readonly x: number; readonly y: number }>,
): string | null {
  const [ux, uy] = vectors[direction];
  const cosLimit = Math.cos((60 * Math.PI) / 180);
  let best: string | null = null;
  let bestScore = Infinity;
  for (const c of candidates) {
    const dx = c.x - from.x;
    const dy = c.y - from.y;
    const along = dx * ux + dy * uy;
    if (along <= 0) continue;
    const distance = Math.hypot(dx, dy);
    if (along / distance < cosLimit) continue;
    const across = Math.abs(dx * uy - dy * ux);
    const score = along + 2 * across;
    if (score < bestScore) {
      bestScore = score;
      best = c.key;
    }
  }
  return best;
}
