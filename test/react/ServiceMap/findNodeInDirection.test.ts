import { describe, expect, it } from "vitest";
import { findNodeInDirection } from "../../../src/react/ServiceMap/findNodeInDirection";

const at = (key: string, x: number, y: number) => ({ key, x, y });

describe("findNodeInDirection", () => {
  const nodes = [
    at("right-ahead", 150, 0),
    at("right-near-off-axis", 120, 60),
    at("up", 0, -100),
    at("down-left", -80, 90),
    at("behind", -200, 0),
  ];

  it("prefers a node straight ahead over a slightly nearer one off to the side", () => {
    expect(findNodeInDirection({ x: 0, y: 0 }, "right", nodes)).toBe("right-ahead");
  });

  it("takes the nearest node within 60° of the arrow, in each direction", () => {
    expect(findNodeInDirection({ x: 0, y: 0 }, "up", nodes)).toBe("up");
    expect(findNodeInDirection({ x: 0, y: 0 }, "left", nodes)).toBe("behind");
    expect(findNodeInDirection({ x: 0, y: 0 }, "down", nodes)).toBe("down-left");
  });

  it("gives null when nothing lies that way", () => {
    expect(
      findNodeInDirection({ x: 0, y: 0 }, "down", [at("up", 0, -100), at("side", 100, 5)]),
    ).toBeNull();
    expect(findNodeInDirection({ x: 0, y: 0 }, "left", [])).toBeNull();
  });
});
