import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../helpers/main.js";

/*
 * Issue 29, section 1: the recurring gap patterns (the rubric's tags) are named in the terminal
 * report, largest share first, in the report's language. Shares by hand, target 4 everywhere:
 * a answered 0 → impact 1 × 4/4 = 1; b answered 2 → 1 × 2/4 = 0.5; c (weight 2) answered 3 →
 * 2 × 1/4 = 0.5; d answered 4 → 0. Total 2. "data" tags a and b: 1.5 / 2 = 75 %; "speed" tags b:
 * 0.5 / 2 = 25 %; "calm" tags only d, which has no gap: left out rather than shown at 0 %.
 */
const RUBRIC = `gapcheck: 1
id: tags-term
version: 1.0.0
title: { en: Tags, sv: Taggar, nb: Tagger }
locales: [en, sv, nb]
scale:
  min: 0
  max: 4
  levels: { 0: Absent, 1: Ad hoc, 2: Defined, 3: Established, 4: Leading }
groups:
  - id: all
    title: { en: All, sv: Alla, nb: Alle }
tags:
  - id: speed
    title: { en: Slow processes, sv: Långsamma processer, nb: Trege prosesser }
  - id: data
    title: { en: Data maturity, sv: Datamognad, nb: Datamodenhet }
  - id: calm
    title: { en: Calm, sv: Lugn, nb: Ro }
dimensions:
  - id: d
    group: all
    title: { en: Work, sv: Arbete, nb: Arbeid }
    items:
      - { id: a, text: A?, action: Do A., tags: [data] }
      - { id: b, text: B?, action: Do B., tags: [data, speed] }
      - { id: c, text: C?, action: Do C., weight: 2 }
      - { id: e, text: E?, action: Do E., tags: [calm] }
profiles:
  - id: p
    title: { en: Profile, sv: Profil, nb: Profil }
    targets: { d: 4 }
`;

const ANSWERS = "gapcheck: 1\nrubric: { id: tags-term }\nanswers: { a: 0, b: 2, c: 3, e: 4 }\n";

describe("gap patterns in the terminal report (issue 29.1)", () => {
  const dir = mkdtempSync(join(tmpdir(), "gapcheck-tags-"));
  writeFileSync(join(dir, "rubric.yaml"), RUBRIC);
  writeFileSync(join(dir, "answers.yaml"), ANSWERS);

  it.each([
    ["en", "Gap patterns: Data maturity 75 % · Slow processes 25 %"],
    ["sv", "Gapmönster: Datamognad 75 % · Långsamma processer 25 %"],
    ["nb", "Gapmønstre: Datamodenhet 75 % · Trege prosesser 25 %"],
  ])("names each pattern with its share, largest first (%s)", async (lang, line) => {
    const r = await run(["assess", "-r", "rubric.yaml", "-a", "answers.yaml", "--lang", lang], { cwd: dir });
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.split("\n");
    expect(lines).toContain(line);
    // A pattern with no gap is not listed.
    expect(lines.find((l) => l.startsWith(line.split(":")[0]!))).not.toMatch(/Calm|Lugn|Ro /);
  });

  it("prints no pattern line when the rubric has no tags", async () => {
    writeFileSync(join(dir, "plain.yaml"), RUBRIC.replace(/tags: \[[a-z, ]+\]/g, "effort: 3").replace(/^tags:\n(?: {2}.*\n)+/m, ""));
    const r = await run(["assess", "-r", "plain.yaml", "-a", "answers.yaml"], { cwd: dir });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain("Share of the gap by dimension: Work 100 %");
    expect(r.stdout).not.toContain("Gap patterns");
  });
});
