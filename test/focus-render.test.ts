import { Chalk } from "chalk";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../src/cli.js";
import { messagesFor } from "../src/i18n/messages.js";
import "../src/i18n/all.js"; // every catalogue, for messagesFor("sv" | "nb")
import { RENDERERS } from "../src/render/index.js";
import { ResultSchema, type Result } from "../src/scoring/result.js";
import { root } from "./helpers/exec.js";
import { fakeIo } from "./helpers/io.js";
import { tempDir } from "./helpers/rubric-fixture.js";

/*
 * SPEC v1.1 section 5 in every human format: risks first, the honest headline, the focus in full,
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
      // Wrapped, never truncated, and about 60 lines (SPEC 5 focus): 66 in English, 68 in Swedish, 65 in Norwegian.
      expect(lines.length).toBeLessThanOrEqual(69);
      const flat = r.out.replace(/\n\s*/g, " ");
      const at = (s: string) => {
        const i = flat.indexOf(s);
        expect(i, s).toBeGreaterThanOrEqual(0);
        return i;
      };
      const order = [
        at(t.focus.risks),
        at(t.focus.riskBelow("1", "2")),
        at(t.focus.spread(21, 36, "80 %", 5, "30 %").replace(/ /g, " ")),
        at(t.focus.focusHeading(5)),
        at(t.focus.pointsLegend),
        at(t.focus.rest(16)),
        at(t.focus.plan),
        at(t.focus.first30),
        at(t.focus.next90),
        at(t.focus.notNow),
      ];
      expect([...order].sort((a, b) => a - b)).toEqual(order);
      // Five in full: levels, effort and points on the title line, then the action.
      const p = lang === "en" ? "3.0 p" : "3,0 p";
      expect(lines.filter((l) => /^ \d\. .* \d → \d · \S+ \d · \d[.,]\d p$/.test(l))).toHaveLength(5);
      expect(lines.find((l) => l.startsWith(" 1. "))).toMatch(new RegExp(`1 → 3 · ${t.focus.effortValue(4)} · ${p}$`));
      expect(lines[lines.findIndex((l) => l.startsWith(" 1. ")) + 1]).toMatch(/^ {4}→ /);
      // The other sixteen on one line each, two to a row: ranks 6–13 on the left, 14–21 on the right.
      const rest = lines.filter((l) => /^(?: \d|\d\d)\. .*\d[.,]\d p {2}\d\d\. .*\d[.,]\d p$/.test(l));
      expect(rest.map((l) => [l.slice(0, 2).trim(), l.slice(41, 43)])).toEqual(
        Array.from({ length: 8 }, (_, i) => [String(6 + i), String(14 + i)]),
      );
      expect(r.out).not.toContain(t.report.impact);
    });
  }

  it("--focus 3 shows three in full and eighteen in the rest", async () => {
    const t = messagesFor("en");
    const r = await run(["assess", "-a", EXAMPLE, "--focus", "3"]);
    expect(r.out.replace(/\n\s*/g, " ")).toContain(t.focus.spread(21, 36, "80 %", 3, "21 %"));
    expect(r.out).toContain(t.focus.rest(18));
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
      ["data-protection", null],
    ]);
    expect(result.summary.notApplicable).toBe(3); // journey-teams, and the two the profile excludes
    const out = RENDERERS.table(result, options);
    expect(out).toContain(`Data protection and integrity: ${t.focus.findOutNow}`);
    expect(out.replace(/\n\s*/g, " ")).toContain(
      `${t.focus.notApplicableList}: Mandate in the leadership team; Functions with shared goals; Journey-based teams`,
    );
    expect(out).toContain("Answered 45 of 47 · 3 not applicable");
  });

  it("below 80 columns the rest is one column, each line with its levels and points", async () => {
    const out = RENDERERS.table(await resultOf(), { ...options, width: 60 });
    const lines = out.split("\n");
    for (const line of lines) expect([...line].length, line).toBeLessThanOrEqual(60);
    const rest = lines.slice(lines.indexOf("The rest of the 80/20 list (16)") + 1, lines.indexOf("Plan") - 1);
    expect(rest).toHaveLength(16);
    expect(rest[0]).toMatch(/^ 6\. Launches and PR +1 → 4 +1\.7 p$/);
    expect(rest[15]).toMatch(/^21\. Lifecycle management +1 → 3 +0\.7 p$/);
  });

  it("says 'N of M gaps hold X %' when the gap is concentrated", async () => {
    const result = await resultOf();
    const concentrated: Result = { ...result, summary: { ...result.summary, pareto: { ...result.summary.pareto, concentrated: true } } };
    expect(RENDERERS.table(concentrated, options)).toContain("21 of 36 gaps hold 82 % of the weighted gap.");
  });
});

describe("markdown, csv, html and json", () => {
  // In the variant the answered weight is 67.75 − 1 (journey-teams) − 1.5 (data-protection) = 65.25, so
  // attribution (weight 4, gap 2/4) holds 100 · 2 / 65.25 = 3.07 points.
  it("markdown: risks before the priorities, focus in full, the rest as a table, the plan, not applicable apart", async () => {
    const md = RENDERERS.markdown(await variant(), options);
    const t = messagesFor("en");
    const order = [
      `## ⚠ ${t.focus.risks}`,
      `## ${t.table.priorities}`,
      `### ${t.focus.focusHeading(5)}`,
      `### ${t.focus.rest(15)}`,
      `## ${t.focus.plan}`,
      `### ${t.focus.first30}`,
      `### ${t.focus.notNow}`,
      `## ${t.focus.notApplicableList}`,
    ].map((s) => md.indexOf(s));
    expect(order.every((p, i) => p >= 0 && (i === 0 || p > order[i - 1]!))).toBe(true);
    expect(md).toContain("**Data protection and integrity**: not answered: find out now.");
    expect(md).toContain("1. **Measurement and attribution** (1 → 3, effort 4): closing this lowers the gap index by 3.1 points.");
    expect(md).toContain("| 10 | Experimentation | 1 → 3 | 1.5 | 3 |");
    expect(md).toContain("| Journey-based teams | Not applicable | 2 | – | – |");
  });

  it("csv: points, quadrant, plan and risk columns; na as the answer of a not-applicable item", async () => {
    const rows = RENDERERS.csv(await variant(), options).split("\r\n");
    expect(rows[0]).toBe("\uFEFFId,Item,Dimension,Answer,Target,Gap,Points,Weight,Effort,Priority,Quadrant,Plan,Risk,Note");
    expect(rows.find((r) => r.startsWith("attribution,"))).toBe(
      "attribution,Measurement and attribution,Growth and performance " +
        'marketing,1,3,0.5,3.07,4,4,1,Major projects,next 90 days,,"last-click only, in the ad ' +
        'platforms"',
    );
    expect(rows.find((r) => r.startsWith("journey-teams,"))).toMatch(/^journey-teams,Journey-based teams,[^,]+,na,2,,,1,5,,,,,$/);
    expect(rows.find((r) => r.startsWith("data-protection,"))).toMatch(/,not answered: find out now,$/);
  });

  it("html: risks first (at a glance, then in full after the plan), plan and matrix, points instead of impact", async () => {
    const html = RENDERERS.html(await variant(), options);
    const t = messagesFor("en");
    const order = [
      'class="glance-col glance-risks',
      'class="summary',
      `<h2>${t.table.priorities}</h2>`,
      `<h2>${t.focus.plan}</h2>`,
      'class="risks-section',
      '<svg id="matrix"',
      `<h2>${t.focus.notApplicableList}</h2>`,
    ].map((s) => html.indexOf(s));
    expect(order.every((p, i) => p >= 0 && (i === 0 || p > order[i - 1]!))).toBe(true);
    expect(html).toContain(t.focus.findOutNow);
    expect(html).not.toContain(`>${t.report.impact}<`);
  });

  it("json: the result validates against its schema and carries the 1.1 fields", async () => {
    const r = await resultOf();
    expect(r.summary).toMatchObject({
      notApplicable: 2,
      risks: 1,
      pareto: { selected: 21, candidates: 36, focus: 5, focusShare: 0.3029, concentrated: false },
    });
    expect(r.plan.first30Days.map((e) => e.item)).toEqual(["data-literacy", "campaign-delivery", "budget-pacing"]);
    expect(r.priorities[0]).toMatchObject({ item: "attribution", points: 2.95, quadrant: "major-project" });
    // 100 · 0.5 / 68.75 (every applicable weight)
    expect(r.unanswered[0]).toMatchObject({ item: "time-to-result", potentialPoints: 0.73 });
  });
});
