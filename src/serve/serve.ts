import { readFile } from "node:fs/promises";
import type { Server } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { networkInterfaces } from "node:os";
import { resolve } from "node:path";
import { isoSeconds } from "../answers/write.js";
import { requireRubric, resolveProfileOption } from "../commands/shared.js";
import type { Io } from "../context.js";
import { GapcheckError } from "../errors.js";
import { LANGS, loadMessages, type Lang, type Messages, resolveLang } from "../i18n/messages.js";
import { defaultRubricPath } from "../paths.js";
import { workshopPages } from "./pages.js";
import { createWorkshopServer, DEFAULT_TIMEOUTS, type Timeouts } from "./server.js";
import { ensureFolder, newCode, newToken, readSession, type SessionFile, writeSession } from "./session.js";
import { type LiveState, Workshop } from "./workshop.js";

export interface ServeOptions {
  /** The session folder; default a new `gapcheck-workshop-YYYYMMDD-HHMM` in `cwd`. An existing session resumes. */
  folder?: string;
  rubric?: string;
  profile?: string;
  lang?: Lang;
  /** The groups participants choose from (e.g. marketing, sales); none: no group question. */
  groups?: string[];
  /** At least 3 (docs/team.md#anonymity); default 3. */
  minGroup?: number;
  title?: string;
  /** Default 0.0.0.0 (phones in the room); 127.0.0.1 keeps it on this machine. */
  host?: string;
  /** Default: the resumed session's port when it is free, else any free port. */
  port?: number;
  tlsCert?: string;
  tlsKey?: string;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  now?: () => Date;
  /** Notable events (a failed request), one line each, never with a token. */
  log?: (line: string) => void;
  /** Shorter timeouts for tests of slow connections. */
  timeouts?: Partial<Timeouts>;
}

export interface RunningWorkshop {
  participantUrl: string;
  facilitatorUrl: string;
  /** Where the join code is typed: `http://HOST:PORT/`. */
  codeUrl: string;
  code: string;
  folder: string;
  /** The participant link on every other address of this machine (VPN, docker, a second network). */
  otherParticipantUrls: string[];
  /** True when the folder held a session already. */
  resumed: boolean;
  /** True when the resumed session's port was taken and another was used (the links changed). */
  portChanged: boolean;
  https: boolean;
  /** Submissions so far and live updates (the terminal's count). */
  state(): LiveState;
  onChange(listener: () => void): () => void;
  /** Stops the server after every answer in progress is on disk. */
  close(): Promise<void>;
}

/** `serve(options)` (docs/api.md and docs/workshop-server.md): starts a workshop and returns its links. */
export async function serve(o: ServeOptions = {}): Promise<RunningWorkshop> {
  const now = o.now ?? (() => new Date());
  const io: Io = {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: o.env ?? process.env,
    cwd: o.cwd ?? process.cwd(),
    now,
  };
  const { t, folder, existing, session, rubric, profile, sha256, tls } = await openSession(o, io);
  const workshop = new Workshop(session, folder, rubric, profile, sha256, t, io);
  await workshop.load();

  const host = o.host ?? "0.0.0.0";
  const hostsForLinks = linkHosts(host);
  const scheme = tls ? "https" : "http";
  // The pages embed the links (the QR code), which need the port: listen first, then build them.
  let pages: ReturnType<typeof workshopPages> | undefined;
  const { server, sockets, stopEvents } = createWorkshopServer({
    workshop,
    pages: {
      participant: () => pages!.participant(),
      facilitator: () => pages!.facilitator(),
      code: (wrong) => pages!.code(wrong),
    },
    t,
    ...(tls ? { tls } : {}),
    timeouts: { ...DEFAULT_TIMEOUTS, ...o.timeouts },
    log: o.log ?? (() => undefined),
    now: () => now().getTime(),
  });
  const { port, portChanged } = await listenOn(server, o.port, existing?.port, host, t);
  session.port = port;
  try {
    await writeSession(folder, session, existing === undefined);
    // The participant page carries every language, so all three catalogues are needed.
    for (const l of LANGS) await loadMessages(l);
  } catch (err) {
    server.close();
    throw err;
  }

  const origin = (h: string) => `${scheme}://${h.includes(":") ? `[${h}]` : h}:${port}`;
  const main = hostsForLinks[0]!;
  const participantUrl = `${origin(main)}/j/${session.tokens.participant}`;
  const codeUrl = `${origin(main)}/`;
  pages = workshopPages({
    rubric,
    profile,
    session: session.id,
    title: session.title,
    groups: session.groups,
    lang: session.lang,
    code: session.tokens.code,
    participantUrl,
    codeUrl,
  });

  return {
    participantUrl,
    facilitatorUrl: `${origin(main)}/f/${session.tokens.facilitator}`,
    codeUrl,
    code: session.tokens.code,
    folder,
    otherParticipantUrls: hostsForLinks.slice(1).map((h) => `${origin(h)}/j/${session.tokens.participant}`),
    resumed: existing !== undefined,
    portChanged,
    https: tls !== undefined,
    state: () => workshop.state(),
    onChange: (listener) => workshop.onChange(listener),
    close: closeOnce(server, sockets, stopEvents, workshop),
  };
}

/** Stops the server once, however often it is called, after every answer in progress is on disk. */
function closeOnce(server: Server, sockets: Set<Socket>, stopEvents: () => void, workshop: Workshop): () => Promise<void> {
  let closing: Promise<void> | undefined;
  return () => {
    closing ??= (async () => {
      stopEvents();
      const stopped = new Promise<void>((done) => server.close(() => done()));
      server.closeIdleConnections();
      await workshop.settle();
      // Requests in progress had their answers written (settle); what is left are idle or stalled sockets.
      for (const socket of sockets) socket.destroy();
      await stopped;
    })();
    return closing;
  };
}

/**
 * Reads or starts the session in the folder: its rubric, language, profile and TLS files, checked
 * against what a resumed session was started with (docs/workshop-server.md).
 */
async function openSession(o: ServeOptions, io: Io) {
  const { cwd, env, now } = io;
  let t = await loadMessages(resolveLang(o.lang, env));
  const minGroup = o.minGroup ?? 3;
  if (!Number.isInteger(minGroup) || minGroup < 3) throw new GapcheckError(t.cli.usage(t.serve.badMinGroup));
  const groups = o.groups === undefined ? undefined : checkGroups(o.groups, t);

  const folder = resolve(cwd, o.folder ?? defaultFolderName(now()));
  await ensureFolder(folder, t);
  const existing = await readSession(folder, t);
  const rubricPath = o.rubric !== undefined ? resolve(cwd, o.rubric) : (existing?.rubric.path ?? defaultRubricPath());
  const required = await requireRubric(rubricPath, io, t);
  const { sha256 } = required;
  const lang = resolveLang(o.lang ?? (existing?.lang as Lang | undefined), env, required.rubric.defaultLocale);
  t = await loadMessages(lang);
  if (existing && existing.rubric.id !== required.rubric.data.id)
    throw new GapcheckError(t.serve.otherRubric(folder, existing.rubric.id, required.rubric.data.id));
  // A client profile file (-p FILE) tailors the rubric's profiles; a resumed session reads its file again.
  const tailored = await resolveProfileOption(o.profile ?? existing?.profileFile ?? existing?.profile, required.rubric, io, t);
  const { rubric } = tailored;
  const profileId = tailored.profile ?? rubric.defaultProfileId;
  if (existing && existing.profile !== profileId) throw new GapcheckError(t.serve.otherProfile(folder, existing.profile, profileId));
  const profile = rubric.profileById.get(profileId);
  if (!profile) throw new GapcheckError(t.cli.unknownProfile(profileId, [...rubric.profileById.keys()]));
  const tls =
    o.tlsCert !== undefined || o.tlsKey !== undefined
      ? {
          cert: await readTls(resolve(cwd, o.tlsCert ?? ""), "--tls-cert", t),
          key: await readTls(resolve(cwd, o.tlsKey ?? ""), "--tls-key", t),
        }
      : undefined;
  if ((o.tlsCert === undefined) !== (o.tlsKey === undefined)) throw new GapcheckError(t.cli.usage(t.serve.tlsPair));

  const stamp = isoSeconds(now());
  const session: SessionFile = {
    gapcheck: 1,
    kind: "workshop",
    id: existing?.id ?? newToken().slice(0, 12),
    rubric: { id: rubric.data.id, version: rubric.data.version, sha256, path: rubricPath },
    profile: profileId,
    ...(tailored.profilePath !== undefined ? { profileFile: tailored.profilePath } : {}),
    groups: groups ?? existing?.groups ?? [],
    title: o.title ?? existing?.title ?? "",
    minGroup: o.minGroup ?? existing?.minGroup ?? 3,
    lang,
    created: existing?.created ?? stamp,
    updated: stamp,
    port: existing?.port ?? 0,
    tokens: existing?.tokens ?? { participant: newToken(), facilitator: newToken(), code: newCode() },
  };
  return { t, folder, existing, session, rubric, profile, sha256, tls };
}

/**
 * Listens on `--port`, else the port the session had (links on phones keep working after a
 * restart), else any free one; a remembered port in use falls back to a free one and says so.
 */
async function listenOn(server: Server, flag: number | undefined, remembered: number | undefined, host: string, t: Messages) {
  const wanted = flag ?? remembered ?? 0;
  try {
    return { port: await listen(server, wanted, host), portChanged: false };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== "EADDRINUSE" || flag !== undefined || wanted === 0)
      throw new GapcheckError(t.serve.cannotListen(host, wanted, code ?? String(err)), undefined, [], { cause: err });
    return { port: await listen(server, 0, host), portChanged: true };
  }
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((done, fail) => {
    const onError = (err: Error) => fail(err);
    server.once("error", onError);
    server.listen(port, host, () => {
      server.off("error", onError);
      done((server.address() as AddressInfo).port);
    });
  });
}

function defaultFolderName(d: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `gapcheck-workshop-${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}`;
}

function checkGroups(groups: string[], t: Awaited<ReturnType<typeof loadMessages>>): string[] {
  const clean = groups.map((g) => g.replace(/\s+/g, " ").trim());
  for (const g of clean) {
    if (g === "" || g.length > 40 || g === "other" || /[\u0000-\u001f<>]/.test(g))
      throw new GapcheckError(t.cli.usage(t.serve.badGroup(g)));
  }
  if (new Set(clean).size !== clean.length)
    throw new GapcheckError(t.cli.usage(t.serve.badGroup(clean.find((g, i) => clean.indexOf(g) !== i)!)));
  return clean;
}

async function readTls(path: string, flag: string, t: Awaited<ReturnType<typeof loadMessages>>): Promise<Buffer> {
  return readFile(path).catch((err: NodeJS.ErrnoException) => {
    throw new GapcheckError(t.cli.usage(t.serve.tlsUnreadable(flag, path, err.code ?? String(err))));
  });
}

/**
 * The hosts the links name: the one given, or for 0.0.0.0 every non-internal IPv4 address, the likely
 * Wi-Fi or Ethernet one first (docker bridges and VPN tunnels last), then 127.0.0.1 when there is none.
 */
export function linkHosts(host: string): string[] {
  if (host !== "0.0.0.0" && host !== "::") return [host];
  const rank = (name: string) =>
    /^(wl|wlan|wi|en|eth)/i.test(name) ? 0 : /^(docker|br-|veth|virbr|tun|tap|utun|wg|zt)/i.test(name) ? 2 : 1;
  const found: { name: string; address: string }[] = [];
  for (const [name, infos] of Object.entries(networkInterfaces()))
    for (const info of infos ?? []) if (info.family === "IPv4" && !info.internal) found.push({ name, address: info.address });
  found.sort((a, b) => rank(a.name) - rank(b.name));
  const hosts = found.map((f) => f.address);
  return hosts.length > 0 ? hosts : ["127.0.0.1"];
}
