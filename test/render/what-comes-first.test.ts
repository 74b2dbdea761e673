import { Chalk } from "chalk";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli.js";
import { messagesFor } from "../../src/i18n/messages.js";
import "../../src/i18n/all.js"; // every catalogue, for messagesFor("sv" | "nb")
import { RENDERERS } from "../../src/render/result/index.js";
import { ResultSchema, type Result } from "../../src/scoring/result.js";
import { root } from "../helpers/exec.js";
import { fakeIo } from "../helpers/io.js";
import { tempDir } from "../helpers/rubric-fixture.js";

/*
 * docs/reports.md#what-comes-first in every human format: risks first, the honest headline, the focus in full,
 * the rest one line each, the plan, points (never raw impact), not applicable listed apart.
 */
const options = { color: new Chalk({ level: 0 }), width: 80 };
const EXAMPLE = join(root, "examples/answers.yaml");

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = fakeIo(root);
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
}
const resultOf = async (...args: string[]): Promise<Result> =>
  ResultSchema.parse(JSON.parse((await run(["assess", "-a", EXAMPLE, "--json", ...args])).out));

/** The example with journey-teams not applicable and data-protection unanswered (a floor item: "find out now"). */
async function variant(): Promise<Result> {
  const dir = tempDir();
  const file = join(dir, "a.yaml");
  const text = (await import("node:fs"))
    .readFileSync(EXAMPLE, "utf8")
    .replace("journey-teams: 1", "journey-teams: na")
    .replace("data-protection: 3", "data-protection: null");
  writeFileSync(file, text);
  return ResultSchema.parse(JSON.parse((await run(["assess", "-a", file, "--json"])).out));
}

describe("the terminal table (80 columns)", () => {
  for (const lang of ["en", "sv", "nb"] as const) {
    it(`shows risks, the headline, the focus with actions, the rest, the plan, in ${lang}`, async () => {
      const t = messagesFor(lang);
      const r = await run(["assess", "-a", EXAMPLE, "--lang", lang]);
      expect(r.code).toBe(0);
      const lines = r.out.split("\n");
      for (const line of lines) expect([...line].length, line).toBeLessThanOrEqual(80);
      // Wrapped, never truncated, and within one long screen: 82 lines in English, 87 in Swedish, 85 in
      // Norwegian (two legal risks, the focus, thirteen more, the plan, dimensions, gap patterns, the axis;
      // a number is never cut from its word, nor a plan entry from its rank: issue 24.23).
      expect(lines.length).toBeLessThanOrEqual(87);
      const flat = r.out.replace(/\n\s*/g, " ");
      const at = (s: string) => {
        const i = flat.indexOf(s);
        expect(i, s).toBeGreaterThanOrEqual(0);
        return i;
      };
      const order = [
        at(t.priorities.risks),
        at(t.priorities.riskBelow("1", "2")),
        at(t.priorities.spread(18, 36, "80 %", 5, "35 %").replace(/ /g, " ")),
        at(t.priorities.focusHeading(5)),
        at(t.priorities.pointsLegend),
        at(t.priorities.rest(13)),
        at(t.priorities.plan),
        at(t.priorities.first30),
        at(t.priorities.next90),
        at(t.priorities.notNow),
      ];
      expect([...order].sort((a, b) => a - b)).toEqual(order);
      // Five in full: levels, effort and points on the title line, then the action.
      // The first: AI workflows, weight 3 × 1.5, 1 → 3: 2.25 of Σw 87.75 = 2.56 points.
      const p = lang === "en" ? "2.6 p" : "2,6 p";
      expect(lines.filter((l) => /^ \d\. .* \d → \d · \S+ \d · \d[.,]\d p$/.test(l))).toHaveLength(5);
      expect(lines.find((l) => l.startsWith(" 1. "))).toMatch(new RegExp(`1 → 3 · ${t.priorities.effortValue(3)} · ${p}$`));
      expect(lines[lines.findIndex((l) => l.startsWith(" 1. ")) + 1]).toMatch(/^ {4}→ /);
      // The other thirteen two to a row (a long title wraps within its column): ranks 6–12 on the
      // left, 13–18 on the right.
      const block = lines.slice(lines.indexOf(t.priorities.rest(13)) + 1, lines.indexOf(t.priorities.plan) - 1);
      const left = block.map((l) => /^(?: \d|\d\d)\. /.exec(l)?.[0].trim()).filter(Boolean);
      const right = block.map((l) => /^\d\d\. /.exec(l.slice(41))?.[0].trim()).filter(Boolean);
      expect(left).toEqual(["6.", "7.", "8.", "9.", "10.", "11.", "12."]);
      expect(right).toEqual(["13.", "14.", "15.", "16.", "17.", "18."]);
      expect(r.out).not.toContain(t.report.impact);
    });
  }

  it("--focus 3 shows three in full and eighteen in the rest", async () => {
    const t = messagesFor("en");
    const r = await run(["assess", "-a", EXAMPLE, "--focus", "3"]);
    // The three largest: 2.25 + 2.25 + 1.6875 = 6.1875 of 26.53125 = 23 %.
    expect(r.out.replace(/\n\s*/g, " ")).toContain(t.priorities.spread(18, 36, "80 %", 3, "23 %"));
    expect(r.out).toContain(t.priorities.rest(15));
  });

  it("--focus outside 1..50 or not a whole number is a usage error naming the flag", async () => {
    for (const bad of ["0", "51", "2.5", "x"]) {
      const r = await run(["assess", "-a", EXAMPLE, "--focus", bad]);
      expect(r.code, bad).toBe(2);
      expect(r.err).toContain(`"${bad}" is not a whole number from 1 to 50`);
    }
  });

  it("marks an unanswered floor item 'find out now' and lists not-applicable items apart", async () => {
    const result = await variant();
    const t = messagesFor("en");
    expect(result.risks.map((x) => [x.item, x.answer])).toEqual([
      ["ai-transparency", 1],
      ["ai-governance", 1],
      ["data-protection", null],
    ]);
    expect(result.summary.notApplicable).toBe(1); // journey-teams; the marketing manager excludes nothing
    const out = RENDERERS.table(result, options);
    expect(out).toContain(`Data protection: ${t.priorities.findOutNow}`);
    expect(out.replace(/\n\s*/g, " ")).toContain(`${t.priorities.notApplicableList}: Cross-functional teams`);
    expect(out).toContain("Answered 54 of 56 · 1 not applicable");
  });

  it("below 80 columns the rest is one column, each line with its levels and points", async () => {
    const out = RENDERERS.table(await resultOf(), { ...options, width: 60 });
    const lines = out.split("\n");
    for (const line of lines) expect([...line].length, line).toBeLessThanOrEqual(60);
    const rest = lines.slice(lines.indexOf("The rest of the 80/20 list (13)") + 1, lines.indexOf("Plan") - 1);
    expect(rest).toHaveLength(13);
    // content-revenue: 3 × (3 − 1)/4 = 1.5 of 87.75 = 1.71 points; budget-pacing: 1 × 1.5 × (3 − 2)/4 = 0.375 → 0.43.
    expect(rest[0]).toMatch(/^ 6\. Content-driven sales +1 → 3 +1\.7 p$/);
    expect(rest[12]).toMatch(/^18\. Budget follow-up +2 → 3 +0\.4 p$/);
  });

  it("says 'N of M gaps hold X %' when the gap is concentrated", async () => {
    const result = await resultOf();
    const concentrated: Result = { ...result, summary: { ...result.summary, pareto: { ...result.summary.pareto, concentrated: true } } };
    expect(RENDERERS.table(concentrated, options)).toContain("18 of 36 gaps hold 80 % of the weighted gap.");
  });
});

describe("markdown, csv, html and json", () => {
  // In the variant the answered weight is 87.75 − 0.75 (journey-teams, 1 × 0.75) − 1.5 (data-protection) =
  // 85.5, so AI workflows and attribution (weight 4.5, gap 2/4) hold 100 · 2.25 / 85.5 = 2.63 points each;
  // the marketing plan (3 × 0.75, gap 2/4) 100 · 1.125 / 85.5 = 1.32.
  it("markdown: risks before the priorities, focus in full, the rest as a table, the plan, not applicable apart", async () => {
    const md = RENDERERS.markdown(await variant(), options);
    const t = messagesFor("en");
    const order = [
      `## ⚠ ${t.priorities.risks}`,
      `## ${t.table.priorities}`,
      `### ${t.priorities.focusHeading(5)}`,
      `### ${t.priorities.rest(13)}`,
      `## ${t.priorities.plan}`,
      `### ${t.priorities.first30}`,
      `### ${t.priorities.notNow}`,
      `## ${t.priorities.notApplicableList}`,
    ].map((s) => md.indexOf(s));
    expect(order.every((p, i) => p >= 0 && (i === 0 || p > order[i - 1]!))).toBe(true);
    expect(md).toContain("**Data protection**: not answered: find out now.");
    expect(md).toContain("1. **AI workflows** (1 → 3, effort 3): closing this lowers the gap index by 2.6 points.");
    expect(md).toContain("| 10 | Measurable marketing plan | 2 → 4 | 1.3 | 3 |");
    expect(md).toContain("| Cross-functional teams | Not applicable | 2 | – | – |");
  });

  it("csv: points, quadrant, plan and risk columns; na as the answer of a not-applicable item", async () => {
    const rows = RENDERERS.csv(await variant(), options).split("\r\n");
    expect(rows[0]).toBe("\uFEFFId,Item,Dimension,Answer,Target,Gap,Points,Weight,Effort,Priority,Quadrant,Plan,Risk,Note");
    expect(rows.find((r) => r.startsWith("attribution,"))).toBe(
      "attribution,Measurement and attribution,Growth and performance " +
        'marketing,1,3,0.5,2.63,4.5,4,2,Major projects,next 90 days,,"last-click only, in the ad ' +
        'platforms"',
    );
    expect(rows.find((r) => r.startsWith("journey-teams,"))).toMatch(/^journey-teams,Cross-functional teams,[^,]+,na,2,,,0.75,5,,,,,$/);
    expect(rows.find((r) => r.startsWith("data-protection,"))).toMatch(/,not answered: find out now,$/);
  });

  it("html: risks first (at a glance, then in full after the plan), plan and matrix, points instead of impact", async () => {
    const html = RENDERERS.html(await variant(), options);
    const t = messagesFor("en");
    const order = [
      'class="glance-col glance-risks',
      'class="summary',
      `<h2>${t.table.priorities}</h2>`,
      `<h2>${t.priorities.plan}</h2>`,
      'class="risks-section',
      '<svg id="matrix"',
      `<h2>${t.priorities.notApplicableList}</h2>`,
    ].map((s) => html.indexOf(s));
    expect(order.every((p, i) => p >= 0 && (i === 0 || p > order[i - 1]!))).toBe(true);
    expect(html).toContain(t.priorities.findOutNow);
    expect(html).not.toContain(`>${t.report.impact}<`);
  });

  it("json: the result validates against its schema and carries the 1.1 fields", async () => {
    const r = await resultOf();
    expect(r.summary).toMatchObject({
      notApplicable: 0,
      risks: 2,
      pareto: { selected: 18, candidates: 36, focus: 5, focusShare: 0.3463, concentrated: false },
    });
    expect(r.plan.first30Days.map((e) => e.item)).toEqual(["campaign-delivery", "ai-gains", "data-literacy"]);
    // 100 · 2.25 / 87.75
    expect(r.priorities[0]).toMatchObject({ item: "ai-workflows", points: 2.56, quadrant: "major-project" });
    // time-to-result: weight 1 × 0.75, target 2: 0.375; 100 · 0.375 / 88.5 (every applicable weight) = 0.42
    expect(r.unanswered[0]).toMatchObject({ item: "time-to-result", potentialPoints: 0.42 });
  });
});
