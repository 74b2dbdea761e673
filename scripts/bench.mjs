// `npm run bench`: start-up and scale of gapcheck, measured side by side in one run on this machine,
// printed as ratios against a baseline so a slow or noisy machine does not change the verdict much.
// Not part of `npm test`. Each line: min and median of RUNS runs (after one warm-up) and PASS/FAIL.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseYaml, stringify } from "yaml";
import { NODE_LINES, nodeFor } from "./node-lines.mjs";

const root = fileURLToPath(new URL("../", import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const node = process.execPath;
const bin = join(root, "bin/gapcheck.js");
const ajv = join(root, "node_modules/.bin/ajv");
const dir = mkdtempSync(join(tmpdir(), "gapcheck-bench-"));
// The compiled-rubric cache of the runs below lives in the bench's own folder, never in ~/.cache.
const env = { ...process.env, NO_COLOR: "1", LANG: "C.UTF-8", XDG_CACHE_HOME: dir };
delete env.GAPCHECK_CACHE;

execFileSync(node, [join(root, "scripts/build.mjs")], { stdio: "inherit" });

/** Wall time of one run in ms; the command must succeed (exit 0 or 1), and its output is discarded. */
function time(cmd, args) {
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { cwd: root, env, stdio: ["ignore", "ignore", "pipe"], maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${cmd} ${args.join(" ")} exited ${r.status}: ${r.stderr}`);
  return ms;
}

function measure(cmd, args) {
  time(cmd, args);
  const runs = Array.from({ length: RUNS }, () => time(cmd, args)).sort((a, b) => a - b);
  return { min: runs[0], median: runs[Math.floor(runs.length / 2)] };
}

/** Peak resident memory in MB, read by a preloaded hook as the process exits. */
function peakRss(args) {
  const out = join(dir, "rss.txt");
  const hook = join(dir, "rss.cjs");
  writeFileSync(
    hook,
    `process.on("exit", () => require("fs").writeFileSync(${JSON.stringify(out)}, String(process.resourceUsage().maxRSS)));\n`,
  );
  spawnSync(node, ["--require", hook, bin, ...args], { cwd: root, env, stdio: "ignore", maxBuffer: 1 << 30 });
  return Number(readFileSync(out, "utf8")) / 1024;
}

/** A generated rubric of n items (10 per dimension) and answers for all of them. */
function generate(n) {
  const dims = Math.ceil(n / 10);
  const levels = { 0: "0", 1: "1", 2: "2", 3: "3", 4: "4" };
  const rubric = {
    gapcheck: 1,
    id: "generated",
    version: "1.0.0",
    title: "Generated",
    locales: ["en"],
    scale: { min: 0, max: 4, levels },
    groups: [{ id: "g", title: "G" }],
    dimensions: Array.from({ length: dims }, (_, d) => ({
      id: `d${d}`,
      group: "g",
      title: `Dimension ${d}`,
      items: Array.from({ length: Math.min(10, n - d * 10) }, (_, i) => ({
        id: `d${d}-i${i}`,
        text: `Question ${d}.${i}?`,
        levels: { 0: "none", 4: "all" },
        effort: 1 + ((d + i) % 5),
        weight: 1 + (i % 3),
        action: `Do ${d}.${i}`,
      })),
    })),
    profiles: [{ id: "p", title: "P", targets: Object.fromEntries(Array.from({ length: dims }, (_, d) => [`d${d}`, 1 + (d % 4)])) }],
  };
  const answers = { gapcheck: 1, rubric: { id: "generated" }, answers: {} };
  rubric.dimensions.forEach((d, k) => {
    d.items.forEach((it, i) => {
      answers.answers[it.id] = (k * 7 + i) % 6 === 5 ? null : (k + i) % 5;
    });
  });
  const r = join(dir, `rubric-${n}.yaml`);
  const a = join(dir, `answers-${n}.yaml`);
  writeFileSync(r, stringify(rubric));
  writeFileSync(a, stringify(answers));
  return { r, a };
}

const ms = (v) => `${v.toFixed(0)} ms`;

/** The rows measured so far, with the load average: other work on the machine moves the figures. */
function printRows() {
  const load = loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");
  console.log(
    `\ngapcheck bench: ${RUNS} runs each, min / median (Node ${process.version} runs the scale rows, ` +
      `${new Date().toISOString().slice(0, 10)}, load average ${load})\n`,
  );
  console.log(`${"what".padEnd(72)} ${"this".padEnd(17)} ${"baseline".padEnd(17)} ratio   target   verdict`);
  for (const r of rows) {
    console.log(
      `${r.what.padEnd(72)} ${`${ms(r.a.min)} / ${ms(r.a.median)}`.padEnd(17)} ${`${ms(r.b.min)} / ${ms(r.b.median)}`.padEnd(17)} ` +
        `${`${r.ratio.toFixed(2)}x`.padEnd(7)} ${r.target.padEnd(8)} ${r.pass === undefined ? "info" : r.pass ? "PASS" : "FAIL"}`,
    );
  }
}

const rows = [];
const line = (what, a, b, target, pass) => rows.push({ what, a, b, ratio: a.median / b.median, target, pass });

const info = (what, a, b) => rows.push({ what, a, b, ratio: a.median / b.median, target: "-", pass: undefined });

// An edited copy of the bundled rubric, and the yaml package's own parseDocument of a file in a fresh
// process: the baseline of validating a rubric that nothing has seen before.
const edited = join(dir, "edited.yaml");
writeFileSync(edited, `${readFileSync(join(root, "rubrics/marketing-leadership.yaml"), "utf8")}# edited\n`);
const parseDoc = join(dir, "parse-document.mjs");
writeFileSync(
  parseDoc,
  `import { parseDocument } from ${JSON.stringify(join(root, "node_modules/yaml/dist/index.js"))};` +
    ` import { readFileSync } from "node:fs";\nparseDocument(readFileSync(process.argv[2], "utf8"));` +
    `\n`,
);

/*
 * The floor under the warm `assess` row: a process that does nothing but load the yaml package
 * (bundled as gapcheck bundles it, with Node's compile cache as bin/gapcheck.js turns it on), parse
 * the example answers file and print it as JSON. Whatever gapcheck does besides (commander, the
 * rubric, scoring, the report) comes on top of it, so its ratio to `node -e 0` says how much of the
 * 1.8x is left for gapcheck on that Node line (docs/performance.md#measured).
 */
const floorSource = join(dir, "floor-source.mjs");
writeFileSync(
  floorSource,
  `import { parseDocument } from "yaml"; import { readFileSync, writeSync } from "node:fs";\n` +
    `writeSync(1, JSON.stringify(parseDocument(readFileSync(process.argv[2], "utf8")).toJS(), null, 2));\n`,
);
const floorBundle = join(dir, "floor-bundle.mjs");
const { build: esbuild } = await import("esbuild");
await esbuild({
  entryPoints: [floorSource],
  outfile: floorBundle,
  bundle: true,
  format: "esm",
  platform: "node",
  logLevel: "warning",
  alias: { yaml: join(root, "node_modules/yaml/browser/index.js") },
});
const floor = join(dir, "floor.mjs");
writeFileSync(floor, `import module from "node:module";\nmodule.enableCompileCache?.();\nawait import(${JSON.stringify(floorBundle)});\n`);

/**
 * The start-up rows of docs/performance.md for one Node binary, each against that Node's own `node -e 0` (or its
 * own parseDocument): they must hold on every supported line (docs/performance.md). Returns the warm
 * `validate` for the comparison with ajv below.
 */
function startupRows(node, tag) {
  const base = measure(node, ["-e", "0"]);
  const version = measure(node, [bin, "--version"]);
  line(`${tag}gapcheck --version vs node -e 0`, version, base, "<= 1.3x", version.median / base.median <= 1.3);

  // The bundled rubric is compiled into the package at build time: every run is warm. Cold is the
  // same command with --no-cache (the YAML parsed, validated and the fixtures run every time).
  const assessArgs = ["assess", "--answers", "examples/answers.yaml", "--json"];
  const assess = measure(node, [bin, ...assessArgs]);
  line(`${tag}assess --answers EXAMPLE --json vs node -e 0 (warm)`, assess, base, "<= 1.8x", assess.median / base.median <= 1.8);
  const floorRun = measure(node, [floor, "examples/answers.yaml"]);
  info(`${tag}(info) floor: yaml alone parsing EXAMPLE to JSON vs node -e 0`, floorRun, base);
  // docs/performance.md sets no target for the cold start of the bundled rubric (the build compiles it): information.
  const assessCold = measure(node, [bin, ...assessArgs, "--no-cache"]);
  info(`${tag}(info) assess --answers EXAMPLE --json vs node -e 0 (cold)`, assessCold, base);
  const table = measure(node, [bin, "assess", "--answers", "examples/answers.yaml", "-f", "table"]);
  line(`${tag}the same with -f table vs with --json (warm)`, table, assess, "<= 1.1x", table.median / assess.median <= 1.1);

  const validate = measure(node, [bin, "validate"]);
  line(
    `${tag}validate of the unchanged bundled rubric vs node -e 0 (warm)`,
    validate,
    base,
    "<= 1.8x",
    validate.median / base.median <= 1.8,
  );
  const validateCold = measure(node, [bin, "validate", "--no-cache"]);
  info(`${tag}(info) validate of the bundled rubric vs node -e 0 (cold, --no-cache)`, validateCold, base);

  // An edited copy: nothing cached (--no-cache, so every run is the first) vs parseDocument of the
  // same file; and warm (the second run of an edited copy).
  const parseDocRun = measure(node, [parseDoc, edited]);
  const validateEdited = measure(node, [bin, "validate", edited, "--no-cache"]);
  line(
    `${tag}validate of an edited copy (cold) vs yaml parseDocument`,
    validateEdited,
    parseDocRun,
    "<= 1.15x",
    validateEdited.median / parseDocRun.median <= 1.15,
  );
  const validateEditedWarm = measure(node, [bin, "validate", edited]);
  line(
    `${tag}validate of an edited copy, second run (warm) vs node -e 0`,
    validateEditedWarm,
    base,
    "<= 1.8x",
    validateEditedWarm.median / base.median <= 1.8,
  );
  return validate;
}

// Every supported Node line (scripts/node-lines.mjs fetches the others from the registry);
// BENCH_LINES=20,24 picks some. The scale rows below run on this Node only.
const lines = (process.env.BENCH_LINES ?? NODE_LINES.join(",")).split(",");
let validate;
for (const nodeLine of lines) {
  const nodeBin = nodeFor(nodeLine);
  const warm = startupRows(nodeBin, `[Node ${nodeLine}] `);
  if (nodeBin === node) validate = warm;
}
validate ??= measure(node, [bin, "validate"]);
// BENCH_ONLY=startup: the start-up rows alone (a minute or two instead of many).
if (process.env.BENCH_ONLY === "startup") {
  printRows();
  process.exit(0);
}

const ajvRun = measure(ajv, [
  "validate",
  "--spec=draft2020",
  "--strict=false",
  "-s",
  "schema/rubric.schema.json",
  "-d",
  "rubrics/marketing-leadership.yaml",
]);
line("validate (warm) vs ajv validate (same rubric)", validate, ajvRun, "< 1.0x", validate.median / ajvRun.median < 1.0);

const small = generate(1000);
const big = generate(10000);
const yamlOnly = join(dir, "parse.mjs");
writeFileSync(
  yamlOnly,
  `import { parse } from ${JSON.stringify(join(root, "node_modules/yaml/dist/index.js"))};` +
    ` import { readFileSync } from "node:fs";\nfor (const f of process.argv.slice(2)) ` +
    `parse(readFileSync(f, "utf8"));\n`,
);
const parse10k = measure(node, [yamlOnly, big.r, big.a]);
const big10kCold = measure(node, [bin, "assess", "--rubric", big.r, "--answers", big.a, "--json", "--no-cache"]);
line(
  "10,000 items: assess --json vs yaml-parsing both (cold)",
  big10kCold,
  parse10k,
  "<= 1.5x",
  big10kCold.median / parse10k.median <= 1.5,
);
const big10k = measure(node, [bin, "assess", "--rubric", big.r, "--answers", big.a, "--json"]);
line("10,000 items: assess --json vs yaml-parsing both (warm)", big10k, parse10k, "<= 1.5x", big10k.median / parse10k.median <= 1.5);
const small1k = measure(node, [bin, "assess", "--rubric", small.r, "--answers", small.a, "--json"]);
info("(info) growth from 1,000 to 10,000 items (warm)", big10k, small1k);
const rss = Math.max(
  peakRss(["assess", "--rubric", big.r, "--answers", big.a, "--json", "--no-cache"]),
  peakRss(["assess", "--rubric", big.r, "--answers", big.a, "--json"]),
);

// aggregate (docs/team.md and docs/performance.md): 10,000 answers files vs reading and yaml-parsing them in one process;
// growth 1k → 10k; a 10,000-row survey CSV; peak RSS of both.
function team(n) {
  const rubric = parseYaml(readFileSync(join(root, "rubrics/marketing-leadership.yaml"), "utf8"));
  const ids = rubric.dimensions.flatMap((d) => d.items.map((i) => i.id));
  const folder = join(dir, `team-${n}`);
  mkdirSync(folder, { recursive: true });
  const rows = [["Timestamp", "Group", ...ids].join(",")];
  for (let k = 0; k < n; k++) {
    const levels = ids.map((_, i) => ((k * 7 + i * 3) % 11 === 0 ? null : (k * 3 + i * (k % 7)) % 5));
    const answers = Object.fromEntries(ids.map((id, i) => [id, levels[i]]));
    const group = ["marketing", "sales", "it"][k % 3];
    writeFileSync(
      join(folder, `r${String(k).padStart(5, "0")}.yaml`),
      stringify({
        gapcheck: 1,
        // The bundled rubric's own id and current version: answers of an older version would each go
        // through the history (rename) path and print a notice, which is not what this line measures.
        rubric: { id: rubric.id, version: rubric.version },
        respondent: { group },
        date: `respondent-${k}`,
        answers,
      }),
    );
    rows.push([`2026-11-16 ${k}`, group, ...levels.map((l) => (l === null ? "" : String(l)))].join(","));
  }
  const csv = join(dir, `team-${n}.csv`);
  writeFileSync(csv, `${rows.join("\n")}\n`);
  return { folder, csv };
}
const team1k = team(1000);
const team10k = team(10000);
const parseFolder = join(dir, "parse-folder.mjs");
writeFileSync(
  parseFolder,
  `import { parse } from ${JSON.stringify(join(root, "node_modules/yaml/dist/index.js"))};` +
    ` import { readFileSync, readdirSync } from "node:fs"; import { join } from "node:path";` +
    `\nconst d = process.argv[2]; for (const f of readdirSync(d).sort()) parse(readFileSync(join(d, ` +
    `f), "utf8"));\n`,
);
const agg10k = measure(node, [bin, "aggregate", team10k.folder, "--by", "group", "--json"]);
const read10k = measure(node, [parseFolder, team10k.folder]);
line("aggregate 10,000 answers files vs read + yaml.parse them", agg10k, read10k, "<= 1.5x", agg10k.median / read10k.median <= 1.5);
const agg1k = measure(node, [bin, "aggregate", team1k.folder, "--by", "group", "--json"]);
line("aggregate growth from 1,000 to 10,000 files (time)", agg10k, agg1k, "<= 11x", agg10k.median / agg1k.median <= 11);
const aggCsv = measure(node, [bin, "aggregate", team10k.csv, "--by", "group", "--json"]);
rows.push({
  what: "aggregate of a 10,000-row survey CSV (absolute, vs 2 s)",
  a: aggCsv,
  b: { min: 2000, median: 2000 },
  ratio: aggCsv.median / 2000,
  target: "<= 2 s",
  pass: aggCsv.median <= 2000,
});
const aggRss = Math.max(
  peakRss(["aggregate", team10k.folder, "--by", "group", "--json"]),
  peakRss(["aggregate", team10k.csv, "--by", "group", "--json"]),
);

// Survey intake (docs/collecting-answers.md): a 10,000-row Microsoft Forms .xlsx (label cells, real date cells) in
// ≤ 4 s and ≤ 200 MB; a CSV export just under the 64 MiB limit, read row by row, in bounded memory.
const { default: writeExcelFile } = await import("write-excel-file/node");
async function formsXlsx(n) {
  const rubric = parseYaml(readFileSync(join(root, "rubrics/marketing-leadership.yaml"), "utf8"));
  const items = rubric.dimensions.flatMap((d) => d.items);
  const labels = [0, 1, 2, 3, 4].map((l) => `${l} · ${rubric.scale.levels[l].en}`);
  const date = (k) => ({ value: new Date(Date.UTC(2026, 10, 16, 9, k % 600)), format: "m/d/yy h:mm:ss" });
  const data = [["ID", "Start time", "Completion time", "Email", "Name", "Group", ...items.map((i) => i.text.en)]];
  for (let k = 0; k < n; k++) {
    const cells = items.map((_, i) => ((k * 7 + i * 3) % 11 === 0 ? "" : labels[(k * 3 + i * (k % 7)) % 5]));
    data.push([k + 1, date(k), date(k + 5), `person${k}@example.com`, `Person ${k}`, ["marketing", "sales", "it"][k % 3], ...cells]);
  }
  const file = join(dir, `forms-${n}.xlsx`);
  await writeExcelFile(data).toFile(file);
  return file;
}
const xlsx10k = await formsXlsx(10000);
const aggXlsx = measure(node, [bin, "aggregate", xlsx10k, "--by", "group", "--json"]);
rows.push({
  what: "aggregate of a 10,000-row .xlsx export (absolute, vs 4 s)",
  a: aggXlsx,
  b: { min: 4000, median: 4000 },
  ratio: aggXlsx.median / 4000,
  target: "<= 4 s",
  pass: aggXlsx.median <= 4000,
});
const xlsxRss = peakRss(["aggregate", xlsx10k, "--by", "group", "--json"]);
// Just under 64 MiB: the 10,000-row CSV with label cells, repeated.
const [csvHeader, ...csvRows] = readFileSync(team10k.csv, "utf8").trimEnd().split("\n");
const labelled = csvRows.map((r) =>
  r
    .split(",")
    .map((c, i) => (i >= 2 && c !== "" ? `${c} · ${["Absent", "Ad hoc", "Defined", "Established", "Leading"][Number(c)]}` : c))
    .join(","),
);
const bigCsv = join(dir, "survey-64mib.csv");
{
  const limit = 64 * 1024 * 1024;
  const parts = [`${csvHeader}\n`];
  let size = parts[0].length;
  for (let k = 0; ; k++) {
    const line = `${labelled[k % labelled.length]}\n`;
    if (size + Buffer.byteLength(line) > limit) break;
    parts.push(line);
    size += Buffer.byteLength(line);
  }
  writeFileSync(bigCsv, parts.join(""));
}
const bigCsvBytes = readFileSync(bigCsv).length;
const bigCsvTime = time(node, [bin, "aggregate", bigCsv, "--by", "group", "--json"]);
const bigCsvRss = peakRss(["aggregate", bigCsv, "--by", "group", "--json"]);

printRows();
console.log(
  `${"peak RSS at 10,000 items (cold or warm)".padEnd(72)} ${`${rss.toFixed(0)} MB`.padEnd(17)} ${"".padEnd(17)} ` +
    `${"".padEnd(7)} ${"<= 200MB".padEnd(8)} ${rss <= 200 ? "PASS" : "FAIL"}`,
);
console.log(
  `${"peak RSS of aggregate (10,000 files or CSV rows)".padEnd(72)} ${`${aggRss.toFixed(0)} MB`.padEnd(17)} ${"".padEnd(17)} ` +
    `${"".padEnd(7)} ${"<= 150MB".padEnd(8)} ${aggRss <= 150 ? "PASS" : "FAIL"}`,
);
console.log(
  `${"peak RSS of aggregate of the 10,000-row .xlsx".padEnd(72)} ${`${xlsxRss.toFixed(0)} MB`.padEnd(17)} ${"".padEnd(17)} ` +
    `${"".padEnd(7)} ${"<= 200MB".padEnd(8)} ${xlsxRss <= 200 ? "PASS" : "FAIL"}`,
);
console.log(
  `${`aggregate of a ${(bigCsvBytes / 1024 / 1024).toFixed(1)} MiB survey CSV (the 64 MiB limit): time, peak RSS`.padEnd(72)} ` +
    `${`${ms(bigCsvTime)}, ${bigCsvRss.toFixed(0)} MB`.padEnd(17)} ${"".padEnd(17)} ${"".padEnd(7)} ${"<= 150MB".padEnd(8)} ` +
    `${bigCsvRss <= 150 ? "PASS" : "FAIL"}`,
);

// The workshop under load (docs/performance.md): a script of its own, which also runs alone.
spawnSync(node, [join(root, "scripts/bench-serve.mjs")], { cwd: root, env, stdio: "inherit" });
