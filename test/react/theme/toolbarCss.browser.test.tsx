import { cleanup, render } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { deriveServiceGraph } from "../../../src/graph/index";
import { ServiceMap } from "../../../src/react/ServiceMap/index";
import { TraceTimeline } from "../../../src/react/TraceTimeline/index";
import { sampleTraces } from "../../../src/sample/index";

afterEach(cleanup);

const traces = sampleTraces({ traces: 20, seed: 5 });

/** The toolbar of a rendered component, its search box, count and separators, as Chromium styles them. */
function toolbarStyles(container: HTMLElement) {
  const toolbar = container.querySelector<HTMLElement>('[role="toolbar"]')!;
  const search = toolbar.querySelector<HTMLElement>('input[type="search"]')!;
  const count = search.nextElementSibling as HTMLElement;
  const seps = [...toolbar.querySelectorAll<HTMLElement>(".tl-toolbar-sep")];
  const button = toolbar.querySelector<HTMLElement>("button")!;
  return {
    toolbar: getComputedStyle(toolbar),
    search: getComputedStyle(search),
    searchWidth: search.getBoundingClientRect().width,
    fontSize: parseFloat(getComputedStyle(toolbar).fontSize),
    count: getComputedStyle(count),
    seps: seps.map((sep) => ({
      width: sep.getBoundingClientRect().width,
      style: getComputedStyle(sep),
    })),
    button: getComputedStyle(button),
  };
}

describe("the shared toolbar rules (toolbarCss)", () => {
  it("style the service map's and the timeline's toolbars alike, with each one's own spacing", () => {
    const map = render(<ServiceMap graph={deriveServiceGraph(traces)} width={900} height={400} />);
    const timeline = render(<TraceTimeline trace={traces[0]} height={300} />);
    const styles = [toolbarStyles(map.container), toolbarStyles(timeline.container)];
    for (const s of styles) {
      expect(s.toolbar.display).toBe("flex");
      expect(s.toolbar.flexWrap).toBe("wrap");
      expect(s.toolbar.borderBottomStyle).toBe("solid");
      expect(s.searchWidth).toBeCloseTo(14 * s.fontSize, 0);
      expect(s.count.color).not.toBe(s.toolbar.color); // muted
      expect(s.seps.length).toBeGreaterThan(0);
      for (const sep of s.seps) expect(sep.width).toBe(1);
      expect(s.button.borderTopStyle).toBe("solid");
      expect(s.button.borderTopLeftRadius).toBe("3px");
    }
    // the same rules, so the same colours and padding
    expect(styles[0].toolbar.backgroundColor).toBe(styles[1].toolbar.backgroundColor);
    expect(styles[0].button.padding).toBe(styles[1].button.padding);
    // each component's own spacing wins over the shared default
    expect(styles[0].toolbar.columnGap).toBe("6px");
    expect(styles[1].toolbar.columnGap).toBe("4px");
    expect(styles[0].seps[0].style.marginLeft).toBe("0px");
    expect(styles[1].seps[0].style.marginLeft).toBe("4px");
  });
});
