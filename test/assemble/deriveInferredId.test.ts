import { describe, expect, it } from "vitest";
import { deriveInferredId } from "../../src/assemble/deriveInferredId";

describe("deriveInferredId", () => {
  it("deriveInferredId returns 16 lower-case hex digits that depend only on the id and attempt", () => {
    const id = deriveInferredId("4cd3f10b76c624b4");
    expect(id).toMatch(/^[0-9a-f]{16}$/);
    expect(deriveInferredId("4cd3f10b76c624b4")).toBe(id);
    expect(deriveInferredId("4cd3f10b76c624b4", 1)).not.toBe(id);
  });

  it("deriveInferredId gives distinct ids for 100,000 distinct subsegment ids", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 100_000; i++) seen.add(deriveInferredId(i.toString(16).padStart(16, "0")));
    expect(seen.size).toBe(100_000);
  });
});
