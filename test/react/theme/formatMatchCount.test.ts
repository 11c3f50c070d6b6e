import { describe, expect, it } from "vitest";
import { formatMatchCount } from "../../../src/react/theme/formatMatchCount";

describe("formatMatchCount", () => {
  it("says match for one and matches otherwise", () => {
    expect([0, 1, 2, 1238].map(formatMatchCount)).toEqual([
      "0 matches",
      "1 match",
      "2 matches",
      "1238 matches",
    ]);
  });
});
