import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
// Without the background-networking flags Chromium keeps trying this machine's closed network.
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Runs headless Chromium with a fresh profile; a missing Chromium is a failure, not a skip (CI installs it). */
export function chromium(args: string[]): string {
  if (!existsSync(CHROMIUM))
    throw new Error(`headless Chromium is missing at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM to its path)`);
  const profile = mkdtempSync(join(tmpdir(), "gapcheck-chromium-"));
  try {
    return execFileSync(CHROMIUM, [...FLAGS, `--user-data-dir=${profile}`, ...args], {
      encoding: "utf8",
      timeout: 60_000,
      stdio: ["ignore", "pipe", "pipe"],
      maxBuffer: 64 * 1024 * 1024,
    });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/**
 * Loads a page with a probe script appended and returns what the script put into `<pre id="probe">`
 * as JSON: measurements of the rendered page, taken by the browser itself.
 */
export function probe<T>(html: string, script: string, dir: string, name: string, size: string): T {
  const page = join(dir, `${name}.html`);
  const wrapped =
    `<script>const probe = (() => { ${script} })(); const pre = document.createElement('pre');` +
    ` pre.id = 'probe'; pre.textContent = JSON.stringify(probe); document.body.appendChild(pre);` +
    `</script>`;
  writeFileSync(page, html.replace("</body>", `${wrapped}\n</body>`));
  const dom = chromium(["--dump-dom", `--window-size=${size}`, `file://${page}`]);
  const found = /<pre id="probe">([^<]*)<\/pre>/.exec(dom);
  if (!found) throw new Error(`no probe output in the dumped DOM:\n${dom.slice(0, 500)}`);
  return JSON.parse(
    found[1]!
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&"),
  ) as T;
}
