import { readdir } from "node:fs/promises";
import { join, sep } from "node:path";

const GLOB_CHARS = /[*?[]/;

/**
 * Expands `*`, `**` and `?` in file arguments (for shells that pass them through, such as CI
 * configs); arguments without them are kept as given. Matches are sorted, so output is stable.
 * A pattern that matches nothing is returned as `{ pattern }` for the caller to report.
 */
export async function expandGlobs(args: readonly string[], cwd: string): Promise<({ file: string } | { pattern: string })[]> {
  const out: ({ file: string } | { pattern: string })[] = [];
  for (const arg of args) {
    if (!GLOB_CHARS.test(arg)) {
      out.push({ file: arg });
      continue;
    }
    const parts = arg.split("/");
    const fixed = parts.slice(0, parts.findIndex((p) => GLOB_CHARS.test(p)));
    const base = fixed.join("/");
    const regex = globToRegExp(arg);
    let entries: string[] = [];
    try {
      entries = (await readdir(join(cwd, base || "."), { recursive: true })).map((e) => e.split(sep).join("/"));
    } catch {
      // an unreadable base folder matches nothing
    }
    const matches = entries.map((e) => (base ? `${base}/${e}` : e)).filter((p) => regex.test(p)).sort();
    if (matches.length === 0) out.push({ pattern: arg });
    for (const file of matches) out.push({ file });
  }
  return out;
}

export function globToRegExp(glob: string): RegExp {
  let re = "";
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === "*" && glob[i + 1] === "*") {
      const slash = glob[i + 2] === "/";
      re += slash ? "(?:.*/)?" : ".*";
      i += slash ? 2 : 1;
    } else if (c === "*") re += "[^/]*";
    else if (c === "?") re += "[^/]";
    else if (c === "[") {
      const end = glob.indexOf("]", i);
      if (end < 0) re += "\\[";
      else {
        re += `[${glob.slice(i + 1, end).replace(/^!/, "^").replace(/\\/g, "\\\\")}]`;
        i = end;
      }
    } else re += c.replace(/[.+^${}()|\\]/g, "\\$&");
  }
  return new RegExp(`^${re}$`);
}
