import { randomBytes } from "node:crypto";
import { link, open, rename, stat, unlink } from "node:fs/promises";
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
    try {
      await handle.writeFile(content, "utf8");
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.noClobber) await link(temp, path);
    else await rename(temp, path);
  } finally {
    // After a rename there is nothing left to remove; after a link, or any failure, the temporary is.
    await unlink(temp).catch(() => undefined);
  }
}

/** True when `candidate` is the same file as one of `inputs`: same path, symbolic or hard link. */
export async function isSameFile(candidate: string, inputs: readonly string[]): Promise<boolean> {
  const identity = async (p: string) => {
    const info = await stat(p).catch(() => undefined);
    return info ? `${info.dev}:${info.ino}` : resolve(p);
  };
  const target = await identity(candidate);
  for (const input of inputs) if (input !== "-" && (await identity(input)) === target) return true;
  return false;
}
