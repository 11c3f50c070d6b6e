// The headless entry "tracelens": no React, no DOM. Each folder's index.ts lists its public names.
export * from "./model/index";
export * from "./formats/index";
export * from "./assemble/index";
export * from "./sample/index";
export * from "./digest/index";
export * from "./filter/index";
export * from "./graph/index";
export * from "./timeline/index";
export * from "./analytics/index";
