import { createHash, randomBytes, randomInt } from "node:crypto";
import { mkdir, readFile, readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { GapcheckError } from "../errors.js";
import type { Messages } from "../i18n/messages.js";
import { ANSWERS_FILE_MODE } from "../answers/write.js";
import { writeFileAtomic } from "../io/write.js";

/*
 * The session folder is the workshop's whole store (docs/workshop.md): one hidden session file with
 * the links' tokens and what the session was made for, and one ordinary answers file per participant.
 * Nothing lives only in memory, so `serve FOLDER` again resumes with the same links and answers, and
 * `gapcheck aggregate FOLDER` reads the same answers (it skips hidden files).
 */

/** The hidden session file; a dot name, so `aggregate FOLDER` never reads it as answers. */
export const SESSION_FILE = ".gapcheck-session.json";

export interface SessionFile {
  gapcheck: 1;
  kind: "workshop";
  /** Not a secret: names the session in the browser's storage, so two sessions never mix answers. */
  id: string;
  rubric: { id: string; version: string; sha256: string; path: string };
  profile: string;
  /** The client profile file (absolute) when `-p FILE` chose one: a resumed session reads it again. */
  profileFile?: string;
  groups: string[];
  title: string;
  minGroup: number;
  lang: string;
  created: string;
  updated: string;
  closed?: string;
  port: number;
  tokens: { participant: string; facilitator: string; code: string };
}

/** A link token: 128 random bits, base64url (22 characters). */
export function newToken(): string {
  return randomBytes(16).toString("base64url");
}

/** Letters and digits people cannot mistake for each other when copying from a projector (no 0/O, 1/I/L). */
export const CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

export function newCode(): string {
  let code = "";
  for (let i = 0; i < 6; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** The answers file of the browser holding `receipt`. A hash, so the folder's listing never reveals a receipt. */
export function answersFileName(receipt: string): string {
  return `answers-${createHash("sha256").update(receipt).digest("hex").slice(0, 20)}.yaml`;
}

/** A receipt as the page sends it back: what newToken makes, nothing else reaches the file system. */
export function isReceipt(value: unknown): value is string {
  return typeof value === "string" && /^[A-Za-z0-9_-]{22}$/.test(value);
}

/** Reads the session file of a folder, or undefined when the folder has none (a new session). */
export async function readSession(folder: string, t: Messages): Promise<SessionFile | undefined> {
  const path = join(folder, SESSION_FILE);
  const text = await readFile(path, "utf8").catch((err: NodeJS.ErrnoException) => {
    if (err.code === "ENOENT") return undefined;
    throw new GapcheckError(t.serve.sessionUnreadable(path, err.code ?? String(err)));
  });
  if (text === undefined) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new GapcheckError(t.serve.sessionUnreadable(path, "JSON"));
  }
  if (!isSessionFile(data)) throw new GapcheckError(t.serve.sessionUnreadable(path, "kind"));
  return data;
}

function isSessionFile(d: unknown): d is SessionFile {
  if (typeof d !== "object" || d === null) return false;
  const s = d as Partial<SessionFile>;
  return (
    s.gapcheck === 1 &&
    s.kind === "workshop" &&
    typeof s.id === "string" &&
    typeof s.rubric?.id === "string" &&
    typeof s.profile === "string" &&
    Array.isArray(s.groups) &&
    s.groups.every((g) => typeof g === "string") &&
    typeof s.minGroup === "number" &&
    typeof s.port === "number" &&
    typeof s.tokens?.participant === "string" &&
    typeof s.tokens.facilitator === "string" &&
    typeof s.tokens.code === "string"
  );
}

/** Makes the folder (and its parents) when it does not exist; refuses a file in its place. */
export async function ensureFolder(folder: string, t: Messages): Promise<void> {
  const info = await stat(folder).catch(() => undefined);
  if (info && !info.isDirectory()) throw new GapcheckError(t.serve.notAFolder(folder));
  if (!info) await mkdir(folder, { recursive: true, mode: 0o700 });
}

/** Writes the session file, 0600; `create` refuses to replace one (two `serve` starting at once). */
export async function writeSession(folder: string, session: SessionFile, create: boolean): Promise<void> {
  await writeFileAtomic(join(folder, SESSION_FILE), `${JSON.stringify(session, null, 2)}\n`, {
    noClobber: create,
    mode: ANSWERS_FILE_MODE,
  });
}

/** The participants' answers files already in the folder (on resume). */
export async function participantFiles(folder: string): Promise<string[]> {
  const names = await readdir(folder);
  return names.filter((n) => /^answers-[0-9a-f]{20}\.yaml$/.test(n)).sort();
}
