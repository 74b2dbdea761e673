import { readdir, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { glob, isDynamicPattern } from "tinyglobby";

/** Answers files a folder or glob contributes: YAML and JSON (CSV readers pass their own). */
export const ANSWERS_FILES = /\.(ya?ml|json)$/i;

/**
 * Input arguments as files: a file as given; a folder as the matching files directly inside it; a
 * glob (for shells that pass it through) as its matching files. Each argument's files are sorted so
 * output is stable; an argument that yields nothing is listed in `empty` for the caller to report.
 * Paths stay as the user wrote them (relative to `cwd`), for messages and for the JSON.
 */
export async function expandInputs(
  args: readonly string[],
  cwd: string,
  wanted: RegExp = ANSWERS_FILES,
): Promise<{ files: string[]; empty: string[] }> {
  const files: string[] = [];
  const empty: string[] = [];
  for (const arg of args) {
    let found: string[];
    if (isDynamicPattern(arg)) {
      found = (await glob([arg], { cwd, onlyFiles: true, expandDirectories: false })).filter((f) => wanted.test(f));
    } else if (await isFolder(resolve(cwd, arg))) {
      const entries = await readdir(resolve(cwd, arg), { withFileTypes: true });
      found = entries.filter((e) => !e.isDirectory() && wanted.test(e.name)).map((e) => join(arg, e.name));
    } else found = [arg];
    found.sort();
    if (found.length === 0) empty.push(arg);
    files.push(...found);
  }
  return { files, empty };
}

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false; // a missing path is reported by whoever reads it
  }
}
