#!/usr/bin/env node
import module from "node:module";

// Node 22.1+ keeps V8's compiled code of dist/ on disk between runs (start-up, SPEC 12); Node 20 has
// no such API. It must run before dist/ is imported, hence the dynamic import below.
module.enableCompileCache?.();
const { main } = await import("../dist/cli.js");

process.exitCode = await main(process.argv.slice(2));
