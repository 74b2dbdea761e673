import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { basename, dirname, isAbsolute, join, resolve } from "node:path";
import type { Finding } from "../findings.js";
import type { Lang } from "../i18n/lang.js";
import { langOfMessages, type Messages } from "../i18n/messages.js";
import { readSource } from "../io/read.js";
import { writeFileAtomic } from "../io/write.js";
import { buildRubric } from "../model/rubric.js";
import type { RubricFile } from "../model/schema.js";
import { bundledRubricsDir, packageRoot } from "../paths.js";
import type { LoadedRubric } from "./load.js";

/*
 * The compiled-rubric cache (docs/performance.md#the-compiled-rubric-cache). A rubric's validated model (the schema's output, defaults
 * applied), its findings and its fixture results depend only on the file's bytes, gapcheck's version
 * and the language of the messages, so they are kept, keyed by the sha256 of the bytes and the
 * version: for the bundled rubrics in the package (dist/rubrics/<name>.json, written by
 * scripts/build.mjs), for others under $XDG_CACHE_HOME/gapcheck (default ~/.cache/gapcheck).
 *
 * With a warm entry, loading a rubric reads two files and parses JSON: the YAML parser, zod and the
 * rules are not even loaded (the cold path is behind `await import()`). A bundled rubric's entry
 * keeps, beside it, a copy of the bytes it was compiled from: a rubric with the same bytes has the
 * entry's sha256, so the warm path compares bytes instead of hashing them and never loads
 * node:crypto (start-up, docs/performance.md). Anything wrong with an entry
 * (missing, unreadable, truncated, another version, other bytes) means it is ignored and rebuilt; a
 * cache folder that cannot be written is silently skipped. An entry never changes what is printed.
 */

export const CACHE_FORMAT = 1;

export interface CacheEntry {
  format: typeof CACHE_FORMAT;
  gapcheck: string;
  sha256: string;
  /** The validated rubric's data, or null when it has errors that withhold it. */
  data: RubricFile | null;
  /** The findings (fixture results included), per language of their messages. */
  findings: Partial<Record<Lang, Finding[]>>;
}

/** Where the user cache lives, or undefined when it is off (GAPCHECK_CACHE=0) or there is no home. */
export function userCacheDir(env: NodeJS.ProcessEnv): string | undefined {
  if (env.GAPCHECK_CACHE === "0") return undefined;
  const xdg = env.XDG_CACHE_HOME;
  if (xdg && isAbsolute(xdg)) return join(xdg, "gapcheck");
  return env.HOME && isAbsolute(env.HOME) ? join(env.HOME, ".cache", "gapcheck") : undefined;
}

export const cacheEnabled = (env: NodeJS.ProcessEnv) => env.GAPCHECK_CACHE !== "0";

/** The compiled form of a bundled rubric, shipped in the package. */
export const bundledEntryPath = (rubricPath: string, root = packageRoot()) =>
  join(root, "dist", "rubrics", `${basename(rubricPath).replace(/\.ya?ml$/, "")}.json`);

/** The bytes a bundled rubric's entry was compiled from, kept beside the entry. */
export const bundledSourcePath = (rubricPath: string, root = packageRoot()) => join(root, "dist", "rubrics", basename(rubricPath));

const entryName = (sha256: string) => `rubric-${__GAPCHECK_VERSION__}-${sha256}.json`;

export function sha256Of(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/**
 * An entry read from disk, or undefined when it is missing, unreadable, malformed or for other bytes
 * (another sha256 than `sha256`; `undefined` takes the entry's own) or another version.
 */
export function readEntry(file: string, sha256: string | undefined): CacheEntry | undefined {
  try {
    // Synchronous: one file, and node:fs/promises is not even loaded on the warm path.
    const entry = JSON.parse(readFileSync(file, "utf8")) as CacheEntry;
    if (entry === null || typeof entry !== "object") return undefined;
    if (entry.format !== CACHE_FORMAT || entry.gapcheck !== __GAPCHECK_VERSION__) return undefined;
    if (sha256 === undefined ? !/^[0-9a-f]{64}$/.test(String(entry.sha256)) : entry.sha256 !== sha256) return undefined;
    if (
      !(
        entry.data === null ||
        (typeof entry.data === "object" && Array.isArray(entry.data.dimensions) && Array.isArray(entry.data.profiles))
      )
    )
      return undefined;
    if (entry.findings === null || typeof entry.findings !== "object") return undefined;
    return entry;
  } catch {
    return undefined;
  }
}

function fromEntry(entry: CacheEntry, lang: Lang, name: string): LoadedRubric | undefined {
  const findings = entry.findings[lang];
  if (!Array.isArray(findings)) return undefined;
  try {
    return {
      sha256: entry.sha256,
      ...(entry.data ? { rubric: buildRubric(entry.data) } : {}),
      findings: findings.map((f) => ({ ...f, file: name })),
    };
  } catch {
    return undefined; // a well-formed entry with a broken model: rebuild
  }
}

/** What the cold path produced, as an entry (merged with what an existing entry knew of other languages). */
export function toEntry(loaded: LoadedRubric, lang: Lang, previous?: CacheEntry): CacheEntry {
  return {
    format: CACHE_FORMAT,
    gapcheck: __GAPCHECK_VERSION__,
    sha256: loaded.sha256,
    data: loaded.rubric ? loaded.rubric.data : null,
    findings: { ...previous?.findings, [lang]: loaded.findings },
  };
}

/** Whether `file` holds exactly `bytes` (false when it cannot be read). */
function sameBytes(bytes: Uint8Array, file: string): boolean {
  try {
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).equals(readFileSync(file));
  } catch {
    return false;
  }
}

/**
 * Reads, parses and validates a rubric like loadRubric, through the cache when `env` allows it.
 * The result is the same with or without the cache (only `source` is not kept).
 */
export async function loadRubricCached(path: string, t: Messages, env: NodeJS.ProcessEnv): Promise<LoadedRubric> {
  const read = await readSource(path, t);
  if (!read.ok) return { sha256: "", findings: [read.finding] };
  const { source } = read;
  const lang = cacheEnabled(env) && path !== "-" ? langOfMessages(t) : undefined;
  if (lang === undefined) return await (await import("./lean.js")).checkRubricSourceLean(source, t);

  if (dirname(resolve(path)) === resolve(bundledRubricsDir()) && sameBytes(source.bytes, bundledSourcePath(path))) {
    const entry = readEntry(bundledEntryPath(path), undefined);
    const hit = entry && fromEntry(entry, lang, source.name);
    if (hit) return hit;
  }
  const sha256 = sha256Of(source.bytes);
  const dir = userCacheDir(env);
  const file = dir && join(dir, entryName(sha256));
  const entry = file ? readEntry(file, sha256) : undefined;
  const hit = entry && fromEntry(entry, lang, source.name);
  if (hit) return hit;

  const loaded = await (await import("./lean.js")).checkRubricSourceLean(source, t);
  if (dir && file) {
    try {
      await mkdir(dir, { recursive: true });
      await writeFileAtomic(file, JSON.stringify(toEntry(loaded, lang, entry)));
    } catch {
      // A read-only, missing or misplaced cache folder only means the next run is cold too.
    }
  }
  return loaded;
}
