import { randomBytes } from "node:crypto";
import { link, open, realpath, rename, unlink } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";

/**
 * Writes a file atomically: a temporary file in the same folder, flushed to disk, then renamed over
 * the target, so a crash leaves either the old file or the complete new one. With `noClobber` the
 * final step is a hard link, which fails if the target exists, so an existing file is never replaced.
 */
export async function writeFileAtomic(path: string, content: string, options: { noClobber?: boolean } = {}): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  const handle = await open(temp, "wx", 0o644);
  try {
    await handle.writeFile(content, "utf8");
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    if (options.noClobber) await link(temp, path);
    else await rename(temp, path);
  } finally {
    if (options.noClobber) await unlink(temp).catch(() => undefined);
    else await unlink(temp).catch(() => undefined); // only exists if rename failed
  }
}

/** True when `candidate` names the same file as one of `inputs` (following links). */
export async function isSameFile(candidate: string, inputs: readonly string[]): Promise<boolean> {
  const real = async (p: string) => realpath(p).catch(() => resolve(p));
  const target = await real(candidate);
  for (const input of inputs) if (input !== "-" && (await real(input)) === target) return true;
  return false;
}
