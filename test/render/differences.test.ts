import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Comparison } from "../../src/compare/schema.js";
import type { Result } from "../../src/scoring/result.js";
import { root } from "../helpers/exec.js";
import { run } from "../helpers/main.js";
import { tempDir } from "../helpers/rubric-fixture.js";

/*
 * Issue 24.20, docs/reports.md#pages-to-trust "Numbers that add up": a change printed beside two values is the difference of
 * the two values as printed; a change between percentages is in percentage points; dates out of order
 * never print a negative duration. JSON keeps the exact numbers. Every expectation is computed by hand
 * in the comment beside it.
 */

const dir = tempDir();
let before: string;
let after: string;

beforeAll(async () => {
  const save = async (answers: string, name: string, edit: (r: Result) => void) => {
    const r = await run(["assess", "-a", join(root, answers), "--lang", "en", "--json"]);
    expect(r.status).toBe(0);
    const result = JSON.parse(r.stdout) as Result;
    edit(result);
    const file = join(dir, name);
    writeFileSync(file, JSON.stringify(result));
    return file;
  };
  const item = (r: Result, id: string) => r.items.find((i) => i.id === id)!;
  const dimension = (r: Result, id: string) => r.dimensions.find((d) => d.id === id)!;
  // Gap index 30.24 → 16.77 as scored (dated 2026-11-22 and 2026-12-22): 30.2 → 16.8 shown, −13.4 (the
  // exact −13.47 would say −13.5); maturity 32.12 as scored before. The rest is set so that
  // rounding each side differs from rounding the exact change:
  before = await save("examples/answers.yaml", "before.json", (r) => {
    r.summary.coverage = 0.976; // 98 %
    dimension(r, "ai-first").gap = 0.574; // 57 %
    Object.assign(item(r, "ai-workflows"), { answer: 2.24, gap: 0.1 }); // 2.2
  });
  after = await save("examples/day30.yaml", "after.json", (r) => {
    r.summary.maturityIndex = 46.96; // 32.12 → 46.96: 32.1 → 47.0 shown, +14.9 (the exact +14.84 would say +14.8)
    r.summary.coverage = 0.994; // 99 %: +1 pp shown (the exact +1.8 would say +2)
    dimension(r, "ai-first").gap = 0.356; // 36 %: −21 pp shown (the exact −21.8 would say −22)
    Object.assign(item(r, "ai-workflows"), { answer: 1.16, gap: 0.3 }); // 1.2: −1.0 shown (the exact −1.08 would say −1.1)
  });
  expect(JSON.parse(readFileSync(before, "utf8")).summary.gapIndex).toBe(30.24);
  expect(JSON.parse(readFileSync(after, "utf8")).summary.gapIndex).toBe(16.77);
});

const compare = (...args: string[]) => run(["compare", ...args], { env: { COLUMNS: "100" } });

describe("a shown difference is the difference of the shown values (24.20)", () => {
  it("table: 30.2 → 16.8 (−13.4), 32.1 → 47.0 (+14.9), 57 % → 36 % −21 pp, 2.2 → 1.2 (−1.0)", async () => {
    const r = await compare(before, after);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Gap index 30.2 → 16.8 (−13.4) in 30 days;");
    expect(r.stdout).toContain("Maturity index 32.1 → 47.0 (+14.9)");
    expect(r.stdout).toMatch(/57 % → 36 % +│ −21 pp ▼/);
    expect(r.stdout).toMatch(/AI workflows 2\.2 → 1\.2 \(−1\.0, /);
    expect(r.stdout).not.toMatch(/−13\.5|\+14\.8|−22 |−1\.1/);
  });

  it("markdown: the summary table's changes, coverage in percentage points", async () => {
    const r = await compare(before, after, "-f", "markdown");
    expect(r.stdout).toContain("| Gap index | 30.2 | 16.8 | −13.4 |");
    expect(r.stdout).toContain("| Maturity index | 32.1 | 47.0 | +14.9 |");
    expect(r.stdout).toContain("| Answered | 98 % | 99 % | +1 pp |");
    expect(r.stdout).toMatch(/\| 57 % → 36 % \| −21 pp ▼/);
    expect(r.stdout).toMatch(/\| AI workflows \| 2\.2 \| 1\.2 \| −1\.0 \|/);
  });

  it("html: the KPI cards and the dimension table", async () => {
    const r = await compare(before, after, "-f", "html");
    const deltas = [...r.stdout.matchAll(/<p class="kpi-delta [a-z]+">([^<]*)<\/p>/g)].map((m) => m[1]);
    expect(deltas).toEqual(["−13.4", "+14.9", "+1 pp"]);
    expect(r.stdout).toContain(
      '<span class="nw">57 % →</span> <strong class="nw">36 %</strong></td>' +
        '<td class="num delta better"><span class="nw">−21</span> <span class="nw">pp</span></td>',
    );
    expect(r.stdout).toContain("(−1.0,");
  });

  it("Swedish and Norwegian: procentenheter (p.e.) and prosentpoeng (%-poeng), decimal commas", async () => {
    const sv = await compare(before, after, "--lang", "sv", "-f", "markdown");
    expect(sv.stdout).toContain("Gapindex 30,2 → 16,8 (−13,4) på 30 dagar;");
    expect(sv.stdout).toContain("| Besvarade | 98 % | 99 % | +1 p.e. |");
    expect(sv.stdout).toMatch(/\| 57 % → 36 % \| −21 p\.e\. ▼/);
    const nb = await compare(before, after, "--lang", "nb", "-f", "markdown");
    expect(nb.stdout).toContain("Gapindeks 30,2 → 16,8 (−13,4) på 30 dager;");
    expect(nb.stdout).toContain("| Besvart | 98 % | 99 % | +1 %-poeng |");
    expect(nb.stdout).toMatch(/\| 57 % → 36 % \| −21 %-poeng ▼/);
  });

  it("JSON keeps the exact numbers", async () => {
    const json = JSON.parse((await compare(before, after, "--json")).stdout) as Comparison;
    expect(json.summary.gapIndex.delta).toBe(-13.47); // 16.77 − 30.24
    expect(json.summary.maturityIndex.delta).toBe(14.84); // 46.96 − 32.12
    expect(json.summary.coverage.delta).toBe(0.018); // 0.994 − 0.976
    expect(json.regressions.find((x) => x.item === "ai-workflows")!.delta).toBe(-1.08); // 1.16 − 2.24
  });
});

describe("dates out of order never print a negative duration (24.20)", () => {
  for (const [lang, says] of [
    ["en", "Gap index 16.8 → 30.2 (+13.4), the latest dated 30 days before the baseline;"],
    ["sv", "Gapindex 16,8 → 30,2 (+13,4), det senaste daterat 30 dagar före utgångsläget;"],
    ["nb", "Gapindeks 16,8 → 30,2 (+13,4), det siste datert 30 dager før utgangspunktet;"],
  ] as const) {
    it(`${lang}: the headline says how the dates stand, and stderr which came first`, async () => {
      for (const format of ["table", "markdown", "html"]) {
        const r = await compare(after, before, "--lang", lang, "-f", format);
        expect(r.status).toBe(0);
        expect(r.stdout).toContain(says);
        // The words a reader sees (an SVG's coordinates may well be negative).
        expect(r.stdout.replace(/<[^>]*>/g, " ")).not.toMatch(/[-−]30/);
        expect(r.stderr).toContain("before.json");
      }
    });
  }
});
