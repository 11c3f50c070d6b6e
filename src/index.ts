// The headless entry "tracelens": no React, no DOM. Each folder's index.ts lists its public names.
export * from "./model/index";
