import { Chalk } from "chalk";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../src/cli.js";
import { messagesFor } from "../src/i18n/messages.js";
import { RENDERERS } from "../src/render/index.js";
import { ResultSchema, type Result } from "../src/scoring/result.js";
import { root } from "./helpers/exec.js";
import { fakeIo } from "./helpers/io.js";
import { tempDir } from "./helpers/rubric-fixture.js";

/*
 * SPEC v1.1 section 5 in every human format: risks first, the honest headline, the focus in full,
 * the rest one line each, the plan, points (never raw impact), not applicable listed apart.
 */
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const options = { color: new Chalk({ level: 0 }), width: 80 };
const EXAMPLE = join(root, "examples/answers.yaml");

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = fakeIo(root);
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
}
const resultOf = async (...args: string[]): Promise<Result> =>
  ResultSchema.parse(JSON.parse((await run(["assess", "-a", EXAMPLE, "--json", ...args])).out));

/** The example with journey-teams not applicable and ai-governance unanswered (a floor item: "find out now"). */
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
      expect(lines.length).toBeLessThanOrEqual(85);
      const flat = r.out.replace(/\n\s*/g, " ");
      const at = (s: string) => {
        const i = flat.indexOf(s);
        expect(i, s).toBeGreaterThanOrEqual(0);
        return i;
      };
      const order = [
        at(t.focus.risks),
        at(t.focus.riskBelow("1", "2")),
        at(t.focus.spread(21, 33, "80 %", 5, "31 %").replace(/ /g, " ")),
        at(t.focus.focusHeading(5)),
        at(cap(t.focus.lowers(lang === "en" ? "2.9" : "2,9"))),
        at(t.focus.rest(16)),
        at(t.focus.plan),
        at(t.focus.first30),
        at(t.focus.next90),
        at(t.focus.notNow),
      ];
      expect([...order].sort((a, b) => a - b)).toEqual(order);
      // Five in full (each with its "lowers the gap index by" line), sixteen on one line each.
      expect(
        r.out.split(
          t.focus
            .lowers("X")
            .split("X")[0]!
            .replace(/^./, (c) => c.toUpperCase()),
        ).length - 1,
      ).toBe(5);
      expect(lines.filter((l) => /^ ?\d+\. .* \d+ → \d+ +\d+[.,]\d p$/.test(l))).toHaveLength(16);
      expect(r.out).not.toContain(t.report.impact);
    });
  }

  it("--focus 3 shows three in full and eighteen in the rest", async () => {
    const t = messagesFor("en");
    const r = await run(["assess", "-a", EXAMPLE, "--focus", "3"]);
    expect(r.out.replace(/\n\s*/g, " ")).toContain(t.focus.spread(21, 33, "80 %", 3, "22 %"));
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
    expect(result.summary.notApplicable).toBe(1);
    const out = RENDERERS.table(result, options);
    expect(out).toContain(`Data protection and integrity: ${t.focus.findOutNow}`);
    expect(out).toContain(`${t.focus.notApplicableList}: Journey-based teams`);
    expect(out).toContain("Answered 43 of 47 · 1 not applicable");
  });

  it("says 'N of M gaps hold X %' when the gap is concentrated", async () => {
    const result = await resultOf();
    const concentrated: Result = { ...result, summary: { ...result.summary, pareto: { ...result.summary.pareto, concentrated: true } } };
    expect(RENDERERS.table(concentrated, options)).toContain("21 of 33 gaps hold 81 % of the weighted gap.");
  });
});

describe("markdown, csv, html and json", () => {
  // In the variant the answered weight is 51.5 − 1 (journey-teams) − 1.5 (data-protection) = 49, so
  // attribution (weight 2, gap 3/4) holds 100 · 1.5 / 49 = 3.06 points.
  it("markdown: risks before the priorities, focus in full, the rest as a table, the plan, not applicable apart", async () => {
    const md = RENDERERS.markdown(await variant(), options);
    const t = messagesFor("en");
    const order = [
      `## ⚠ ${t.focus.risks}`,
      `## ${t.table.priorities}`,
      `### ${t.focus.focusHeading(5)}`,
      `### ${t.focus.rest(16)}`,
      `## ${t.focus.plan}`,
      `### ${t.focus.first30}`,
      `### ${t.focus.notNow}`,
      `## ${t.focus.notApplicableList}`,
    ].map((s) => md.indexOf(s));
    expect(order.every((p, i) => p >= 0 && (i === 0 || p > order[i - 1]!))).toBe(true);
    expect(md).toContain("**Data protection and integrity**: not answered: find out now.");
    expect(md).toContain("1. **Measurement and attribution** (1 → 4, effort 4): closing this lowers the gap index by 3.1 points.");
    expect(md).toContain("| 6 | Experimentation process | 1 → 4 | 1.5 | 3 |");
    expect(md).toContain("| Journey-based teams | Not applicable | 2 | – | – |");
  });

  it("csv: points, quadrant, plan and risk columns; na as the answer of a not-applicable item", async () => {
    const rows = RENDERERS.csv(await variant(), options).split("\r\n");
    expect(rows[0]).toBe("\uFEFFId,Item,Dimension,Answer,Target,Gap,Points,Weight,Effort,Priority,Quadrant,Plan,Risk,Note");
    expect(rows.find((r) => r.startsWith("attribution,"))).toBe(
      'attribution,Measurement and attribution,Growth and performance marketing,1,4,0.75,3.06,2,4,1,Major projects,next 90 days,,"last-click only, in the ad platforms"',
    );
    expect(rows.find((r) => r.startsWith("journey-teams,"))).toMatch(/^journey-teams,Journey-based teams,[^,]+,na,2,,,1,5,,,,,$/);
    expect(rows.find((r) => r.startsWith("data-protection,"))).toMatch(/,not answered: find out now,$/);
  });

  it("html: risks first, plan and matrix, points instead of impact", async () => {
    const html = RENDERERS.html(await variant(), options);
    const t = messagesFor("en");
    const order = [
      'class="risks-section',
      'class="summary',
      `<h2>${t.table.priorities}</h2>`,
      `<h2>${t.focus.plan}</h2>`,
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
      notApplicable: 0,
      risks: 1,
      pareto: { selected: 21, candidates: 33, focus: 5, focusShare: 0.3061, concentrated: false },
    });
    expect(r.plan.first30Days.map((e) => e.item)).toEqual(["decision-dashboards", "focus-8020", "ai-impact"]);
    expect(r.priorities[0]).toMatchObject({ item: "attribution", points: 2.91, quadrant: "major-project" });
    expect(r.unanswered[0]).toMatchObject({ item: "campaign-delivery", potentialPoints: 1.83 }); // 100 · 1 / 54.5 (every applicable weight)
  });
});
