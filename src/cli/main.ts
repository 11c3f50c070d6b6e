#!/usr/bin/env node
import { createNodeIo } from "./createNodeIo";
import { runCli } from "./runCli";

runCli(process.argv.slice(2), createNodeIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`tracelens: internal error: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 70;
  },
);
