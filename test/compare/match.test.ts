import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Chalk } from "chalk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli.js";
import { match, type Candidate } from "../../src/match/match.js";
import { MatchSchema, type Match } from "../../src/match/schema.js";
import { MATCH_RENDERERS } from "../../src/render/match/index.js";
import { ResultSchema, type Result } from "../../src/scoring/result.js";
import { score } from "../../src/scoring/score.js";
import { inspect } from "../helpers/chromium.js";
import { root } from "../helpers/exec.js";
import { run as cli } from "../helpers/main.js";
import { fakeIo } from "../helpers/io.js";
import { answersOf, handRubric, rubricFrom } from "../helpers/model.js";

const hand = rubricFrom(handRubric);
const profile = hand.profileById.get("p")!;
const options = { color: new Chalk({ level: 0 }), width: 100 };

/*
 * The organisation, by hand (scale 0–4, S = 4; see test/scoring/scoring.test.ts for the weights):
 *   a: target 4, answer 1, weight 2 → impact 2·3/4 = 1.5
 *   b: target 4, answer 3, weight 6 → impact 6·1/4 = 1.5
 *   c: target 3, answer 0, weight 2 → impact 2·3/4 = 1.5
 *   d: unanswered.  T = 4.5; Σ weight of answered items = 10.
 *   With --pareto 0.6 the list is a (effort 2) then c (effort 3): 3.0 ≥ 0.6·4.5; priority total 3.0.
 */
const org: Result = score({
  rubric: hand,
  profile,
  answers: answersOf({ a: 1, b: 3, c: 0, d: null }),
  pareto: 0.6,
  locale: "en",
  sha256: "s",
});
const person = (name: string, levels: Record<string, number>, file = `${name}.yaml`): Candidate => ({
  name,
  file,
  levels: new Map(Object.entries(levels)),
});

describe("match: hand-computed shares", () => {
  it("the organisation's list is a then c", async () => {
    expect(org.priorities.map((p) => p.item)).toEqual(["a", "c"]);
  });

  /*
   * X: a 4 closes 2·(4−1)/4 = 1.5 (fully); b 4 closes 6·1/4 = 1.5 (not in the list); c 1 closes 2·1/4 = 0.5 (partly).
   *    closed 3.5 → share 3.5/4.5 = 0.7778; priorities (1.5 + 0.5)/3 = 0.6667; points 100·3.5/10 = 35.
   * Y: a 2 closes 0.5 (partly); b 2 is below the current 3: nothing; c 4 is above the target 3: closes
   *    only up to it, 2·3/4 = 1.5 (fully). closed 2.0 → 0.4444; priorities 2/3 = 0.6667; points 20.
   * W: b 4 closes 1.5 → 0.3333; priorities 0; points 15.
   * Z: answered nothing → 0, ranked last.
   */
  const m = match(org, [person("Z", {}), person("W", { b: 4 }), person("Y", { a: 2, b: 2, c: 4 }), person("X", { a: 4, b: 4, c: 1 })], {
    team: 2,
  });

  it("ranks by share and computes closed impact, shares, points and closes", async () => {
    expect(m.candidates).toEqual([
      {
        rank: 1,
        name: "X",
        file: "X.yaml",
        answered: 3,
        closedImpact: 3.5,
        share: 0.7778,
        priorityShare: 0.6667,
        points: 35,
        closes: { full: ["a"], partial: ["c"] },
      },
      {
        rank: 2,
        name: "Y",
        file: "Y.yaml",
        answered: 3,
        closedImpact: 2,
        share: 0.4444,
        priorityShare: 0.6667,
        points: 20,
        closes: { full: ["c"], partial: ["a"] },
      },
      {
        rank: 3,
        name: "W",
        file: "W.yaml",
        answered: 1,
        closedImpact: 1.5,
        share: 0.3333,
        priorityShare: 0,
        points: 15,
        closes: { full: [], partial: [] },
      },
      {
        rank: 4,
        name: "Z",
        file: "Z.yaml",
        answered: 0,
        closedImpact: 0,
        share: 0,
        priorityShare: 0,
        points: 0,
        closes: { full: [], partial: [] },
      },
    ]);
    expect(m.organisation).toMatchObject({
      totalImpact: 4.5,
      gapIndex: 45,
      focus: 2,
      priorities: [
        { rank: 1, item: "a" },
        { rank: 2, item: "c" },
      ],
    });
  });

  /*
   * Team of 2: X first (3.5). With X's levels a 4, b 4, c 1: Y raises c from 1 to 3 (+2·2/4 = 1.0) and
   * adds nothing on a or b; W adds nothing (b is 4 already). Y: addedShare 1.0/4.5 = 0.2222.
   * The team closes 4.5: share 1, priorities 1, points 45.
   */
  it("picks a team greedily, with each member's added share", async () => {
    expect(m.team).toEqual({
      size: 2,
      members: [
        { name: "X", file: "X.yaml", addedShare: 0.7778 },
        { name: "Y", file: "Y.yaml", addedShare: 0.2222 },
      ],
      share: 1,
      priorityShare: 1,
      points: 45,
    });
  });

  /*
   * P1: a 4, b 4 → 1.5 + 1.5 = 3.0 (0.6667). P2: a 3, b 4 → 2·2/4 + 1.5 = 2.5 (0.5556), second best,
   * but everything P2 brings P1 has. P3: c 3 → 1.5 (0.3333), the weakest alone, but the only one who
   * covers c: the second pick is P3 (+0.3333), not P2 (+0).
   */
  it("picks the complement, not the second-best who duplicates the first", async () => {
    const t = match(org, [person("P2", { a: 3, b: 4 }), person("P3", { c: 3 }), person("P1", { a: 4, b: 4 })], { team: 2 });
    expect(t.candidates.map((c) => [c.name, c.share])).toEqual([
      ["P1", 0.6667],
      ["P2", 0.5556],
      ["P3", 0.3333],
    ]);
    expect(t.team!.members).toEqual([
      { name: "P1", file: "P1.yaml", addedShare: 0.6667 },
      { name: "P3", file: "P3.yaml", addedShare: 0.3333 },
    ]);
    expect(t.team!.share).toBe(1);
  });

  it("breaks ties by priority share, then name, then file", async () => {
    // Both close 1.5 in all; Q closes it on the list (c), R off it (b).
    const t = match(org, [
      person("R", { b: 4 }),
      person("Q", { c: 3 }),
      person("A", { c: 3 }, "b/A.yaml"),
      person("A", { c: 3 }, "a/A.yaml"),
    ]);
    expect(t.candidates.map((c) => `${c.name}:${c.file}`)).toEqual(["A:a/A.yaml", "A:b/A.yaml", "Q:Q.yaml", "R:R.yaml"]);
  });

  it("says so when the organisation has no gap", async () => {
    const none = score({ rubric: hand, profile, answers: answersOf({ a: 4, b: 4, c: 3, d: 2 }), pareto: 0.8, locale: "en", sha256: "s" });
    const t = match(none, [person("X", { a: 4 })], { team: 1 });
    expect(t.candidates[0]).toMatchObject({ share: 0, priorityShare: 0, points: 0 });
    expect(MATCH_RENDERERS.table(t, options)).toContain("The organisation has no gap to close");
  });

  it("produces JSON that its schema accepts, byte-identical for the same input", async () => {
    expect(MatchSchema.parse(m)).toEqual(m);
    expect(MATCH_RENDERERS.json(m, options)).toBe(MATCH_RENDERERS.json(structuredClone(m), options));
  });
});

describe("match renderers", () => {
  const m = match(org, [person("X", { a: 4, b: 4, c: 1 }), person("Y", { a: 2, c: 4 }), person("Z", {})], { team: 2 });

  it("table and markdown lead with the best candidate's sentence", async () => {
    const sentence = "X closes 78 % of the weighted gap and 1 of the 2 focus priorities.";
    expect(MATCH_RENDERERS.table(m, options)).toContain(sentence);
    expect(MATCH_RENDERERS.markdown(m, options)).toContain(`**${sentence}**`);
    expect(MATCH_RENDERERS.table(m, options)).toContain("⚠ answered nothing");
    expect(MATCH_RENDERERS.table(m, options)).toMatch(/Best team of 2: X \+ Y close 100 % of the weighted gap/);
  });

  it("csv has one row per candidate after the header, with plain numbers", async () => {
    const rows = MATCH_RENDERERS.csv(m, options)
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    expect(rows).toHaveLength(4);
    expect(rows[1]).toBe("1,X,X.yaml,3,0.7778,0.6667,35,A?,C?");
  });

  it("neutralises names in csv and markdown", async () => {
    const evil = match(org, [person('=HYPERLINK("http://x","y")', { a: 4 }), person("<b>**x**</b>", { c: 3 })]);
    expect(MATCH_RENDERERS.csv(evil, options)).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    const md = MATCH_RENDERERS.markdown(evil, options);
    expect(md).not.toContain("<b>");
    expect(md).toContain("&lt;b&gt;\\*\\*x\\*\\*&lt;/b&gt;");
    expect(MATCH_RENDERERS.html(evil, options)).toContain("&lt;b&gt;**x**&lt;/b&gt;");
  });

  it("html has a bar per candidate and a heat-map cell per candidate and priority", async () => {
    const html = MATCH_RENDERERS.html(m, options);
    expect(html.match(/<i class="mbar" data-id=/g)).toHaveLength(3);
    expect(html.match(/<td class="(full|partial|none)"/g)).toHaveLength(6);
    expect(html).toContain('<td class="full" title="fully closed"><span aria-hidden="true">●</span>');
    expect(html).toContain('<td class="partial" title="partly closed"><span aria-hidden="true">◐</span>');
    expect(/<script|https?:\/\//i.test(html)).toBe(false);
  });
});

describe("gapcheck match on the examples", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "gapcheck-match-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function run(args: string[]) {
    const io = fakeIo(root);
    const code = await main(args, io);
    return { code, out: io.out(), err: io.err() };
  }

  /**
   * The shares recomputed here from the organisation's own result, item by item, with the docs/matching.md#how-a-candidate-is-scored
   * formula — independent of src/match: cᵢ = max(0, min(tᵢ, level) − aᵢ)/S.
   */
  function byHand(result: Result, levels: Record<string, number>) {
    const span = result.rubric.scale!.max - result.rubric.scale!.min;
    let total = 0;
    let closed = 0;
    for (const i of result.items) {
      if (typeof i.answer !== "number" || i.target <= i.answer) continue;
      total += (i.weight * (i.target - i.answer)) / span;
      const level = levels[i.id];
      if (level !== undefined) closed += (i.weight * Math.max(0, Math.min(i.target, level) - i.answer)) / span;
    }
    return Math.round((closed / total) * 10000) / 10000;
  }

  it("ranks the three example candidates and names the best pair, with the hand-computed shares", async () => {
    const r = await run(["match", "examples/answers.yaml", "examples/candidates/", "--team", "2", "--json"]);
    expect(r.code, r.err).toBe(0);
    const m: Match = MatchSchema.parse(JSON.parse(r.out));
    const assessed = await run(["assess", "-a", "examples/answers.yaml", "--json"]);
    const result = ResultSchema.parse(JSON.parse(assessed.out));
    const { parse } = await import("yaml");
    const { readFileSync } = await import("node:fs");
    const levels = (file: string) => parse(readFileSync(join(root, "examples/candidates", file), "utf8")).answers as Record<string, number>;
    const expected = [
      ["Anna Berg", byHand(result, levels("anna-berg-growth.yaml"))],
      ["Maria Nilsen", byHand(result, levels("maria-nilsen-automation.yaml"))],
      ["Erik Lund", byHand(result, levels("erik-lund-interim.yaml"))],
    ].sort((a, b) => (b[1] as number) - (a[1] as number));
    expect(m.candidates.map((c) => [c.name, c.share])).toEqual(expected);
    // The pair by hand: the best alone, then whoever adds most when the pair's level is the better of the two.
    const all = {
      "Anna Berg": levels("anna-berg-growth.yaml"),
      "Maria Nilsen": levels("maria-nilsen-automation.yaml"),
      "Erik Lund": levels("erik-lund-interim.yaml"),
    };
    const best = expected[0]![0] as keyof typeof all;
    const merged = (other: keyof typeof all) => {
      const out: Record<string, number> = { ...all[best] };
      for (const [id, v] of Object.entries(all[other])) out[id] = Math.max(v, out[id] ?? v);
      return byHand(result, out);
    };
    const second = (Object.keys(all) as (keyof typeof all)[]).filter((n) => n !== best).sort((a, b) => merged(b) - merged(a))[0]!;
    expect(m.team!.members.map((x) => x.name)).toEqual([best, second]);
    expect(m.team!.share).toBe(merged(second));
    expect([best, second]).toEqual(["Anna Berg", "Erik Lund"]);
    // Distinct strengths: each candidate fully closes some priority no other candidate fully closes.
    for (const c of m.candidates) {
      const others = new Set(m.candidates.filter((o) => o !== c).flatMap((o) => o.closes.full));
      expect(
        c.closes.full.some((i) => !others.has(i)),
        c.name,
      ).toBe(true);
    }
  });

  it("speaks Swedish and Norwegian", async () => {
    const sv = await run(["match", "examples/answers.yaml", "examples/candidates/", "--team", "2", "--lang", "sv"]);
    expect(sv.out).toMatch(/Anna Berg stänger \d+ % av det viktade gapet och \d av de 5 fokusprioriteringarna\./);
    expect(sv.out).toContain("Bästa teamet av 2: Anna Berg + Erik Lund stänger");
    const nb = await run(["match", "examples/answers.yaml", "examples/candidates/", "--team", "2", "--lang", "nb"]);
    expect(nb.out).toMatch(/Anna Berg lukker \d+ % av det vektede gapet og \d av de 5 fokusprioriteringene\./);
    expect(nb.out).toContain("Beste team av 2: Anna Berg + Erik Lund lukker");
  });

  it("accepts a saved result as the organisation, with the same numbers", async () => {
    const assessed = await run(["assess", "-a", "examples/answers.yaml", "--json"]);
    const saved = join(dir, "org.json");
    writeFileSync(saved, assessed.out);
    const fromResult = await run(["match", saved, "examples/candidates/", "--json"]);
    const fromAnswers = await run(["match", "examples/answers.yaml", "examples/candidates/", "--json"]);
    expect(fromResult.code, fromResult.err).toBe(0);
    expect(fromResult.out).toBe(fromAnswers.out);
  });

  it("refuses a candidate on another rubric, naming the file", async () => {
    const other = join(dir, "other.yaml");
    writeFileSync(other, "gapcheck: 1\nrubric: { id: someone-else }\nanswers: {}\n");
    const r = await cli(["match", "examples/answers.yaml", other]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${other}:2:`);
    expect(r.stderr).toContain('"someone-else"');
  });

  it("keeps two candidates of the same name apart by file", async () => {
    const a = join(dir, "same-a.yaml");
    const b = join(dir, "same-b.yaml");
    writeFileSync(a, "gapcheck: 1\nrubric: { id: marketing-leadership }\nrespondent: { name: Sam }\nanswers: { attribution: 4 }\n");
    writeFileSync(b, "gapcheck: 1\nrubric: { id: marketing-leadership }\nrespondent: { name: Sam }\nanswers: { segmentation: 4 }\n");
    const io = fakeIo(dir);
    expect(await main(["match", join(root, "examples/answers.yaml"), "same-a.yaml", "same-b.yaml"], io), io.err()).toBe(0);
    expect(io.out()).toContain("Sam (same-a.yaml)");
    expect(io.out()).toContain("Sam (same-b.yaml)");
  });

  it("ranks a candidate who answered nothing last, flagged, and uses all when --team is too large", async () => {
    const empty = join(dir, "empty.yaml");
    writeFileSync(empty, "gapcheck: 1\nrubric: { id: marketing-leadership }\nanswers: {}\n");
    const r = await run(["match", "examples/answers.yaml", empty, "examples/candidates/erik-lund-interim.yaml", "--team", "5", "--json"]);
    expect(r.code, r.err).toBe(0);
    const m = MatchSchema.parse(JSON.parse(r.out));
    expect(m.candidates.map((c) => [c.name, c.answered])).toEqual([
      ["Erik Lund", 30], // the items in his file
      ["empty", 0],
    ]);
    expect(m.team!.size).toBe(2);
    expect(r.err).toContain("--team 5 is more than the 2 candidates; the team is all of them");
  });

  it("says clearly when an organisation has no gap, and exits 0", async () => {
    const full = join(dir, "full.yaml");
    writeFileSync(full, "gapcheck: 1\nrubric: { id: marketing-leadership }\nanswers: { attribution: 4, segmentation: 4 }\n");
    const r = await run(["match", full, "examples/candidates/"]);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain("The organisation has no gap to close");
  });

  it("rejects a bad --team and a folder with no answers files as usage errors", async () => {
    expect(await cli(["match", "examples/answers.yaml", "examples/candidates/", "--team", "0"])).toMatchObject({ status: 2 });
    mkdirSync(join(dir, "nothing"), { recursive: true });
    const r = await cli(["match", "examples/answers.yaml", join(dir, "nothing")]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("no candidate answers files found");
  });

  it("prints its JSON Schema", async () => {
    const r = await run(["schema", "match"]);
    expect(JSON.parse(r.out)).toMatchObject({ title: "gapcheck match (format 1)", type: "object" });
  });

  it("draws the heat map in headless Chromium at desktop and phone width", async () => {
    const r = await run(["match", "examples/answers.yaml", "examples/candidates/", "--team", "2", "-f", "html"]);
    expect(r.code, r.err).toBe(0);
    writeFileSync(join(dir, "match.html"), r.out);
    // The desktop page is measured and photographed in one load, at the screenshot's 1200×1400: the
    // page's CSS has no rule that depends on the viewport's height, so it measures as 1200×2000 did.
    const png = join(dir, "match.png");
    for (const [size, shot] of [
      ["1200,1400", png],
      ["390,1600", undefined],
    ] as const) {
      const [seen] = await inspect<[{ cells: number; bars: number[]; scroll: number; inner: number }]>(
        `file://${join(dir, "match.html")}`,
        size,
        [
          "return { cells: document.querySelectorAll('.heat td').length, bars: " +
            "[...document.querySelectorAll('.candidates-section .mbar')].map(i =>" +
            " i.getBoundingClientRect().width), scroll: document.documentElement.scrollWidth, inner: " +
            "document.documentElement.clientWidth };",
        ],
        shot,
      );
      expect(seen.cells).toBeGreaterThan(3 * 5);
      expect(seen.bars).toHaveLength(3);
      expect(seen.bars.every((w) => w > 0)).toBe(true);
      expect(seen.scroll).toBeLessThanOrEqual(seen.inner);
    }
    expect(existsSync(png)).toBe(true);
  });
});
