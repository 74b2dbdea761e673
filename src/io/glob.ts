import { readdir } from "node:fs/promises";
import { resolve } from "node:path";

const GLOB_CHARS = /[*?[]/;
/** Folders `**` does not descend into: tools' own trees and pseudo-filesystems. */
const SKIPPED = new Set(["node_modules", ".git", "proc", "sys", "dev"]);

/**
 * Expands `*`, `**` and `?` in file arguments (for shells that pass them through, such as CI
 * configs); arguments without them are kept as given. Expansion goes one path segment at a time
 * and only `**` descends, so `*.yaml` reads one folder. Matches are sorted, so output is stable.
 * A pattern that matches nothing is returned as `{ pattern }` for the caller to report.
 */
export async function expandGlobs(args: readonly string[], cwd: string): Promise<({ file: string } | { pattern: string })[]> {
  const out: ({ file: string } | { pattern: string })[] = [];
  for (const arg of args) {
    if (!GLOB_CHARS.test(arg)) {
      out.push({ file: arg });
      continue;
    }
    const absolute = arg.startsWith("/");
    const segments = arg.split("/").filter((s, i) => s !== "" || i === 0);
    const matches = (await expand(absolute ? "/" : "", segments.slice(absolute ? 1 : 0), cwd)).sort();
    if (matches.length === 0) out.push({ pattern: arg });
    for (const file of matches) out.push({ file });
  }
  return out;
}

async function expand(prefix: string, segments: string[], cwd: string): Promise<string[]> {
  const [segment, ...rest] = segments;
  if (segment === undefined) return [prefix.replace(/\/$/, "")];
  const join2 = (name: string) => (prefix === "" ? name : prefix.endsWith("/") ? `${prefix}${name}` : `${prefix}/${name}`);
  if (!GLOB_CHARS.test(segment)) return expand(join2(segment), rest, cwd);
  const entries = await list(resolve(cwd, prefix || "."));
  if (segment === "**") {
    // zero folders, or one more folder and `**` again
    const here = await expand(prefix, rest, cwd);
    const deeper = await Promise.all(entries.filter((e) => e.dir && !SKIPPED.has(e.name)).map((e) => expand(join2(e.name), segments, cwd)));
    return [...new Set([...here, ...deeper.flat()])];
  }
  const regex = globToRegExp(segment);
  const hits = entries.filter((e) => regex.test(e.name) && (rest.length === 0 || e.dir));
  return (await Promise.all(hits.map((e) => expand(join2(e.name), rest, cwd)))).flat();
}

async function list(dir: string): Promise<{ name: string; dir: boolean }[]> {
  try {
    return (await readdir(dir, { withFileTypes: true })).map((e) => ({ name: e.name, dir: e.isDirectory() }));
  } catch {
    return []; // an unreadable folder matches nothing
  }
}

/** One path segment's pattern: `*` and `?` never match `/`. */
export function globToRegExp(glob: string): RegExp {
  let re = "";
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === "*") re += "[^/]*";
    else if (c === "?") re += "[^/]";
    else if (c === "[") {
      const end = glob.indexOf("]", i);
      if (end < 0) re += "\\[";
      else {
        re += `[${glob
          .slice(i + 1, end)
          .replace(/^!/, "^")
          .replace(/\\/g, "\\\\")}]`;
        i = end;
      }
    } else re += c.replace(/[.+^${}()|\\]/g, "\\$&");
  }
  return new RegExp(`^${re}$`);
}
