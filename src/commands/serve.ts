import { quote } from "shell-quote";
import { renderUnicodeCompact } from "uqr";
import type { Io } from "../context.js";
import { EXIT, type ExitCode } from "../errors.js";
import { loadMessages, resolveLang } from "../i18n/messages.js";
import { type ServeOptions, serve } from "../serve/serve.js";
import type { LiveState } from "../serve/workshop.js";

/** The command's options: the workshop's own (`ServeOptions`), and how the terminal shows it. */
export interface ServeCommandOptions
  extends Pick<
    ServeOptions,
    "folder" | "rubric" | "profile" | "lang" | "groups" | "minGroup" | "title" | "host" | "port" | "tlsCert" | "tlsKey"
  > {
  json: boolean;
  io: Io;
  /** Ends the workshop as Ctrl-C would (tests); default: SIGINT or SIGTERM. */
  until?: Promise<unknown>;
}

/**
 * The QR code of the participant link for a terminal: half-block characters in which a block is a
 * light module, as on a dark terminal; with colour it is drawn white on black, so it scans on a light
 * terminal too. A quiet zone of two modules. Tested with a decoder (test/serve/terminal.test.ts).
 */
export function terminalQr(url: string, color: boolean): string {
  const lines = renderUnicodeCompact(url, { border: 2, ecc: "M" }).split("\n");
  return lines.map((l) => (color ? `\u001b[97;40m${l}\u001b[0m` : l)).join("\n");
}

/** `gapcheck serve [FOLDER]` (docs/workshop-server.md): starts the workshop, shows how to join, counts answers until Ctrl-C. */
export async function serveCommand(o: ServeCommandOptions): Promise<ExitCode> {
  const { io } = o;
  const { json: _json, io: _io, until: _until, ...workshop } = o;
  const running = await serve({
    ...workshop,
    cwd: io.cwd,
    env: io.env,
    now: io.now,
    log: (line) => io.stderr.write(`gapcheck: ${line}\n`),
  });
  const t = (await loadMessages(resolveLang(o.lang, io.env))).serve.cli;
  const screen = o.json ? io.stderr : io.stdout;
  if (o.json) {
    const line = { participant: running.participantUrl, facilitator: running.facilitatorUrl, code: running.code, folder: running.folder };
    io.stdout.write(`${JSON.stringify(line)}\n`);
  }
  const color = Boolean(screen.isTTY) && io.env.NO_COLOR === undefined;
  const lines = [
    running.resumed ? t.resumed(running.folder) : t.started(running.folder),
    running.portChanged ? t.portChanged : "",
    "",
    `${t.participants}  ${running.participantUrl}`,
    `${t.code(running.codeUrl)}  ${running.code}`,
    `${t.facilitator}  ${running.facilitatorUrl}`,
    "",
    terminalQr(running.participantUrl, color),
    "",
    ...running.otherParticipantUrls.map((u) => `${t.alsoAt}  ${u}`),
    running.https ? "" : t.plainHttp,
    t.offlineForm(running.folder),
    t.stop,
    "",
  ].filter((l, i, all) => l !== "" || (i > 0 && all[i - 1] !== ""));
  screen.write(`${lines.join("\n")}\n`);

  // The live count: rewritten in place on a terminal, one line per change elsewhere (at most ~2 a second).
  const describe = (s: LiveState) => t.count(s.participants, s.groups.map((g) => `${g.id} ${g.count}`).join(", "));
  let last = "";
  const show = () => {
    const text = describe(running.state());
    if (text === last) return;
    last = text;
    screen.write(screen.isTTY ? `\r\u001b[2K${text}` : `${text}\n`);
  };
  show();
  let timer: NodeJS.Timeout | undefined;
  const off = running.onChange(() => {
    timer ??= setTimeout(() => {
      timer = undefined;
      show();
    }, 500);
  });

  await (o.until ?? interrupted());
  off();
  if (timer) clearTimeout(timer);
  await running.close();
  const state = running.state();
  const by = state.groups.length > 0 ? ["--by", "group"] : [];
  const command = quote(["gapcheck", "aggregate", running.folder, ...by, ...(o.rubric ? ["-r", o.rubric] : [])]);
  screen.write(`${screen.isTTY ? "\n" : ""}${t.stopped(state.participants, running.folder, command)}\n`);
  return EXIT.interrupted;
}

/** Resolves at Ctrl-C (or a polite kill): the workshop then stops cleanly. */
function interrupted(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      process.off("SIGINT", done);
      process.off("SIGTERM", done);
      resolve();
    };
    process.on("SIGINT", done);
    process.on("SIGTERM", done);
  });
}
