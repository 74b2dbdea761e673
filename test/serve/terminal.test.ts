import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { describe, expect, it } from "vitest";
import { serveCommand, terminalQr } from "../../src/commands/serve.js";
import "../../src/i18n/all.js";
import { bin } from "../helpers/exec.js";
import { fakeIo } from "../helpers/io.js";
import { run } from "../helpers/main.js";

/** jsQR (a QR decoder) is CommonJS whose typings say `export default`; require gives the function itself. */
const jsQR = createRequire(import.meta.url)("jsqr") as typeof import("jsqr").default;

/*
 * `gapcheck serve` on the command line (docs/workshop.md): the --json line, what the terminal shows (links,
 * code, a QR code that decodes, the live count, the plain-HTTP warning, the offline form), Ctrl-C.
 */

/**
 * Decodes a QR code printed with half blocks: each character is two modules, top and bottom; a
 * block is light (the code is drawn for a dark terminal). Rendered 4 pixels a module for jsQR.
 */
function decodeTerminalQr(text: string): string | undefined {
  const rows = text.split("\n").filter((l) => /[█▀▄]/.test(l));
  const width = Math.max(...rows.map((r) => [...r].length));
  const modules: boolean[][] = []; // true = light
  for (const row of rows) {
    const chars = [...row.padEnd(width, " ")];
    modules.push(chars.map((c) => c === "█" || c === "▀"));
    modules.push(chars.map((c) => c === "█" || c === "▄"));
  }
  const scale = 4;
  const margin = 4; // a light border around it, as a screen around the terminal would be
  const w = (width + 2 * margin) * scale;
  const h = (modules.length + 2 * margin) * scale;
  const pixels = new Uint8ClampedArray(w * h * 4).fill(255);
  for (const [y, line] of modules.entries())
    for (const [x, light] of line.entries()) {
      if (light) continue;
      for (let dy = 0; dy < scale; dy++)
        for (let dx = 0; dx < scale; dx++) {
          const i = (((y + margin) * scale + dy) * w + (x + margin) * scale + dx) * 4;
          pixels[i] = pixels[i + 1] = pixels[i + 2] = 0;
        }
    }
  return jsQR(pixels, w, h, { inversionAttempts: "dontInvert" })?.data;
}

async function waitFor(check: () => boolean): Promise<void> {
  for (let i = 0; i < 400 && !check(); i++) await new Promise((r) => setTimeout(r, 25));
  expect(check()).toBe(true);
}

describe("gapcheck serve in the terminal", () => {
  it("prints a QR code that a decoder reads as the participant link", () => {
    const url = "http://192.168.1.20:41234/j/AbCdEfGhIjKlMnOpQrStUv";
    expect(decodeTerminalQr(terminalQr(url, false))).toBe(url);
    expect(decodeTerminalQr(terminalQr("http://x/j/a", false))).not.toBe(url);
  });

  it("--json: one JSON line on stdout, the rest on stderr; the live count; Ctrl-C ends with 130 and every answer on disk", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gapcheck-serve-cli-"));
    const io = fakeIo(dir);
    let stop: () => void = () => undefined;
    const until = new Promise<void>((resolve) => {
      stop = resolve;
    });
    const done = serveCommand({ folder: "ws", host: "127.0.0.1", groups: ["marketing", "sales"], json: true, io, until, lang: "en" });
    await waitFor(() => io.out().includes("\n") && io.err().includes("Answers: 0"));
    const links = JSON.parse(io.out().split("\n")[0]!);
    expect(Object.keys(links)).toEqual(["participant", "facilitator", "code", "folder"]);
    expect(links.folder).toBe(join(dir, "ws"));
    const err = io.err();
    expect(err).toContain(links.participant);
    expect(err).toContain(links.facilitator);
    expect(err).toContain(links.code);
    expect(err).toMatch(/plain HTTP\. Others on the same network can read answers/);
    expect(err).toContain("gapcheck template -f form");
    expect(decodeTerminalQr(err)).toBe(links.participant);

    for (const group of ["marketing", "sales"]) {
      const res = await fetch(`${links.participant}/answers`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ answers: { "ai-workflows": 2 }, group }),
      });
      expect(res.status).toBe(201);
    }
    await waitFor(() => io.err().includes("Answers: 2 (marketing 1, sales 1)"));
    stop();
    expect(await done).toBe(130);
    expect(io.out().trim().split("\n")).toHaveLength(1);
    expect(io.err()).toMatch(/Workshop stopped: 2 answers saved in .*ws/);
    expect(readdirSync(join(dir, "ws")).filter((f) => f.startsWith("answers-"))).toHaveLength(2);
  });

  it("speaks Swedish with --lang sv", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gapcheck-serve-cli-"));
    const io = fakeIo(dir);
    const done = serveCommand({ folder: "ws", host: "127.0.0.1", json: false, io, until: Promise.resolve(), lang: "sv" });
    expect(await done).toBe(130);
    expect(io.out()).toContain("Varning: det här är vanlig HTTP.");
    expect(io.out()).toContain("Svar: 0");
  });

  it("refuses --min-group under 3 and a port out of range (exit 2, one line)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gapcheck-serve-cli-"));
    const small = await run(["serve", join(dir, "a"), "--min-group", "2", "--host", "127.0.0.1"]);
    expect(small.status).toBe(2);
    expect(small.stderr).toMatch(/--min-group.*at least 3/);
    const port = await run(["serve", join(dir, "b"), "--port", "70000", "--host", "127.0.0.1"]);
    expect(port.status).toBe(2);
    expect(port.stderr).toMatch(/70000.*0 to 65535/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("the binary: Ctrl-C (SIGINT) exits 130 with every acknowledged answer on disk", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gapcheck-serve-cli-"));
    const child = spawn(process.execPath, [bin, "serve", "ws", "--host", "127.0.0.1", "--json"], {
      cwd: dir,
      env: { ...process.env, NO_COLOR: "1", LANG: "C.UTF-8" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr!.on("data", (d) => {
      stderr += d;
    });
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    const first = await new Promise<string>((resolve) => createInterface({ input: child.stdout! }).once("line", resolve));
    const links = JSON.parse(first);
    for (let i = 0; i < 3; i++) {
      const res = await fetch(`${links.participant}/answers`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ answers: { "ai-workflows": i } }),
      });
      expect(res.status).toBe(201);
    }
    child.kill("SIGINT");
    expect(await exited).toBe(130);
    expect(stderr).toMatch(/Workshop stopped: 3 answers/);
    expect(stderr).not.toMatch(/at .*\.js:\d+/); // no stack trace
    expect(readdirSync(join(dir, "ws")).filter((f) => f.startsWith("answers-"))).toHaveLength(3);
  });
});
