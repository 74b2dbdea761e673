import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Readable, Writable } from "node:stream";

const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
// Without the background-networking flags Chromium keeps trying this machine's closed network.
// One process for browser and pages (no zygote, no renderer or GPU process): about 1.5 CPU-seconds
// less per browser here, and the tests load only their own local files.
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--single-process",
  "--no-zygote",
];
/**
 * Printing to PDF in the single-process browser crashed Chromium 150 (SIGSEGV) in about one run of
 * two here; with its usual renderer process it did not. Printing tests get a browser of their own.
 */
const PRINT_FLAGS = FLAGS.filter((f) => f !== "--single-process" && f !== "--no-zygote");
/** A hang guard for every step (start, load, measure, screenshot), not a speed limit. */
const TIMEOUT_MS = 60_000;

/*
 * One headless Chromium per test worker, driven over the DevTools protocol on a pipe
 * (--remote-debugging-pipe: JSON messages ended by NUL on fds 3 and 4), so no WebSocket client and
 * no extra dependency. Starting Chromium costs about two CPU-seconds, a page in a running browser a
 * fraction of that, so the files a worker runs (vitest's isolate: false keeps this module between
 * them) share it. Every page is a new tab with the viewport set to the size asked for (a true 390 px,
 * where `--window-size` could not go below 500) and is closed after use. The browser ends with its
 * worker.
 */
interface Pending {
  resolve: (v: Record<string, unknown>) => void;
  reject: (e: Error) => void;
}

class Browser {
  private nextId = 1;
  private pending = new Map<number, Pending>();
  private waiters: Array<{ method: string; sessionId: string; resolve: () => void }> = [];
  private buffer = "";
  private exited: Error | undefined;

  get alive(): boolean {
    return this.exited === undefined;
  }

  constructor(private readonly child: ChildProcess) {
    const out = child.stdio[4] as Readable;
    out.setEncoding("utf8");
    out.on("data", (chunk: string) => {
      this.buffer += chunk;
      for (let end = this.buffer.indexOf("\0"); end >= 0; end = this.buffer.indexOf("\0")) {
        const message = JSON.parse(this.buffer.slice(0, end)) as {
          id?: number;
          result?: Record<string, unknown>;
          error?: { message: string };
          method?: string;
          sessionId?: string;
        };
        this.buffer = this.buffer.slice(end + 1);
        this.dispatch(message);
      }
    });
    child.on("exit", (code, signal) => {
      this.exited = new Error(`headless Chromium exited (${code ?? signal})`);
      for (const p of this.pending.values()) p.reject(this.exited);
      this.pending.clear();
    });
  }

  private dispatch(m: { id?: number; result?: Record<string, unknown>; error?: { message: string }; method?: string; sessionId?: string }) {
    if (m.id !== undefined) {
      const p = this.pending.get(m.id);
      this.pending.delete(m.id);
      if (m.error) p?.reject(new Error(`Chromium: ${m.error.message}`));
      else p?.resolve(m.result ?? {});
      return;
    }
    this.waiters = this.waiters.filter((w) => {
      if (w.method !== m.method || w.sessionId !== m.sessionId) return true;
      w.resolve();
      return false;
    });
  }

  send(method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<Record<string, unknown>> {
    if (this.exited) return Promise.reject(this.exited);
    const id = this.nextId++;
    const result = new Promise<Record<string, unknown>>((resolve, reject) => this.pending.set(id, { resolve, reject }));
    (this.child.stdio[3] as Writable).write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    return guard(result, method);
  }

  event(method: string, sessionId: string): Promise<void> {
    return guard(new Promise<void>((resolve) => this.waiters.push({ method, sessionId, resolve })), method);
  }

  /** Tabs that finished a page without an error, kept for the next page (see withPage). */
  private idle: Array<{ targetId: string; sessionId: string }> = [];

  /** A tab with its page events on: one left by an earlier page, or a new one. */
  private async tab(): Promise<{ targetId: string; sessionId: string }> {
    const kept = this.idle.pop();
    if (kept) return kept;
    const { targetId } = (await this.send("Target.createTarget", { url: "about:blank" })) as { targetId: string };
    try {
      const { sessionId } = (await this.send("Target.attachToTarget", { targetId, flatten: true })) as { sessionId: string };
      await this.send("Page.enable", {}, sessionId);
      // A phone's scrollbar lies over the page; a classic one would take 15 of the 390 px a page has.
      await this.send("Emulation.setScrollbarsHidden", { hidden: true }, sessionId);
      return { targetId, sessionId };
    } catch (e) {
      await this.send("Target.closeTarget", { targetId }).catch(() => undefined);
      throw e;
    }
  }

  /**
   * Loads `url` in a tab of the given size ("W,H") and runs `use` on it. A new tab costs about a
   * fifth of a CPU-second here (a renderer with a fresh V8 and Blink), more than loading a report,
   * so a tab whose page went well is kept and the next page is navigated to in it: a new document,
   * nothing of the last one left but its origin's storage, which every tab of the browser shares
   * anyway. The size is set and the media reset to the screen's for every page; a tab whose page failed is closed.
   */
  async withPage<T>(url: string, size: string, use: (session: string) => Promise<T>): Promise<T> {
    const [width, height] = size.split(",").map(Number) as [number, number];
    const tab = await this.tab();
    const { sessionId } = tab;
    let reusable = false;
    try {
      await this.send("Emulation.setDeviceMetricsOverride", { width, height, deviceScaleFactor: 1, mobile: false }, sessionId);
      // A page loads on screen (printPdf switches to print media after the load, as before).
      await this.send("Emulation.setEmulatedMedia", { media: "" }, sessionId);
      const loaded = this.event("Page.loadEventFired", sessionId);
      const nav = (await this.send("Page.navigate", { url }, sessionId)) as { errorText?: string };
      if (nav.errorText) throw new Error(`Chromium could not load ${url}: ${nav.errorText}`);
      await loaded;
      const value = await use(sessionId);
      reusable = true;
      return value;
    } finally {
      if (reusable) this.idle.push(tab);
      else await this.send("Target.closeTarget", { targetId: tab.targetId }).catch(() => undefined);
    }
  }
}

function guard<T>(p: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`headless Chromium: no answer to ${what} in ${TIMEOUT_MS / 1000} s`)), TIMEOUT_MS);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

/** A started browser, and the one it gave once it answered. */
interface Slot {
  browser?: Promise<Browser>;
  current?: Browser;
}
const screens: Slot = {};
const printer: Slot = {};

/** The worker's browser, started on first use; a missing Chromium is a failure, not a skip (CI installs it). */
function shared(slot: Slot = screens, flags: readonly string[] = FLAGS): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`headless Chromium is missing at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM to its path)`);
  // A browser that died (a crash in one file) is not handed to the next file: a new one is started.
  if (slot.current && !slot.current.alive) {
    slot.browser = undefined;
    slot.current = undefined;
  }
  // A start that failed is not kept either: the next file tries again.
  slot.browser ??= start(flags).then(
    (b) => (slot.current = b),
    (e: unknown) => {
      slot.browser = undefined;
      throw e;
    },
  );
  return slot.browser;
}

async function start(flags: readonly string[]): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), "gapcheck-chromium-"));
  // vitest ends a worker without an exit event, so nothing here can clean up after the browser.
  // Chromium quits when the pipe's other end (this worker) is gone; the shell then removes its profile
  // and exits as Chromium did, so a crash still shows as one.
  const command = `"$0" "$@"; status=$?; rm -rf -- "$GAPCHECK_CHROMIUM_PROFILE"; exit $status`;
  const args = [...flags, `--user-data-dir=${profile}`, "--remote-debugging-pipe", "about:blank"];
  const child = spawn("/bin/sh", ["-c", command, CHROMIUM, ...args], {
    env: { ...process.env, GAPCHECK_CHROMIUM_PROFILE: profile },
    stdio: ["ignore", "ignore", "ignore", "pipe", "pipe"],
  });
  const b = new Browser(child);
  try {
    await b.send("Browser.getVersion");
  } catch (e) {
    child.kill("SIGKILL"); // a browser that never answered is not left running
    throw e;
  }
  return b;
}

/**
 * Loads `url` in a tab of the given size ("W,H") and, after its load event, runs each script (the
 * body of a function that returns what it measured, a value JSON can carry) and returns their values
 * in order (a script may return a promise: its value is awaited); with `png`, then writes a PNG of
 * the viewport there (as `chromium --screenshot`). A page load costs more than all that is measured
 * on it, so every measurement of one document at one size and its screenshot share a load. The
 * scripts only read the page: the screenshot shows it as loaded.
 */
export async function inspect<T extends unknown[]>(url: string, size: string, scripts: readonly string[], png?: string): Promise<T> {
  try {
    return await inspectOnce<T>(url, size, scripts, png);
  } catch (e) {
    // The single-process browser segfaults now and then (exit 139, about one run of test/compare in
    // six here, with the old pages as with the new): a crash is the browser's, not the page's, so the
    // page is measured once more in a fresh browser. A second crash, or any other error, fails the test.
    if (screens.current?.alive !== false) throw e;
    return inspectOnce<T>(url, size, scripts, png);
  }
}

async function inspectOnce<T extends unknown[]>(url: string, size: string, scripts: readonly string[], png?: string): Promise<T> {
  const b = await shared();
  const { values, data } = await b.withPage(url, size, async (session) => {
    const values: unknown[] = [];
    for (const script of scripts) {
      const r = (await b.send(
        "Runtime.evaluate",
        { expression: `(() => { ${script} })()`, returnByValue: true, awaitPromise: true },
        session,
      )) as {
        result: { value?: unknown };
        exceptionDetails?: { text: string; exception?: { description?: string } };
      };
      const failure = r.exceptionDetails;
      if (failure) throw new Error(`a script on ${url} threw: ${failure.exception?.description ?? failure.text}\n${script}`);
      values.push(r.result.value);
    }
    if (png === undefined) return { values, data: undefined };
    const shot = (await b.send("Page.captureScreenshot", { format: "png" }, session)) as { data: string };
    return { values, data: shot.data };
  });
  if (png !== undefined && data !== undefined) writeFileSync(png, Buffer.from(data, "base64"));
  return values as T;
}

/** A tab a test drives step by step (the workshop pages): scripts that may await, reloads, screenshots. */
export interface Tab {
  /** Runs an expression in the page (a promise is awaited) and returns its value, as JSON carries it. */
  evaluate<T>(expression: string): Promise<T>;
  reload(): Promise<void>;
  screenshot(png: string): Promise<void>;
}

/** Opens `url` in a new tab of the given size ("W,H"), hands it to `use`, closes it after. */
export async function withTab<T>(url: string, size: string, use: (tab: Tab) => Promise<T>): Promise<T> {
  const b = await shared();
  return b.withPage(url, size, (session) =>
    use({
      async evaluate<V>(expression: string): Promise<V> {
        const r = (await b.send("Runtime.evaluate", { expression, returnByValue: true, awaitPromise: true }, session)) as {
          result: { value?: unknown };
          exceptionDetails?: { text: string; exception?: { description?: string } };
        };
        const failure = r.exceptionDetails;
        if (failure)
          throw new Error(`a script on ${url} threw: ${failure.exception?.description ?? failure.text}\n${expression.slice(0, 300)}`);
        return r.result.value as V;
      },
      async reload() {
        const loaded = b.event("Page.loadEventFired", session);
        await b.send("Page.reload", {}, session);
        await loaded;
      },
      async screenshot(png: string) {
        const shot = (await b.send("Page.captureScreenshot", { format: "png" }, session)) as { data: string };
        writeFileSync(png, Buffer.from(shot.data, "base64"));
      },
    }),
  );
}

/** What `printPdf` measured: the PDF, and the scripts' values under print media at the page's width. */
export interface Printed<T extends unknown[]> {
  pdf: Buffer;
  values: T;
}

/**
 * Prints `url` to PDF as a reader's "Save as PDF" on A4 does (8.27 × 11.69 in; the document's own
 * @page size and margins win when it sets them), backgrounds on. Before printing, each script runs
 * with print media emulated in a viewport as wide as A4's printable width at the document's margins
 * (`width` CSS px), so a test can also read the layout the printout has (a table wider than the
 * paper, a scroll box).
 */
export async function printPdf<T extends unknown[]>(url: string, width: number, scripts: readonly string[] = []): Promise<Printed<T>> {
  const b = await shared(printer, PRINT_FLAGS);
  return b.withPage(url, `${width},1100`, async (session) => {
    await b.send("Emulation.setEmulatedMedia", { media: "print" }, session);
    const values: unknown[] = [];
    for (const script of scripts) {
      const r = (await b.send(
        "Runtime.evaluate",
        { expression: `(() => { ${script} })()`, returnByValue: true, awaitPromise: true },
        session,
      )) as { result: { value?: unknown }; exceptionDetails?: { text: string; exception?: { description?: string } } };
      if (r.exceptionDetails)
        throw new Error(`a script on ${url} threw: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
      values.push(r.result.value);
    }
    const { data } = (await b.send(
      "Page.printToPDF",
      { paperWidth: 8.27, paperHeight: 11.69, preferCSSPageSize: true, printBackground: true },
      session,
    )) as { data: string };
    return { pdf: Buffer.from(data, "base64"), values: values as T };
  });
}
