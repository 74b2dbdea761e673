import { createHash, timingSafeEqual } from "node:crypto";
import { createServer as createHttp, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createServer as createHttps } from "node:https";
import type { Socket } from "node:net";
import type { FormatName } from "../formats.js";
import type { Messages } from "../i18n/messages.js";
import { mediaType, readBody, secure, sendJson, sendText } from "./http.js";
import type { Pages } from "./pages.js";
import type { Workshop } from "./workshop.js";

/** The participant API's body limit (docs/workshop-server.md#the-participant-api). */
export const MAX_BODY = 64 * 1024;

export interface Timeouts {
  /** Time to receive a request's headers: a slow-loris connection is closed after it. */
  headers: number;
  /** Time to receive a whole request. */
  request: number;
  /** An idle kept-alive connection is closed after it. */
  keepAlive: number;
}

export const DEFAULT_TIMEOUTS: Timeouts = { headers: 10_000, request: 30_000, keepAlive: 5_000 };

/** Wrong join codes one address may try per minute before it must wait (docs/workshop-server.md#links: rate-limited). */
const CODE_TRIES = 5;
const CODE_WINDOW_MS = 60_000;

const DOWNLOADS: Record<string, { format: FormatName; type: string }> = {
  "result.json": { format: "json", type: "application/json; charset=utf-8" },
  "result.html": { format: "html", type: "text/html; charset=utf-8" },
  "result.md": { format: "markdown", type: "text/markdown; charset=utf-8" },
  "result.csv": { format: "csv", type: "text/csv; charset=utf-8" },
};

export interface ServerSetup {
  workshop: Workshop;
  pages: Pages;
  t: Messages;
  tls?: { cert: Buffer; key: Buffer };
  timeouts: Timeouts;
  /** One line per notable event, never with a token in it. */
  log: (line: string) => void;
  now: () => number;
}

/** Equal tokens, compared in constant time (a timing difference must not reveal a token's prefix). */
function sameToken(given: string, token: string): boolean {
  const a = createHash("sha256").update(given).digest();
  const b = createHash("sha256").update(token).digest();
  return timingSafeEqual(a, b);
}

/**
 * The workshop's HTTP(S) server: only `/`, `/j/<join>…` and `/f/<facilitator>…` answer, every
 * other path is 404 (docs/workshop-server.md#links). Node's own http module: a few routes, no framework needed.
 * Why this is long: one closure holds the state its routes share (the tokens, the wrong-code counts per
 * address, the open event streams); each route inside is a short function of its own.
 */
export function createWorkshopServer(s: ServerSetup): { server: Server; sockets: Set<Socket>; stopEvents: () => void } {
  const { workshop, pages, t } = s;
  const tokens = workshop.session.tokens;
  const wrongCodes = new Map<string, number[]>();
  const streams = new Set<ServerResponse>();
  const sockets = new Set<Socket>();

  const handler = (req: IncomingMessage, res: ServerResponse) => {
    secure(res);
    route(req, res).catch((err: unknown) => {
      s.log(t.serve.log.failed(req.method ?? "?", redact(req.url ?? ""), (err as Error).message));
      if (!res.headersSent) sendJson(res, 500, { message: t.serve.api.internal });
      else res.destroy();
    });
  };

  const notFound = (res: ServerResponse) => sendJson(res, 404, { message: t.serve.api.notFound });
  const wrongMethod = (res: ServerResponse, allow: string) => sendJson(res, 405, { message: t.serve.api.method(allow) }, { Allow: allow });

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = req.url ?? "/";
    const path = url.split("?")[0]!;
    if (path === "/") return codeRoute(req, res);
    const parts = path.split("/");
    // ["", "j"|"f", token, rest?]; nothing longer exists.
    if (parts.length < 3 || parts.length > 4) return notFound(res);
    const [, kind, token, rest] = parts as [string, string, string, string | undefined];
    if (kind === "j" && sameToken(token, tokens.participant)) return participantRoute(req, res, rest);
    if (kind === "f" && sameToken(token, tokens.facilitator)) return facilitatorRoute(req, res, rest);
    return notFound(res);
  }

  async function codeRoute(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method === "GET" || req.method === "HEAD") {
      const page = pages.code(false);
      secure(res, page.csp);
      return sendText(res, 200, "text/html; charset=utf-8", page.html);
    }
    if (req.method !== "POST") return wrongMethod(res, "GET, POST");
    const address = req.socket.remoteAddress ?? "";
    const now = s.now();
    const recent = (wrongCodes.get(address) ?? []).filter((at) => now - at < CODE_WINDOW_MS);
    if (recent.length >= CODE_TRIES) {
      const wait = Math.ceil((CODE_WINDOW_MS - (now - recent[0]!)) / 1000);
      return sendText(res, 429, "text/plain; charset=utf-8", `${t.serve.api.tooManyCodes}\n`, { "Retry-After": String(wait) });
    }
    if (mediaType(req) !== "application/x-www-form-urlencoded") return sendJson(res, 415, { message: t.serve.api.mediaType });
    const body = await readBody(req, 1024);
    if (!body.ok) return sendJson(res, body.tooLarge ? 413 : 400, { message: t.serve.api.tooLarge(1024) }, { Connection: "close" });
    const code = (new URLSearchParams(body.bytes.toString("utf8")).get("code") ?? "").toUpperCase().replace(/[\s-]/g, "");
    if (code.length === 6 && sameToken(code, tokens.code)) {
      res.writeHead(303, { Location: `/j/${tokens.participant}`, "Content-Length": 0 });
      return void res.end();
    }
    recent.push(now);
    wrongCodes.set(address, recent);
    const page = pages.code(true);
    secure(res, page.csp);
    return sendText(res, 403, "text/html; charset=utf-8", page.html);
  }

  async function participantRoute(req: IncomingMessage, res: ServerResponse, rest: string | undefined): Promise<void> {
    if (rest === undefined) {
      if (req.method !== "GET" && req.method !== "HEAD") return wrongMethod(res, "GET");
      const page = pages.participant();
      secure(res, page.csp);
      return sendText(res, 200, "text/html; charset=utf-8", page.html);
    }
    if (rest !== "answers") return notFound(res);
    if (req.method !== "POST") return wrongMethod(res, "POST");
    if (workshop.closed) return sendJson(res, 409, { message: t.serve.api.closed }, { Connection: "close" });
    if (mediaType(req) !== "application/json") return sendJson(res, 415, { message: t.serve.api.mediaType }, { Connection: "close" });
    const body = await readBody(req, MAX_BODY);
    // Over the limit: say so and drop the connection rather than read the rest.
    if (!body.ok) return sendJson(res, body.tooLarge ? 413 : 400, { message: t.serve.api.tooLarge(MAX_BODY) }, { Connection: "close" });
    let data: unknown;
    try {
      data = JSON.parse(body.bytes.toString("utf8"));
    } catch {
      return sendJson(res, 400, { message: t.serve.api.badJson });
    }
    const reply = await workshop.submit(data);
    sendJson(res, reply.status, reply.body);
  }

  async function facilitatorRoute(req: IncomingMessage, res: ServerResponse, rest: string | undefined): Promise<void> {
    if (rest === undefined) {
      if (req.method !== "GET" && req.method !== "HEAD") return wrongMethod(res, "GET");
      const page = pages.facilitator();
      secure(res, page.csp);
      return sendText(res, 200, "text/html; charset=utf-8", page.html);
    }
    if (rest === "close") {
      if (req.method !== "POST") return wrongMethod(res, "POST");
      await workshop.close();
      return sendJson(res, 200, { closed: true });
    }
    if (req.method !== "GET" && req.method !== "HEAD") return wrongMethod(res, "GET");
    if (rest === "state") return sendJson(res, 200, workshop.state());
    if (rest === "events") return events(req, res);
    const download = DOWNLOADS[rest];
    if (!download) return notFound(res);
    const made = await workshop.download(download.format);
    if (!made.ok) return sendJson(res, 409, { message: made.message });
    const name = `${workshop.rubric.data.id}-workshop.${rest.split(".")[1]}`;
    return sendText(res, 200, download.type, made.text, { "Content-Disposition": `attachment; filename="${name}"` });
  }

  /** Server-sent events: the state now, then one event per change; a comment every 15 s keeps proxies from closing it. */
  function events(req: IncomingMessage, res: ServerResponse): void {
    res.writeHead(200, { "Content-Type": "text/event-stream; charset=utf-8", Connection: "keep-alive" });
    req.socket.setTimeout(0);
    const sendState = () => {
      try {
        res.write(`event: state\ndata: ${JSON.stringify(workshop.state())}\n\n`);
      } catch (err) {
        // A state that cannot be built is said once in the log; the stream and the server go on.
        s.log(t.serve.log.failed("GET", "/f/…/events", (err as Error).message));
      }
    };
    sendState();
    let timer: NodeJS.Timeout | undefined;
    // Many submissions in one moment make one event, at most ~5 a second.
    const off = workshop.onChange(() => {
      timer ??= setTimeout(() => {
        timer = undefined;
        sendState();
      }, 200);
    });
    const ping = setInterval(() => res.write(": ping\n\n"), 15_000);
    streams.add(res);
    const stop = () => {
      off();
      clearInterval(ping);
      if (timer) clearTimeout(timer);
      streams.delete(res);
    };
    res.on("close", stop);
  }

  const options = {
    headersTimeout: s.timeouts.headers,
    requestTimeout: s.timeouts.request,
    keepAliveTimeout: s.timeouts.keepAlive,
    // How often Node looks for connections over those timeouts (default 30 s).
    connectionsCheckingInterval: Math.min(1000, s.timeouts.headers),
  };
  const server = s.tls ? createHttps({ ...options, cert: s.tls.cert, key: s.tls.key }, handler) : createHttp(options, handler);
  server.keepAliveTimeout = s.timeouts.keepAlive;
  server.on("connection", (socket: Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  // A malformed request, or one too slow to arrive (slow loris): a bare reply, then the connection is closed.
  server.on("clientError", (err: NodeJS.ErrnoException, socket: Socket) => {
    const status = err.code === "ERR_HTTP_REQUEST_TIMEOUT" ? "408 Request Timeout" : "400 Bad Request";
    if (socket.writable) socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    socket.destroy();
  });
  const stopEvents = () => {
    for (const r of streams) r.end();
  };
  return { server, sockets, stopEvents };
}

/** A request path as a log may show it: the capability tokens replaced by "…". */
export function redact(path: string): string {
  return path.replace(/^\/(j|f)\/[^/?]*/, "/$1/…").replace(/\?.*$/, "");
}
