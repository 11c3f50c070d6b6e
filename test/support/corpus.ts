/**
 * Access to the real documents in ../shared/corpus (outside the repository; never copied in).
 * When the folder is absent, corpus tests are skipped with a notice.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe } from "vitest";

export const corpusDir = resolve(import.meta.dirname, "../../../shared/corpus");
export const hasCorpus = existsSync(corpusDir);

if (!hasCorpus) {
  console.warn(`NOTICE: ${corpusDir} is absent: the corpus tests are skipped.`);
}

/** File names in the corpus (JSON files only), sorted; empty when the corpus is absent. */
export function corpusFiles(): string[] {
  return hasCorpus
    ? readdirSync(corpusDir)
        .filter((f) => f.endsWith(".json"))
        .sort()
    : [];
}

/** The text of one corpus file. */
export function readCorpus(name: string): string {
  return readFileSync(resolve(corpusDir, name), "utf8");
}

/** `describe` that skips (with the notice above) when the corpus is absent. */
export const describeCorpus = hasCorpus ? describe : describe.skip;
