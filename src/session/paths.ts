import { access } from "node:fs/promises";
import { homedir } from "node:os";
import { join } from "node:path";
import { ANSWERS_FILE_MODE } from "../answers/write.js";
import { writeFileAtomic } from "../io/write.js";

/*
 * Where an interactive run keeps its files: drafts under the XDG state folder, finished answers
 * under a dated name in the current folder. Names are never reused: an existing file holds someone's
 * answers.
 */

/** `$XDG_STATE_HOME/gapcheck`, default `~/.local/state/gapcheck`. */
export function stateDir(env: NodeJS.ProcessEnv): string {
  return join(env.XDG_STATE_HOME || join(env.HOME || homedir(), ".local", "state"), "gapcheck");
}

/** A draft for a new run: `<rubric id>-<date>.draft.yaml` in the state folder. */
export function draftStem(rubricId: string, date: string): string {
  return `${rubricId}-${date.replace(/:/g, "-")}`;
}

/** A draft gapcheck made: only such a file is updated in place and removed at the end. */
export function isDraft(path: string): boolean {
  return /\.draft(\.ya?ml)?$/.test(path);
}

/** `stem.ext`, else `stem-2.ext`, `stem-3.ext` …: the first name in `dir` no file has. */
export async function freeName(dir: string, stem: string, ext: string): Promise<string> {
  for (let n = 1; ; n++) {
    const path = join(dir, n === 1 ? `${stem}${ext}` : `${stem}-${n}${ext}`);
    if (!(await exists(path))) return path;
  }
}

/**
 * Writes `gapcheck-answers-2026-11-23.yaml` in `cwd`, or -2, -3 …: never over an existing file (the
 * name is claimed by the write itself, so two runs at once cannot take the same one). Returns the name.
 */
export async function writeDated(doc: string, cwd: string, date: string): Promise<string> {
  const stem = `gapcheck-answers-${date.slice(0, 10)}`;
  for (let n = 1; ; n++) {
    const name = n === 1 ? `${stem}.yaml` : `${stem}-${n}.yaml`;
    try {
      await writeFileAtomic(join(cwd, name), doc, { noClobber: true, mode: ANSWERS_FILE_MODE });
      return name;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
    }
  }
}

export async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}
