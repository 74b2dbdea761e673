#!/usr/bin/env node
/*
 * The Node lines gapcheck supports (CONTRIBUTING.md#set-up: every maintained line, 20.17+, 22 and 24), each as a
 * `node` binary: the running Node for its own line, the others from the npm registry's
 * `node-linux-<arch>@<line>` packages, installed once into .ci/node/<line>/ (gitignored) and reused.
 * Used by .ci/run (the whole suite on every line) and `npm run bench` (start-up on every line).
 *
 * As a script it prints one line per Node line, `<line> <path to node>`, or `<line> MISSING <why>`
 * when a binary cannot be had (exit 1): a missing line is a failure, never a silent skip.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const NODE_LINES = ["20", "22", "24"];

const root = fileURLToPath(new URL("../", import.meta.url));
const cache = join(root, ".ci/node");

/** The major version a `node` binary reports, or undefined when it does not run. */
function majorOf(node) {
  const r = spawnSync(node, ["--version"], { encoding: "utf8" });
  return r.status === 0 ? /^v(\d+)\./.exec(r.stdout)?.[1] : undefined;
}

/**
 * The `node` of one line: this process's for its own line, else the registry package's (installed
 * on first use). Throws with the reason when there is none.
 */
export function nodeFor(line) {
  if (process.versions.node.split(".")[0] === line) return process.execPath;
  if (process.platform !== "linux") throw new Error(`only Linux binaries are fetched (this is ${process.platform})`);
  const pkg = `node-linux-${process.arch}`;
  const prefix = join(cache, line);
  const node = join(prefix, "node_modules", pkg, "bin", "node");
  if (!existsSync(node) || majorOf(node) !== line) {
    // npm (the registry's client) is the network gapcheck's CI has: no other download is needed.
    const npm = process.platform === "win32" ? "npm.cmd" : "npm";
    execFileSync(npm, ["install", "--prefix", prefix, "--no-save", "--no-package-lock", "--no-audit", "--no-fund", `${pkg}@${line}`], {
      stdio: ["ignore", "ignore", "inherit"],
    });
  }
  const major = majorOf(node);
  if (major !== line) throw new Error(`${pkg}@${line} installed no working node ${line} at ${node}`);
  return node;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  let failed = false;
  for (const line of NODE_LINES) {
    try {
      console.log(`${line} ${nodeFor(line)}`);
    } catch (error) {
      failed = true;
      console.log(`${line} MISSING ${String(error.message ?? error).split("\n")[0]}`);
    }
  }
  process.exitCode = failed ? 1 : 0;
}
