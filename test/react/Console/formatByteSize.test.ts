import { expect, it } from "vitest";
import { formatByteSize } from "../../../src/react/Console/formatByteSize";

it("formatByteSize gives whole bytes below 1,000 and one decimal in decimal units above", () => {
  expect(formatByteSize(0)).toBe("0 B");
  expect(formatByteSize(999)).toBe("999 B");
  expect(formatByteSize(1000)).toBe("1.0 kB");
  expect(formatByteSize(1_234_567)).toBe("1.2 MB");
  expect(formatByteSize(999_960)).toBe("1.0 MB"); // not "1000.0 kB"
  expect(formatByteSize(3.5e9)).toBe("3.5 GB");
  expect(formatByteSize(2e15)).toBe("2000.0 TB");
  expect(formatByteSize(Number.NaN)).toBe("0 B");
});
