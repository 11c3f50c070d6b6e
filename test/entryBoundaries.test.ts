import { describe, expect, it } from "vitest";
import { readFileSync, existsSync } from "node:fs";
import { dirname, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const importRe =
  /(?:^|\n)\s*(?:import|export)\s*(?:type\s+)?(?:[^'";]*?\sfrom\s*)?["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;

function resolveLocal(from: string, spec: string): string {
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`]) {
    if (existsSync(candidate) && !candidate.endsWith("/")) {
      try {
        readFileSync(candidate);
        return candidate;
      } catch {
        // a directory: try the next candidate
      }
    }
  }
  throw new Error(`cannot resolve ${spec} from ${from}`);
}

/** Every source file reachable from `entry` through relative imports, with its bare imports. */
function moduleGraph(entry: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const stack = [entry];
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (graph.has(file)) continue;
    const bare: string[] = [];
    graph.set(file, bare);
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(importRe)) {
      const spec = m[1] ?? m[2];
      if (spec.startsWith(".")) stack.push(resolveLocal(file, spec));
      else bare.push(spec);
    }
  }
  return graph;
}

describe("the headless entry src/index.ts", () => {
  const graph = moduleGraph(resolve(root, "src/index.ts"));

  it("reaches no React, react-dom or @tanstack/react-virtual import", () => {
    const offenders = [...graph].flatMap(([file, bare]) =>
      bare
        .filter((s) => /^(react|react-dom|@tanstack\/react-virtual)(\/|$)/.test(s))
        .map((s) => `${file.slice(root.length + 1)} imports ${s}`),
    );
    expect(offenders).toEqual([]);
  });

  it("reaches no file under src/react/", () => {
    const reactFiles = [...graph.keys()].filter((f) => f.includes("/src/react/"));
    expect(reactFiles).toEqual([]);
  });

  it("touches neither document nor window", () => {
    const offenders = [...graph.keys()].filter((f) =>
      /\b(document|window)\s*\.\s*\w/.test(
        readFileSync(f, "utf8").replace(/\/\/.*|\/\*[\s\S]*?\*\//g, ""),
      ),
    );
    expect(offenders.map((f) => f.slice(root.length + 1))).toEqual([]);
  });

  it("is a real graph (the walker follows re-exports)", () => {
    expect(graph.size).toBeGreaterThan(1);
  });
});
