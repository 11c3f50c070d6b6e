import { describe, expect, it } from "vitest";
import { editDistance, suggestClosest } from "../../src/filter/suggestClosest";

describe("suggestClosest", () => {
  it("counts insertions, deletions, substitutions and transpositions as one edit", () => {
    expect(editDistance("responstime", "responsetime")).toBe(1);
    expect(editDistance("fualt", "fault")).toBe(1);
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("", "abc")).toBe(3);
  });

  it("suggests the closest keyword within a length-dependent limit, ignoring case", () => {
    const words = ["responsetime", "duration", "ok", "error", "http.status"];
    expect(suggestClosest("responstime", words)).toBe("responsetime");
    expect(suggestClosest("RESPONSETIME", words)).toBe("responsetime");
    expect(suggestClosest("duraton", words)).toBe("duration");
    expect(suggestClosest("http.stauts", words)).toBe("http.status");
    expect(suggestClosest("ko", words)).toBe("ok");
    expect(suggestClosest("banana", words)).toBeUndefined();
    expect(suggestClosest("", words)).toBeUndefined();
  });
});
