import { randomBytes } from "node:crypto";
import { constants, type Stats } from "node:fs";
import { access, link, lstat, open, readlink, realpath, rename, stat, unlink } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";

export interface WriteOptions {
  /** Never replace an existing file (or link): the final step is a hard link, which fails if the target exists. */
  noClobber?: boolean;
  /** Permission bits of a file that does not exist yet (an existing file keeps its own). Default 0644. */
  mode?: number;
}

/**
 * Writes a file per docs/exit-codes.md#files-gapcheck-writes: atomically (a temporary file in the same folder, flushed to
 * disk, then renamed over the target), so a crash leaves either the old file or the complete new
 * one. An existing symlink is written through to its target; an existing file keeps its permission
 * bits (and, where allowed, its owner); a device or FIFO (`/dev/null`, `/dev/stdout`, a named pipe)
 * is written to directly and never replaced. A folder, or an empty path, fails with EISDIR/ENOENT.
 */
export async function writeFileAtomic(path: string, content: string, options: WriteOptions = {}): Promise<void> {
  if (path === "") throw Object.assign(new Error("empty path"), { code: "ENOENT" });
  if (!options.noClobber) {
    const info = await stat(path).catch(() => undefined);
    if (info?.isDirectory()) throw Object.assign(new Error(`${path} is a directory`), { code: "EISDIR" });
    if (info && !info.isFile()) return writeDirectly(path, content);
    if (info && isProcessStream(path)) return writeDirectly(path, content); // /dev/stdout redirected to a file
    if (info) {
      if (await isReadOnly(path, info)) throw Object.assign(new Error(`${path} is read-only`), { code: "EREADONLY" });
      return replaceFile(await realpath(path), content, info.mode & 0o7777, { uid: info.uid, gid: info.gid });
    }
    return replaceFile(await linkTarget(path), content, options.mode ?? 0o644);
  }
  await replaceFile(path, content, options.mode ?? 0o644, undefined, true);
}

/**
 * A regular file the user may not write, as the shell's `>` would refuse it: no write access for this
 * user (access(2) with W_OK), or no write bit for anyone (0444). The second part holds for root too,
 * whom access() always lets write: a file its owner marked read-only is kept for everyone (docs/exit-codes.md#files-gapcheck-writes).
 * The atomic rename would otherwise replace it, since only the folder's permissions count for that.
 */
export async function isReadOnly(path: string, info?: Stats): Promise<boolean> {
  const stats = info ?? (await stat(path).catch(() => undefined));
  if (!stats?.isFile()) return false;
  if ((stats.mode & 0o222) === 0) return true;
  return access(path, constants.W_OK).then(
    () => false,
    () => true,
  );
}

/** /dev/stdout, /dev/fd/1, /proc/self/fd/1: the stream a shell opened, whatever it points to. */
export function isProcessStream(path: string): boolean {
  return /^\/(dev|proc)\//.test(resolve(path));
}

async function writeDirectly(path: string, content: string): Promise<void> {
  const handle = await open(path, "w");
  try {
    await handle.writeFile(content, "utf8");
  } finally {
    await handle.close();
  }
}

/** Where a path that does not exist as a file will be created: through a dangling symlink to its target. */
async function linkTarget(path: string): Promise<string> {
  let current = path;
  for (let hops = 0; hops < 40; hops++) {
    const info = await lstat(current).catch(() => undefined);
    if (!info?.isSymbolicLink()) return current;
    current = resolve(dirname(current), await readlink(current));
  }
  throw Object.assign(new Error(`${path}: too many levels of symbolic links`), { code: "ELOOP" });
}

async function replaceFile(
  path: string,
  content: string,
  mode: number,
  owner?: { uid: number; gid: number },
  noClobber = false,
): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  const handle = await open(temp, "wx", mode).catch(async (err: NodeJS.ErrnoException) => {
    // ENOENT in a folder that exists (/proc, some FUSE mounts): files cannot be created there at all.
    if (
      err.code === "ENOENT" &&
      (await stat(dirname(path)).then(
        (i) => i.isDirectory(),
        () => false,
      ))
    )
      err.code = "ENOCREATE";
    throw err;
  });
  try {
    try {
      // open() applies the umask; the bits asked for (an existing file's, or 0600) are meant exactly.
      await handle.chmod(mode);
      if (owner && typeof process.getuid === "function" && process.getuid() === 0)
        await handle.chown(owner.uid, owner.gid).catch(() => undefined);
      await handle.writeFile(content, "utf8");
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (noClobber) await link(temp, path);
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
