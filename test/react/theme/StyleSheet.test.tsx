import { cleanup, render } from "@testing-library/react";
import { version } from "react";
import { afterEach, expect, it } from "vitest";
import { StyleSheet } from "../../../src/react/theme/StyleSheet";
import { visuallyHiddenCss } from "../../../src/react/theme/visuallyHiddenCss";

afterEach(cleanup);

// React 19 writes the hoisted sheet's href as data-href; React 18 renders the element as given
const sheets = (href: string) => [
  ...document.querySelectorAll(`style[href="${href}"], style[data-href="${href}"]`),
];

it("keeps one sheet per href in the head on React 19, one per component on React 18", () => {
  const css = `.tl-test-sheet { color: red; }\n${visuallyHiddenCss}`;
  render(
    <>
      <div>
        <StyleSheet href="tracelens-test-sheet" css={css} />
      </div>
      <div>
        <StyleSheet href="tracelens-test-sheet" css={css} />
      </div>
    </>,
  );
  const found = sheets("tracelens-test-sheet");
  if (version.startsWith("18")) {
    expect(found).toHaveLength(2);
  } else {
    expect(found).toHaveLength(1);
    expect(found[0].parentElement).toBe(document.head);
  }
  for (const sheet of found) {
    expect(sheet.textContent).toContain(".tl-test-sheet { color: red; }");
    expect(sheet.textContent).toContain(".tl-visually-hidden { position: absolute;");
  }
});
