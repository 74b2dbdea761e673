import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { en } from "../../src/i18n/en.js";
import { nb } from "../../src/i18n/nb.js";
import { sv } from "../../src/i18n/sv.js";
import type { Rubric } from "../../src/model/rubric.js";
import { textIn } from "../../src/model/text.js";
import type { Result } from "../../src/scoring/result.js";
import { run } from "../helpers/main.js";
import { bundledRubric } from "../helpers/rubric-fixture.js";
import { exampleTeam, toCsv } from "../helpers/team-exports.js";

/*
 * `template -f gforms`: a Google Apps Script that creates the questionnaire as a Google Form. The
 * script is run here against a stand-in for Google's FormApp, which records the form it builds; the
 * example team then "answers" that form, and its CSV export (Google's layout: Timestamp, the
 * question titles, the chosen option's text) aggregates to the same consensus as the YAML folder.
 */

interface BuiltItem {
  kind: "text" | "choice" | "section";
  title: string;
  help?: string;
  choices?: string[];
  required?: boolean;
}

/** Runs the script with a recording FormApp; returns the form it built and what it logged. */
function runScript(script: string): { title: string; description: string; items: BuiltItem[]; log: string[] } {
  const form = { title: "", description: "", items: [] as BuiltItem[] };
  const log: string[] = [];
  const itemApi = (kind: BuiltItem["kind"]) => {
    const item: BuiltItem = { kind, title: "" };
    form.items.push(item);
    // Each setter records its value and returns the item, as FormApp's chain does.
    const set =
      <K extends keyof BuiltItem>(key: K) =>
      (v: BuiltItem[K]) => {
        item[key] = v;
        return api;
      };
    const api: Record<string, unknown> = {
      setTitle: set("title"),
      setHelpText: set("help"),
      setChoiceValues: set("choices"),
      setRequired: set("required"),
    };
    return api;
  };
  const FormApp = {
    create: (title: string) => {
      form.title = title;
      return {
        setDescription: (d: string) => {
          form.description = d;
        },
        addTextItem: () => itemApi("text"),
        addMultipleChoiceItem: () => itemApi("choice"),
        addSectionHeaderItem: () => itemApi("section"),
        getEditUrl: () => "https://forms.example/edit",
        getPublishedUrl: () => "https://forms.example/viewform",
      };
    },
  };
  const Logger = { log: (s: string) => log.push(s) };
  // Parsing it is the first check: a syntax error throws here.
  new Function("FormApp", "Logger", `${script}\ncreateForm();`)(FormApp, Logger);
  return { ...form, log };
}

let rubric: Rubric;
let folder: Result;
const dir = mkdtempSync(join(tmpdir(), "gapcheck-gforms-"));
beforeAll(async () => {
  rubric = await bundledRubric();
  folder = JSON.parse((await run(["aggregate", "examples/team/", "--by", "group", "--json"])).stdout) as Result;
});

describe("template -f gforms", () => {
  for (const [lang, t] of [
    ["en", en],
    ["sv", sv],
    ["nb", nb],
  ] as const) {
    it(`${lang}: a script that builds every item with every label, whose export maps exactly`, async () => {
      const r = await run(["template", "-f", "gforms", "--lang", lang]);
      expect(r.status).toBe(0);
      const script = r.stdout;
      expect(script.startsWith(`// ${t.template.gformsHeader[0]}`)).toBe(true);
      const built = runScript(script);
      expect(built.log).toEqual(["Edit: https://forms.example/edit", "Send: https://forms.example/viewform"]);
      const questions = built.items.filter((i) => i.kind === "choice");
      // every item, in rubric order, its question in this language, its id at the end of the title
      expect(questions.map((q) => q.title)).toEqual(rubric.items.map(({ item }) => `${textIn(item.text, lang, "en")} [${item.id}]`));
      const labels = [0, 1, 2, 3, 4].map((l) => `${l} · ${textIn(rubric.data.scale.levels[String(l)], lang, "en")}`);
      for (const q of questions) {
        expect(q.choices).toEqual([...labels, t.team.dontKnow, t.team.notApplicable]);
        expect(q.required).toBe(false);
      }
      // the level descriptions are the help text
      const first = rubric.items[0]!.item;
      expect(questions[0]!.help).toContain(
        `3 · ${textIn(rubric.data.scale.levels["3"], lang, "en")}: ${textIn(first.levels!["3"], lang, "en")}`,
      );
      expect(built.items[0]).toMatchObject({ kind: "text", title: t.template.group, required: false });

      // The team answers the form; Google's CSV export of it aggregates like the folder.
      const header = ["Timestamp", t.template.group, ...questions.map((q) => q.title)];
      const rows = exampleTeam().map((p) => [
        "2026/11/16 9:00:00 AM GMT+1",
        p.group,
        ...rubric.items.map(({ item }) => {
          const a = p.answers[item.id];
          return a === null || a === undefined ? "" : a === "na" ? t.team.notApplicable : labels[a]!;
        }),
      ]);
      const file = join(dir, `form-${lang}.csv`);
      writeFileSync(file, toCsv([header, ...rows], ",", "\n", true));
      const agg = await run(["aggregate", file, "--by", "group", "--json"]);
      expect(agg.stderr).not.toContain("ignored-columns");
      expect(agg.status).toBe(0);
      const result = JSON.parse(agg.stdout) as Result;
      expect(result.summary).toEqual(folder.summary);
      expect(result.panel!.items).toEqual(folder.panel!.items);
      expect(result.panel!.groups).toEqual(folder.panel!.groups);
    });
  }

  it("a rubric text cannot end its string or the script", async () => {
    const { jsLiteral } = await import("../../src/render/escape.js");
    const hostile = 'x"; FormApp.hacked = true; //\u2028</script>';
    const literal = jsLiteral({ title: hostile });
    expect(new Function(`return ${literal};`)()).toEqual({ title: hostile });
  });
});
