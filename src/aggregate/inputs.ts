import { readdir, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { glob } from "tinyglobby";
import type { Finding } from "../findings.js";
import type { Messages } from "../i18n/messages.js";

const READABLE = /\.(?:ya?ml|json|csv|tsv|xlsx)$/i;
const GLOB_CHARS = /[*?[\]{}]/;

/**
 * The files an `aggregate` run reads, in order: files as given, every readable file directly inside
 * a folder (sorted), glob matches (sorted). A folder or pattern with nothing to read is a problem.
 */
export async function expandInputs(args: readonly string[], cwd: string, t: Messages): Promise<{ files: string[]; problems: Finding[] }> {
  const files: string[] = [];
  const problems: Finding[] = [];
  const problem = (file: string, rule: string, message: string) =>
    problems.push({ file, line: 1, col: 1, severity: "error", rule, message, path: [] });
  for (const arg of args) {
    const info = await stat(resolve(cwd, arg)).catch(() => undefined);
    if (info?.isDirectory()) {
      const entries = await readdir(resolve(cwd, arg), { withFileTypes: true }).catch(() => []);
      const names = entries
        .filter((e) => (e.isFile() || e.isSymbolicLink()) && READABLE.test(e.name) && !e.name.startsWith("."))
        .map((e) => e.name);
      if (names.length === 0) problem(arg, "empty-folder", t.team.emptyFolder);
      for (const name of names.sort()) files.push(join(arg, name));
    } else if (!info && GLOB_CHARS.test(arg)) {
      const matches = (await glob([arg], { cwd, onlyFiles: true, expandDirectories: false, dot: false })).sort();
      if (matches.length === 0) problem(arg, "no-match", t.team.matchesNothing(arg));
      files.push(...matches);
    } else files.push(arg); // a missing or unreadable file is reported when it is read
  }
  return { files, problems };
}
