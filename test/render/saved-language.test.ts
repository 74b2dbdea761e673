import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { LANGS, type Lang } from "../../src/i18n/lang.js";
import { loadMessages } from "../../src/i18n/messages.js";
import { itemTitle } from "../../src/model/rubric.js";
import { textIn } from "../../src/model/text.js";
import { root } from "../helpers/exec.js";
import { run } from "../helpers/main.js";
import { bundledRubric, tempDir } from "../helpers/rubric-fixture.js";

/*
 * Issue 24.17, README "Language of saved results": report, compare and match render a saved result's
 * rubric texts in --lang from the rubric at hand (the bundled one by id and version, or -r), else keep
 * the saved language with one notice. No output mixes two languages: every item title printed is in
 * the output's language, and so is every heading.
 */

const dir = tempDir();
const EXAMPLE = join(root, "examples/answers.yaml");
const DAY30 = join(root, "examples/day30.yaml");
const CANDIDATES = join(root, "examples/candidates");
const RUBRIC = join(root, "rubrics/marketing-leadership.yaml");

/** Every item and profile title of the bundled rubric in each language, without the ones two languages share. */
let titles: Record<Lang, string[]>;
/** A heading of each command's table output, by language. */
let headings: Record<Lang, { report: string; compare: string; match: string }>;

async function save(answers: string, lang: Lang, name: string): Promise<string> {
  const r = await run(["assess", "-a", answers, "--lang", lang, "--json"]);
  expect(r.status).toBe(0);
  const file = join(dir, name);
  writeFileSync(file, r.stdout);
  return file;
}

let en: string;
let en30: string;
let sv30: string;
/** The English result as if scored on a rubric version that is not bundled. */
let enOld: string;

beforeAll(async () => {
  const rubric = await bundledRubric();
  const all = (lang: Lang) => [
    ...rubric.items.map((ref) => textIn(itemTitle(ref.item), lang, rubric.defaultLocale)),
    ...rubric.data.profiles.map((p) => textIn(p.title, lang, rubric.defaultLocale)),
  ];
  const byLang = Object.fromEntries(LANGS.map((l) => [l, all(l)])) as Record<Lang, string[]>;
  titles = Object.fromEntries(
    LANGS.map((l) => [l, byLang[l].filter((title) => LANGS.every((o) => o === l || !byLang[o].some((other) => other.includes(title))))]),
  ) as Record<Lang, string[]>;
  headings = Object.fromEntries(
    await Promise.all(
      LANGS.map(async (l) => {
        const t = await loadMessages(l);
        return [l, { report: t.table.priorities, compare: t.compare.dimensions, match: t.match.title }];
      }),
    ),
  ) as typeof headings;
  en = await save(EXAMPLE, "en", "en.json");
  en30 = await save(DAY30, "en", "en30.json");
  sv30 = await save(DAY30, "sv", "sv30.json");
  enOld = join(dir, "en-old.json");
  const old = JSON.parse(readFileSync(en, "utf8")) as { rubric: { version: string } };
  old.rubric.version = "2025.1.0";
  writeFileSync(enOld, JSON.stringify(old));
});

/** The output is wholly in `lang`: its item titles and its heading, and nothing of another language's. */
function wholly(out: string, lang: Lang, heading: keyof (typeof headings)["en"], minTitles = 3) {
  const shown = titles[lang].filter((title) => out.includes(title));
  expect(shown.length, `item titles in ${lang}`).toBeGreaterThanOrEqual(minTitles);
  expect(out).toContain(headings[lang][heading]);
  for (const other of LANGS.filter((l) => l !== lang)) {
    expect(
      titles[other].filter((title) => out.includes(title)),
      `item titles in ${other}`,
    ).toEqual([]);
    expect(out).not.toContain(headings[other][heading]);
  }
}

describe("report --lang (24.17)", () => {
  for (const lang of ["sv", "nb"] as const) {
    it(`renders an English result in ${lang}: item titles, actions and headings`, async () => {
      const r = await run(["report", en, "--lang", lang, "-f", "markdown"], { env: { COLUMNS: "200" } });
      expect(r.stderr).toBe("");
      expect(r.status).toBe(0);
      wholly(r.stdout, lang, "report");
    });
  }

  it("a JSON report holds the texts and the locale asked for, the numbers as saved", async () => {
    const saved = JSON.parse(readFileSync(en, "utf8"));
    const r = await run(["report", en, "--lang", "sv", "-f", "json"]);
    const json = JSON.parse(r.stdout);
    expect(json.locale).toBe("sv");
    expect(json.profile.title).toBe("Marknadschef");
    expect(json.rubric.title).toBe("Modernt marknadsledarskap");
    expect(json.priorities[0].title).toBe("AI-drivna arbetsflöden");
    expect(json.priorities[0].action).toMatch(/^Lista de tio uppgifter/);
    expect(json.summary).toEqual({ ...saved.summary, groups: json.summary.groups });
    expect(json.items.map((i: { answer: unknown }) => i.answer)).toEqual(saved.items.map((i: { answer: unknown }) => i.answer));
  });

  it("without --lang a result is rendered in the language it was saved in, with no notice", async () => {
    const r = await run(["report", en], { env: { LANG: "sv_SE.UTF-8", COLUMNS: "200" } });
    expect(r.stderr).toBe("");
    wholly(r.stdout, "en", "report");
  });

  it("a result whose rubric is not at hand gives one notice and stays wholly in its saved language", async () => {
    const r = await run(["report", enOld, "--lang", "sv"], { env: { COLUMNS: "200" } });
    expect(r.status).toBe(0);
    wholly(r.stdout, "en", "report");
    const lines = r.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("en-old.json");
    expect(lines[0]).toContain('"marketing-leadership" 2025.1.0');
    expect(lines[0]).toContain("engelska");
    expect(lines[0]).toContain("-r");
  });

  it("-r gives the rubric whose id matches: the texts follow it", async () => {
    const r = await run(["report", enOld, "--lang", "nb", "-r", RUBRIC], { env: { COLUMNS: "200" } });
    expect(r.stderr).toBe("");
    wholly(r.stdout, "nb", "report");
  });
});

describe("compare --lang (24.17)", () => {
  it("English results compared in Swedish: Swedish item titles around Swedish headings", async () => {
    const r = await run(["compare", en, en30, "--lang", "sv"], { env: { COLUMNS: "200" } });
    expect(r.stderr).toBe("");
    wholly(r.stdout, "sv", "compare");
  });

  it("an English baseline and a Swedish latest, without --lang: all Swedish (the latest's language)", async () => {
    const r = await run(["compare", en, sv30, "-f", "markdown"], { env: { COLUMNS: "200" } });
    expect(r.stderr).toBe("");
    wholly(r.stdout, "sv", "compare");
  });

  it("an input whose rubric is not at hand: one notice, and the whole comparison in the saved language", async () => {
    const old30 = join(dir, "en30-old.json");
    const data = JSON.parse(readFileSync(en30, "utf8"));
    data.rubric.version = "2025.1.0";
    writeFileSync(old30, JSON.stringify(data));
    const r = await run(["compare", enOld, old30, "--lang", "nb"], { env: { COLUMNS: "200" } });
    expect(r.status).toBe(0);
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain("engelsk");
    wholly(r.stdout, "en", "compare");
  });
});

describe("match --lang (24.17)", () => {
  it("an English organisation result matched in Norwegian", async () => {
    const r = await run(["match", en, CANDIDATES, "--lang", "nb", "-f", "markdown"], { env: { COLUMNS: "200" } });
    expect(r.stderr).toBe("");
    wholly(r.stdout, "nb", "match", 1);
  });

  it("an organisation result whose rubric is not at hand: one notice, all English", async () => {
    const r = await run(["match", enOld, CANDIDATES, "--lang", "sv", "-f", "markdown"], { env: { COLUMNS: "200" } });
    expect(
      r.stderr
        .trimEnd()
        .split("\n")
        .filter((l) => l.includes("en-old.json")),
    ).toHaveLength(1);
    wholly(r.stdout, "en", "match", 1);
  });
});
