// The workshop under load (docs/performance.md), run by `npm run bench` (or alone: node scripts/bench-serve.mjs).
// The built `gapcheck serve` in its own process on loopback; 200 participants, each starting at a
// random moment within one minute (BENCH_SERVE_WINDOW_MS), load the participant page and send every
// item with a level and a note; one in five then changes its answers with its receipt. Measured:
// every submission acknowledged and its file on disk with the levels sent; the latency of each
// POST (p50, p99, max); how long after each acknowledgement the facilitator's event stream showed
// it; the server's peak RSS (read by a preloaded hook as it exits after Ctrl-C).
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

const root = fileURLToPath(new URL("../", import.meta.url));
const PARTICIPANTS = Number(process.env.BENCH_SERVE_PARTICIPANTS ?? 200);
const WINDOW_MS = Number(process.env.BENCH_SERVE_WINDOW_MS ?? 60_000);
const dir = mkdtempSync(join(tmpdir(), "gapcheck-bench-serve-"));
const rssFile = join(dir, "rss.txt");
const hook = join(dir, "rss.cjs");
writeFileSync(
  hook,
  `process.on("exit", () => require("fs").writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)));\n`,
);

const rubric = parse(readFileSync(join(root, "rubrics/marketing-leadership.yaml"), "utf8"));
const items = rubric.dimensions.flatMap((d) => d.items.map((i) => i.id));

const child = spawn(
  process.execPath,
  [
    "--require",
    hook,
    join(root, "bin/gapcheck.js"),
    "serve",
    join(dir, "ws"),
    "--host",
    "127.0.0.1",
    "--json",
    "--groups",
    "marketing,sales",
  ],
  { env: { ...process.env, NO_COLOR: "1", LANG: "C.UTF-8", XDG_CACHE_HOME: dir }, stdio: ["ignore", "pipe", "ignore"] },
);
const exited = new Promise((resolve) => child.on("exit", resolve));
const links = JSON.parse(await new Promise((resolve) => createInterface({ input: child.stdout }).once("line", resolve)));
const { port } = new URL(links.participant);
const participantPath = new URL(links.participant).pathname;

/** One HTTP request on a new connection, as each phone would make it. */
function http(method, path, body) {
  return new Promise((resolve, reject) => {
    const headers = body === undefined ? {} : { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(body) };
    const req = request({ host: "127.0.0.1", port, path, method, headers, agent: false }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (c) => {
        text += c;
      });
      res.on("end", () => resolve({ status: res.statusCode, text }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

// The facilitator's live view: the time each event arrived and the count it showed.
const events = [];
await new Promise((resolve) => {
  request({ host: "127.0.0.1", port, path: `${new URL(links.facilitator).pathname}/events`, agent: false }, (res) => {
    let buffer = "";
    res.setEncoding("utf8");
    res.on("data", (chunk) => {
      buffer += chunk;
      for (let end = buffer.indexOf("\n\n"); end >= 0; end = buffer.indexOf("\n\n")) {
        const data = buffer
          .slice(0, end)
          .split("\n")
          .find((l) => l.startsWith("data: "));
        buffer = buffer.slice(end + 2);
        if (data) events.push({ at: performance.now(), participants: JSON.parse(data.slice(6)).participants });
      }
    });
    resolve();
  }).end();
});

const latencies = [];
const acks = []; // first submissions: when acknowledged
const expected = new Map(); // receipt → the first item's level last acknowledged
let failures = 0;
let random = 42;
const next = () => {
  random = (random * 1103515245 + 12345) % 2147483648;
  return random / 2147483648;
};

async function participant(i) {
  await new Promise((r) => setTimeout(r, next() * WINDOW_MS));
  const page = await http("GET", participantPath);
  if (page.status !== 200) failures++;
  const answers = Object.fromEntries(items.map((id, k) => [id, { level: (i + k) % 5, note: `note ${i} ${k}` }]));
  const group = i % 2 === 0 ? "marketing" : "sales";
  const send = async (body) => {
    const start = performance.now();
    const r = await http("POST", `${participantPath}/answers`, JSON.stringify(body));
    latencies.push(performance.now() - start);
    return r;
  };
  const first = await send({ answers, group });
  if (first.status !== 201) {
    failures++;
    return;
  }
  acks.push(performance.now());
  const { receipt } = JSON.parse(first.text);
  expected.set(receipt, i % 5);
  if (i % 5 === 0) {
    answers[items[0]] = 4 - (i % 5);
    const again = await send({ answers, group, receipt });
    if (again.status !== 200) failures++;
    else expected.set(receipt, 4 - (i % 5));
  }
}

const started = performance.now();
await Promise.all(Array.from({ length: PARTICIPANTS }, (_, i) => participant(i)));
const took = performance.now() - started;
await new Promise((r) => setTimeout(r, 1500)); // the last events

// The live view: the k-th acknowledgement is shown by the first event counting k or more.
acks.sort((a, b) => a - b);
const lags = acks.map((at, k) => {
  const shown = events.find((e) => e.participants >= k + 1 && e.at >= at - 0.5);
  return shown ? shown.at - at : Number.POSITIVE_INFINITY;
});

child.kill("SIGINT");
const code = await exited;

// The files on disk: one per participant, each with the level last acknowledged.
const files = readdirSync(join(dir, "ws")).filter((f) => f.startsWith("answers-"));
const onDisk = files.map((f) => parse(readFileSync(join(dir, "ws", f), "utf8")).answers[items[0]]);
const wanted = [...expected.values()].sort();
const levelsOnDisk = onDisk.map((a) => (typeof a === "object" ? a.level : a)).sort();
const intact = files.length === PARTICIPANTS && JSON.stringify(levelsOnDisk) === JSON.stringify(wanted);

const sorted = [...latencies].sort((a, b) => a - b);
const pct = (p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const maxLag = Math.max(...lags);
const rss = Number(readFileSync(rssFile, "utf8")) / 1024;
const row = (what, value, target, pass) =>
  console.log(`${what.padEnd(64)} ${value.padEnd(35)} ${target.padEnd(8)} ${pass ? "PASS" : "FAIL"}`);
console.log(
  `\ngapcheck serve under load: ${PARTICIPANTS} participants within ${WINDOW_MS / 1000} s on loopback ` +
    `(took ${(took / 1000).toFixed(1)} s)\n`,
);
row(
  "serve: submissions acknowledged, files on disk with the levels sent",
  `${acks.length}/${PARTICIPANTS} acked, ${files.length} files, ${failures} failed`,
  "all",
  acks.length === PARTICIPANTS && failures === 0 && intact,
);
row(
  `serve: POST latency p50 / p99 / max (${latencies.length} requests)`,
  `${pct(50).toFixed(1)} / ${pct(99).toFixed(1)} / ${sorted.at(-1).toFixed(1)} ms`,
  "<= 100ms",
  pct(99) <= 100,
);
row(
  "serve: live view updated after an acknowledgement (max)",
  `${maxLag.toFixed(0)} ms (${events.length} events)`,
  "<= 1 s",
  maxLag <= 1000,
);
row("serve: peak RSS of the server", `${rss.toFixed(0)} MB`, "<= 150MB", rss <= 150);
row("serve: Ctrl-C exit code", String(code), "130", code === 130);
