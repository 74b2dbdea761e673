import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import fc from "fast-check";
import { parse as parseYamlLibrary, stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { loadAnswers } from "../../src/answers/load.js";
import type { Finding } from "../../src/findings.js";
import { messagesFor } from "../../src/i18n/messages.js";
import "../../src/i18n/all.js"; // every catalogue, for messagesFor("sv" | "nb")
import { decodeUtf8, type Source } from "../../src/io/read.js";
import type { Rubric } from "../../src/model/rubric.js";
import { checkRubricSource } from "../../src/rubric/load.js";
import { RULE_IDS } from "../../src/rule-docs.js";
import type { Result } from "../../src/scoring/result.js";
import { score, type Answer } from "../../src/scoring/score.js";
import { bin, expectNoStack, root } from "../helpers/exec.js";
import { run as runInProcess } from "../helpers/main.js";
import { bundledRubric, MINI_RUBRIC } from "../helpers/rubric-fixture.js";

/*
 * Fuzzing the loaders: valid rubrics and answers files, mutated (keys dropped, duplicated or
 * retyped, the file cut, random and invalid bytes inserted, lines swapped or re-indented, hostile
 * keys and ids put in), must never make gapcheck throw, locate a finding outside the file, use an
 * unknown rule id, pollute Object.prototype, or score NaN. A smaller set runs through the CLI
 * (main(argv, io) in-process), four of them also through the built binary.
 *
 * GAPCHECK_FUZZ_RUNS sets the number of inputs per property (default small, for every test run);
 * GAPCHECK_FUZZ_SEED the seed (default 424242); GAPCHECK_FUZZ_BINARY_CASES the files run through the
 * CLI (default 30). `npm run fuzz` (scripts/fuzz.mjs) runs 20,000 with a
 * random seed, printed so that a failure can be replayed: GAPCHECK_FUZZ_SEED=… npx vitest run test/rubric/fuzz.test.ts
 */

const RUNS = Number(process.env.GAPCHECK_FUZZ_RUNS ?? 120);
const SEED = Number(process.env.GAPCHECK_FUZZ_SEED ?? 424242);
const BINARY_CASES = Number(process.env.GAPCHECK_FUZZ_BINARY_CASES ?? 30);
/** A long run must not be cut off by vitest's default timeout. */
const TIMEOUT = Math.max(60_000, RUNS * 60);

const t = messagesFor("en");
const RULES = new Set<string>(RULE_IDS);
const text = (path: string) => readFileSync(join(root, path), "utf8");

// ------------------------------------------------------------------ seeds

/** The bundled rubric cut to two dimensions (one per group), without fixtures: valid and quick to parse. */
function smallBundledRubric(): string {
  const data = parseYamlLibrary(text("rubrics/marketing-leadership.yaml"));
  const keep = new Set(["ai-first", "human-centric"]);
  data.dimensions = data.dimensions.filter((d: { id: string }) => keep.has(d.id));
  const items = new Set<string>(data.dimensions.flatMap((d: { items: { id: string }[] }) => d.items.map((i) => i.id)));
  const only = (o: Record<string, unknown> | undefined, ids: Set<string>) =>
    o ? Object.fromEntries(Object.entries(o).filter(([k]) => ids.has(k))) : o;
  for (const p of data.profiles) {
    p.targets = only(p.targets, keep);
    if (p.itemTargets) p.itemTargets = only(p.itemTargets, items);
    if (p.weights) p.weights = only(p.weights, keep);
    if (p.exclude) p.exclude = p.exclude.filter((id: string) => items.has(id));
  }
  delete data.fixtures;
  delete data.history; // its renames point at items this cut leaves out
  return stringify(data, { lineWidth: 0 });
}

const RUBRIC_SEEDS: string[] = [text("templates/starter.yaml"), MINI_RUBRIC, smallBundledRubric()];
const exampleAnswers = text("examples/answers.yaml");
const ANSWERS_SEEDS: string[] = [
  exampleAnswers,
  `${JSON.stringify(parseYamlLibrary(exampleAnswers), null, 2)}\n`,
  "gapcheck: 1\nrubric: { id: marketing-leadership }" +
    "\nanswers: { ai-workflows: 2, ai-personalisation: { level: 1, note: x }, attribution: null }\n",
];

// ------------------------------------------------------------------ mutations

/** Values a mutation puts where a value was: every type, and the numbers and words that cause trouble. */
const VALUES = [
  '"2"',
  "2",
  "-1",
  "2.5",
  "0",
  "4",
  "99",
  "1e400",
  ".inf",
  "-.inf",
  ".nan",
  "9007199254740993",
  "0x10",
  "true",
  "null",
  "~",
  '""',
  "[]",
  "{}",
  "[1, 2]",
  "{ a: 1 }",
  "1e-300",
  "1e300",
  "0.0001",
  "-0",
  "5e-324",
  "{ level: 2 }",
  "{ level: 2, note: x }",
  "{ level: null }",
  "__proto__",
  "constructor",
  "!foo x",
  "!!binary aGk=",
  "&a x",
  "*a",
  "*nowhere",
  "|\n  block",
  ">-\n  folded",
  "'it''s'",
  '"\\u0000\\uD800"',
];
/** Lines a mutation inserts: forbidden and hostile keys, directives, document markers, anchors. */
const LINES = [
  "__proto__: { polluted: true }",
  "constructor: { polluted: true }",
  "prototype: { polluted: true }",
  "polluted: true",
  '"__proto__": 1',
  "<<: { polluted: true }",
  "  __proto__: { polluted: true }",
  "    - __proto__: 1",
  "---",
  "...",
  "%YAML 1.1",
  "%TAG ! tag:evil.example,2026:",
  "? [a]\n: b",
  "a: &a [x, *a]",
  "b: *b",
  "c: !!js/function 'x'",
  "# comment",
  "\t",
  "",
  "id: dup",
  "gapcheck: 1",
  "answers:",
  "  ai-workflows: 3",
  "- x",
  "{ a: 1 }",
];
/** Ids a rename turns an existing id into. */
const IDS = [
  "constructor",
  "prototype",
  "__proto__",
  "hasownproperty",
  "x",
  "0",
  "-bad",
  "Upper",
  "ai-workflows",
  "kpis",
  "a".repeat(300),
  "",
];
/** Byte sequences worth inserting besides random ones. */
const SPECIAL_BYTES = [
  [0xff],
  [0xc3],
  [0xed, 0xa0, 0x80],
  [0xc0, 0xaf],
  [0xf4, 0x90, 0x80, 0x80],
  [0x00],
  [0x1b, 0x5b, 0x32, 0x4a],
  [0x07],
  [0x7f],
  [0xef, 0xbb, 0xbf],
  [0x0d],
  [0x09],
  [0xe2, 0x80, 0xa8],
  [0xf0, 0x9f, 0x9a, 0x80],
  [0xc2, 0x85],
  [0x0a, 0x2d, 0x2d, 0x2d, 0x0a],
  [0x26, 0x61, 0x20],
  [0x2a, 0x61],
  [0x21, 0x74, 0x20],
  [0x7b],
  [0x5b],
  [0x22],
  [0x27],
  [0x7c],
  [0x3f, 0x20],
  [0x3c, 0x3c, 0x3a, 0x20],
].map((b) => Uint8Array.from(b));

type Mutation =
  | { kind: "drop-key"; at: number }
  | { kind: "duplicate-key"; at: number }
  | { kind: "retype"; at: number; value: number }
  | { kind: "cut"; at: number }
  | { kind: "insert-bytes"; at: number; bytes: Uint8Array }
  | { kind: "swap-lines"; a: number; b: number }
  | { kind: "indent"; at: number; delta: number }
  | { kind: "insert-line"; at: number; line: number }
  | { kind: "rename-id"; which: number; to: number };

const nat = fc.nat({ max: 1_000_000 });
const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("drop-key" as const), at: nat }),
  fc.record({ kind: fc.constant("duplicate-key" as const), at: nat }),
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("retype" as const), at: nat, value: fc.nat({ max: VALUES.length - 1 }) }) },
  fc.record({ kind: fc.constant("cut" as const), at: nat }),
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("insert-bytes" as const),
      at: nat,
      bytes: fc.oneof(fc.uint8Array({ minLength: 1, maxLength: 6 }), fc.constantFrom(...SPECIAL_BYTES)),
    }),
  },
  fc.record({ kind: fc.constant("swap-lines" as const), a: nat, b: nat }),
  fc.record({ kind: fc.constant("indent" as const), at: nat, delta: fc.integer({ min: -4, max: 5 }) }),
  fc.record({ kind: fc.constant("insert-line" as const), at: nat, line: fc.nat({ max: LINES.length - 1 }) }),
  fc.record({ kind: fc.constant("rename-id" as const), which: nat, to: fc.nat({ max: IDS.length - 1 }) }),
);

const KEY_LINE = /^(\s*(?:- )?)("[^"]*"|[A-Za-z0-9_-]+)(\s*:)(.*)$/;

/**
 * Applies mutations to the bytes of a file. The text is handled as latin1, one character per byte,
 * so that every byte (including invalid UTF-8) survives the line operations unchanged.
 */
function mutate(seed: string, mutations: readonly Mutation[]): Buffer {
  let s = Buffer.from(seed, "utf8").toString("latin1");
  for (const m of mutations) {
    const lines = s.split("\n");
    const keyLines = lines.flatMap((l, i) => (KEY_LINE.test(l) ? [i] : []));
    const pick = (n: number) => (keyLines.length ? keyLines[n % keyLines.length]! : undefined);
    const indentOf = (l: string) => l.length - l.trimStart().length;
    switch (m.kind) {
      case "drop-key": {
        const i = pick(m.at);
        if (i === undefined) break;
        let end = i + 1; // the key and its block: the lines below it that are indented deeper
        while (end < lines.length && (lines[end]!.trim() === "" || indentOf(lines[end]!) > indentOf(lines[i]!))) end++;
        lines.splice(i, end - i);
        s = lines.join("\n");
        break;
      }
      case "duplicate-key": {
        const i = pick(m.at);
        if (i !== undefined) lines.splice(i + 1, 0, lines[i]!);
        s = lines.join("\n");
        break;
      }
      case "retype": {
        const i = pick(m.at);
        if (i !== undefined) {
          const [, lead, key, colon] = KEY_LINE.exec(lines[i]!)!;
          const value = VALUES[m.value]!.replace(/\n/g, `\n${" ".repeat(indentOf(lines[i]!) + 2)}`);
          lines[i] = `${lead}${key}${colon} ${value}`;
        }
        s = lines.join("\n");
        break;
      }
      case "cut":
        s = s.slice(0, m.at % (s.length + 1));
        break;
      case "insert-bytes": {
        const at = m.at % (s.length + 1);
        s = s.slice(0, at) + Buffer.from(m.bytes).toString("latin1") + s.slice(at);
        break;
      }
      case "swap-lines": {
        const a = m.a % lines.length;
        const b = m.b % lines.length;
        [lines[a], lines[b]] = [lines[b]!, lines[a]!];
        s = lines.join("\n");
        break;
      }
      case "indent": {
        const i = m.at % lines.length;
        const l = lines[i]!;
        lines[i] = m.delta === 5 ? `\t${l}` : m.delta >= 0 ? " ".repeat(m.delta) + l : l.slice(Math.min(-m.delta, indentOf(l)));
        s = lines.join("\n");
        break;
      }
      case "insert-line":
        lines.splice(m.at % (lines.length + 1), 0, LINES[m.line]!);
        s = lines.join("\n");
        break;
      case "rename-id": {
        const ids = [...new Set([...s.matchAll(/\bid: ([a-z0-9][a-z0-9-]*)/g)].map((x) => x[1]!))];
        if (ids.length === 0) break;
        const from = ids[m.which % ids.length]!;
        s = s.replace(new RegExp(`(?<![A-Za-z0-9_-])${from}(?![A-Za-z0-9_-])`, "g"), IDS[m.to]!);
        break;
      }
    }
  }
  return Buffer.from(s, "latin1");
}

interface Input {
  /** Which seed file, and what was done to it: all a counterexample needs to show. */
  seed: number;
  mutations: Mutation[];
}
/** Only numbers changed, once or twice: the rubric mostly stays valid, so the scorer sees odd weights, scales and targets. */
const NUMBERS = VALUES.flatMap((v, i) => (/^-?[0-9.][0-9.e+-]*$/.test(v) ? [i] : []));
const numericInputArb = (seeds: readonly string[]): fc.Arbitrary<Input> =>
  fc.record({
    seed: fc.nat({ max: seeds.length - 1 }),
    mutations: fc.array(fc.record({ kind: fc.constant("retype" as const), at: nat, value: fc.constantFrom(...NUMBERS) }), {
      minLength: 1,
      maxLength: 3,
    }),
  });
const inputArb = (seeds: readonly string[]): fc.Arbitrary<Input> =>
  fc.record({ seed: fc.nat({ max: seeds.length - 1 }), mutations: fc.array(mutationArb, { minLength: 1, maxLength: 5 }) });
const bytesOf = (seeds: readonly string[], input: Input) => mutate(seeds[input.seed]!, input.mutations);

// ------------------------------------------------------------------ invariants

const prototypes = [Object.prototype, Array.prototype, Function.prototype, String.prototype, Number.prototype];
const protoKeys = prototypes.map((p) => Reflect.ownKeys(p).map(String).sort().join(","));

function expectCleanPrototypes() {
  prototypes.forEach((p, i) => {
    expect(Reflect.ownKeys(p).map(String).sort().join(","), "a built-in prototype gained or lost a key").toBe(protoKeys[i]);
  });
  const probe = {} as Record<string, unknown>;
  for (const k of ["polluted", "a", "level", "x", "id"]) expect(probe[k], `({}).${k}`).toBeUndefined();
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);
}

/** Every object in loaded data is a plain object or array: no key set a prototype. */
function expectPlainData(value: unknown, seen = new Set<unknown>()) {
  if (value === null || typeof value !== "object" || seen.has(value)) return;
  seen.add(value);
  const proto = Object.getPrototypeOf(value);
  expect([Object.prototype, Array.prototype, null], "loaded data holds only plain objects and arrays").toContain(proto);
  for (const v of Object.values(value)) expectPlainData(v, seen);
}

function expectGoodFindings(findings: readonly Finding[], name: string, textOf: string | undefined) {
  const lines = textOf?.split("\n");
  for (const f of findings) {
    const where = `${f.file}:${f.line}:${f.col} ${f.severity} ${f.rule} ${f.message}`;
    expect(f.file, where).toBe(name);
    expect(Number.isInteger(f.line) && f.line >= 1, `line >= 1: ${where}`).toBe(true);
    expect(Number.isInteger(f.col) && f.col >= 1, `col >= 1: ${where}`).toBe(true);
    expect(RULES.has(f.rule), `known rule id: ${where}`).toBe(true);
    expect(["error", "warning"]).toContain(f.severity);
    expect(typeof f.message === "string" && f.message.trim() !== "", `a message: ${where}`).toBe(true);
    expect(f.message, `one line: ${where}`).not.toMatch(/\n/);
    if (lines) {
      // Columns are checked in UTF-16 units here: r-emoji-column in test/rubric/hostile-input.test.ts
      // holds the character/code unit question.
      expect(f.line, `line within the file: ${where}`).toBeLessThanOrEqual(lines.length);
      expect(f.col, `column within the line: ${where}`).toBeLessThanOrEqual(lines[f.line - 1]!.length + 1);
    }
  }
}

/** Every number in a result is finite, indexes are 0–100, shares 0–1, and every item has a target. */
function expectSaneResult(result: Result) {
  const walk = (v: unknown, path: string) => {
    if (typeof v === "number") expect(Number.isFinite(v), `${path} is finite (${v})`).toBe(true);
    else if (typeof v === "function") throw new Error(`${path} is a function`);
    else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`);
  };
  walk(result, "result");
  const s = result.summary;
  for (const v of [s.maturityIndex, s.gapIndex]) if (v !== null) expect(v >= 0 && v <= 100, `index ${v} in 0..100`).toBe(true);
  expect(s.coverage >= 0 && s.coverage <= 1).toBe(true);
  for (const item of result.items) expect(typeof item.target, `item ${item.id} has a numeric target`).toBe("number");
  if (s.answered === s.items && s.items > 0) expect(s.gapIndex, "every item answered: a gap index").not.toBeNull();
  let last = 0;
  for (const p of result.priorities) {
    expect(p.cumulativeShare + 1e-9 >= last && p.cumulativeShare <= 1 + 1e-9, "cumulativeShare rises to at most 1").toBe(true);
    last = p.cumulativeShare;
  }
}

/** Deterministic answers for a rubric: a level or null for each item, from a number. */
function answersFor(rubric: Rubric, k: number): Map<string, Answer> {
  const { min, max } = rubric.data.scale;
  const answers = new Map<string, Answer>();
  rubric.items.forEach((ref, i) => {
    const r = (i * 7 + k) % (max - min + 3);
    answers.set(ref.item.id, { level: r > max - min ? null : min + r });
  });
  return answers;
}

/** Runs a check (sync or async); a failure names the input that caused it, so it can be replayed. */
function onInput(
  input: Parameters<typeof describeInput>[0],
  bytes: Parameters<typeof describeInput>[1],
  check: () => void | Promise<void>,
): void | Promise<void> {
  const named = (err: unknown): never => {
    throw new Error(`${(err as Error).message}\n${describeInput(input, bytes)}`, { cause: err });
  };
  try {
    const result = check();
    return result instanceof Promise ? result.catch(named) : result;
  } catch (err) {
    return named(err);
  }
}

function scoreAll(rubric: Rubric, k: number) {
  for (const profile of rubric.data.profiles) {
    expectSaneResult(
      score({ rubric, profile, answers: answersFor(rubric, k), pareto: 0.8, locale: rubric.defaultLocale, sha256: "0".repeat(64) }),
    );
  }
}

/** The in-process path of `gapcheck validate`: decode (a failure is a finding), then check. */
function checkRubricBytes(bytes: Buffer) {
  const name = "fuzz.yaml";
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    expect(decoded.line, "encoding failure line").toBeGreaterThanOrEqual(1);
    expect(decoded.col, "encoding failure col").toBeGreaterThanOrEqual(1);
    expect(decoded.badByte).toBe(bytes[bytes.indexOf(decoded.badByte)]);
    return undefined;
  }
  const source: Source = { name, bytes, text: decoded.text };
  const loaded = checkRubricSource(source, t);
  expectGoodFindings(loaded.findings, name, decoded.text);
  if (loaded.rubric) expectPlainData(loaded.rubric.data);
  return loaded;
}

/** The rubric the answers are checked against, read as the CLI reads it (from its compiled entry). */
const bundled = await bundledRubric();

/** A failing input as a person reads it: the mutations, then the text (bad bytes as U+FFFD), cut short. */
function describeInput(input: Input, bytes: Buffer): string {
  const mutations = JSON.stringify(input.mutations.map((m) => ("bytes" in m ? { ...m, bytes: [...m.bytes] } : m)));
  const text = new TextDecoder("utf-8").decode(bytes);
  return (
    `seed file ${input.seed}, mutations ${mutations}\n--- input (${bytes.length} bytes) ` +
    `---\n${text.length > 6000 ? `${text.slice(0, 6000)}\n[…]` : text}`
  );
}

// ------------------------------------------------------------------ properties

describe(`fuzzing the loaders in-process (${RUNS} runs per property, seed ${SEED})`, () => {
  it("the seeds are valid, so that mutations start from real files", async () => {
    for (const seed of RUBRIC_SEEDS) {
      const loaded = checkRubricBytes(Buffer.from(seed));
      expect(loaded?.findings.filter((f) => f.severity === "error").map((f) => f.message)).toEqual([]);
    }
    for (const seed of ANSWERS_SEEDS) expect((await loadAnswers("-", bundled, t, Readable.from([Buffer.from(seed)]))).findings).toEqual([]);
  });

  // One property for both checks of mutated rubrics: they drew the same inputs (the same arbitrary
  // and seed; fast-check gives each run its own random stream, so the extra k changes none), and the
  // second parsed each input again only to score the ones that still validate.
  it(
    "mutated rubrics: no exception, every finding located and known, prototypes untouched; " +
      "those that still validate score without NaN, infinity or a missing target",
    () => {
      fc.assert(
        fc.property(inputArb(RUBRIC_SEEDS), fc.nat({ max: 100 }), (input, k) => {
          const bytes = bytesOf(RUBRIC_SEEDS, input);
          onInput(input, bytes, () => {
            const loaded = checkRubricBytes(bytes);
            if (loaded?.rubric && !loaded.findings.some((f) => f.severity === "error")) scoreAll(loaded.rubric, k);
            expectCleanPrototypes();
          });
        }),
        { seed: SEED, numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    "rubrics with odd numbers (weights, efforts, scale, targets) that still validate score sanely",
    () => {
      let valid = 0;
      fc.assert(
        fc.property(numericInputArb(RUBRIC_SEEDS), fc.nat({ max: 100 }), (input, k) => {
          const bytes = bytesOf(RUBRIC_SEEDS, input);
          const loaded = checkRubricSource({ name: "fuzz.yaml", bytes, text: bytes.toString("utf8") }, t);
          expectGoodFindings(loaded.findings, "fuzz.yaml", bytes.toString("utf8"));
          const rubric = loaded.rubric;
          if (!rubric || loaded.findings.some((f) => f.severity === "error")) return;
          valid++;
          onInput(input, bytes, () => scoreAll(rubric, k));
        }),
        { seed: SEED, numRuns: RUNS },
      );
      expect(valid, "some mutated rubrics still validate").toBeGreaterThan(0);
    },
    TIMEOUT,
  );

  it(
    "mutated answers files: no exception, every finding located and known, loaded answers in the scale, prototypes untouched",
    async () => {
      await fc.assert(
        fc.asyncProperty(inputArb(ANSWERS_SEEDS), async (input) => {
          const bytes = bytesOf(ANSWERS_SEEDS, input);
          await onInput(input, bytes, async () => {
            const loaded = await loadAnswers("-", bundled, t, Readable.from([bytes]));
            const decoded = decodeUtf8(bytes);
            expectGoodFindings(loaded.findings, "<stdin>", decoded.ok ? decoded.text : undefined);
            if (loaded.answers) {
              expect(loaded.findings.filter((f) => f.severity === "error")).toEqual([]);
              expectPlainData(loaded.file);
              const { min, max } = bundled.data.scale;
              for (const [id, a] of loaded.answers) {
                expect(bundled.itemById.has(id), `answer for a known item: ${id}`).toBe(true);
                if (typeof a.level === "number")
                  expect(Number.isInteger(a.level) && a.level >= min && a.level <= max, `level of ${id}: ${a.level}`).toBe(true);
                if (a.note !== undefined) expect(typeof a.note).toBe("string");
              }
              const profile = bundled.profileById.get(loaded.file?.profile ?? bundled.defaultProfileId)!;
              expectSaneResult(
                score({ rubric: bundled, profile, answers: loaded.answers, pareto: 0.8, locale: "en", sha256: "0".repeat(64) }),
              );
            } else {
              expect(
                loaded.findings.some((f) => f.severity === "error"),
                "refused answers come with an error",
              ).toBe(true);
            }
            expectCleanPrototypes();
          });
        }),
        { seed: SEED, numRuns: RUNS },
      );
    },
    TIMEOUT,
  );
});

// ------------------------------------------------------------------ the binary

interface Spawned {
  stdout: string;
  stderr: string;
  status: number | null;
  signal: NodeJS.Signals | null;
  ms: number;
}

function run(args: string[]): Promise<Spawned> {
  return new Promise((resolve) => {
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1", LANG: "C.UTF-8" };
    for (const k of ["FORCE_COLOR", "LC_ALL", "LC_MESSAGES", "GAPCHECK_DEBUG"]) delete env[k];
    const started = performance.now();
    const child = spawn(process.execPath, [bin, ...args], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), 30_000); // a hang, not a slow machine
    child.on("close", (status, signal) => {
      clearTimeout(timer);
      resolve({ stdout, stderr, status, signal, ms: performance.now() - started });
    });
  });
}

async function pool<T, R>(items: readonly T[], size: number, f: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: size }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await f(items[i]!, i);
      }
    }),
  );
  return out;
}

const LOCATED = /^(.+?):(\d+):(\d+) (error|warning) ([a-z0-9-]+) \S/;

describe(`fuzzing the binary (${BINARY_CASES} files, seed ${SEED})`, () => {
  it("exits 0, 1 or 2, locates what it refuses, and prints no stack trace", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gapcheck-fuzz-"));
    const half = Math.ceil(BINARY_CASES / 2);
    const rubrics = fc.sample(inputArb(RUBRIC_SEEDS), { seed: SEED, numRuns: half });
    const answers = fc.sample(inputArb(ANSWERS_SEEDS), { seed: SEED + 1, numRuns: BINARY_CASES - half });
    const cases = [
      ...rubrics.map((input, i) => ({
        input,
        bytes: bytesOf(RUBRIC_SEEDS, input),
        file: join(dir, `rubric-${i}.yaml`),
        args: (f: string) => ["validate", f],
        failExit: 1,
      })),
      ...answers.map((input, i) => ({
        input,
        bytes: bytesOf(ANSWERS_SEEDS, input),
        file: join(dir, `answers-${i}.yaml`),
        args: (f: string) => ["assess", "--answers", f, "--json"],
        failExit: 2,
      })),
    ];
    for (const c of cases) writeFileSync(c.file, c.bytes);
    // Every case in-process (main(argv, io), as the binary would run it); two rubrics and two
    // answers files also through the built binary, which must exit and print the same.
    const runs: Spawned[] = [];
    for (const c of cases) {
      const started = performance.now();
      runs.push({ ...(await runInProcess(c.args(c.file))), signal: null, ms: performance.now() - started });
    }
    const picks = [0, 1, half, half + 1].filter((i) => i < cases.length);
    const spawned = await pool(picks, 2, (i) => run(cases[i]!.args(cases[i]!.file)));
    spawned.forEach((r, k) => {
      const i = picks[k]!;
      const c = cases[i]!;
      expect(
        { status: r.status, stdout: r.stdout, stderr: r.stderr },
        `${c.args(c.file).join(" ")}: the binary prints what main() prints`,
      ).toEqual({
        status: runs[i]!.status,
        stdout: runs[i]!.stdout,
        stderr: runs[i]!.stderr,
      });
    });
    const problems: string[] = [];
    runs.forEach((r, i) => {
      const c = cases[i]!;
      const what =
        `${c.args(c.file).join(" ")} → exit ${r.status} ${r.signal ?? ""} (${Math.round(r.ms)} ` +
        `ms)\n${r.stdout.slice(0, 500)}${r.stderr.slice(0, 1500)}\n${describeInput(c.input, c.bytes)}`;
      try {
        expect(r.signal, "not killed").toBeNull();
        expect([0, 1, 2]).toContain(r.status);
        expectNoStack({ stdout: r.stdout, stderr: r.stderr, status: r.status });
        expect(r.stderr, "no internal error").not.toMatch(/internal error/i);
        const lines = `${c.args(c.file)[0] === "validate" ? r.stdout : ""}${r.stderr}`.split("\n").filter((l) => l !== "");
        for (const l of lines.filter((l) => LOCATED.test(l))) {
          const m = LOCATED.exec(l)!;
          expect(m[1], l).toBe(c.file);
          expect(RULES.has(m[5]!), `known rule: ${l}`).toBe(true);
        }
        if (r.status !== 0) {
          expect(r.status, "a file that is refused gives the command's problem exit code").toBe(c.failExit);
          expect(
            lines.some((l) => LOCATED.test(l) && / error /.test(l)),
            "a located error line",
          ).toBe(true);
        } else if (c.failExit === 2) {
          expect(JSON.parse(r.stdout)).toMatchObject({ gapcheck: 1, kind: "result" });
        }
      } catch (err) {
        problems.push(`${(err as Error).message}\n${what}`);
      }
    });
    expect(problems, problems.join("\n\n========\n\n")).toEqual([]);
  }, 120_000);
});
