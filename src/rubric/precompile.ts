import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import "../i18n/all.js";
import { messagesFor } from "../i18n/messages.js";
import { LANGS } from "../i18n/lang.js";
import { decodeUtf8 } from "../io/read.js";
import { bundledEntryPath, bundledSourcePath, sha256Of, toEntry, type CacheEntry } from "./cache.js";
import { checkRubricSource } from "./load.js";

/**
 * Build time (scripts/build.mjs): the compiled form of every bundled rubric, in every language, into
 * dist/rubrics/<name>.json, so that a fresh install's first run is already warm (docs/performance.md),
 * with a copy of the bytes it was compiled from beside it (dist/rubrics/<name>.yaml: what the warm
 * path compares the rubric with instead of hashing it). Returns the files written.
 */
export function precompileBundled(root: string): string[] {
  const rubricsDir = join(root, "rubrics");
  const written: string[] = [];
  for (const name of readdirSync(rubricsDir)
    .filter((n) => /\.ya?ml$/.test(n))
    .sort()) {
    const path = join(rubricsDir, name);
    const bytes = readFileSync(path);
    const decoded = decodeUtf8(bytes);
    if (!decoded.ok) continue; // `gapcheck validate` says what is wrong; the cold path handles it
    let entry: CacheEntry | undefined;
    for (const lang of LANGS) entry = toEntry(checkRubricSource({ name: path, bytes, text: decoded.text }, messagesFor(lang)), lang, entry);
    if (!entry || entry.sha256 !== sha256Of(bytes)) throw new Error(`${name}: sha256 mismatch while precompiling`);
    const out = bundledEntryPath(path, root);
    mkdirSync(join(out, ".."), { recursive: true });
    writeFileSync(out, JSON.stringify(entry));
    const copy = bundledSourcePath(path, root);
    writeFileSync(copy, bytes);
    written.push(out, copy);
  }
  return written;
}
