import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { SCHEMA_NAMES } from "../../src/formats.js";
import { en } from "../../src/i18n/en.js";
import { langFromEnvironment, langOfLocale, LANGS, messagesFor } from "../../src/i18n/messages.js";
import "../../src/i18n/all.js"; // every catalogue, for messagesFor("sv" | "nb")
import { root } from "../helpers/exec.js";
import { run } from "../helpers/main.js";
import { fakeIo } from "../helpers/io.js";

/**
 * Texts that may be the same in English and Swedish or Norwegian: the same word in the languages,
 * or a name or term the field keeps in English.
 */
const SAME_IN_ALL = new Set([
  "Id",
  "Gap",
  "Plan",
  "Risk",
  "risk",
  "CMO",
  "CRM",
  "Respondent",
  "Dimension",
  "dimension",
  "fixture",
  "null",
  "text",
  "Status",
  "Team",
  "Median",
  "Rubric",
  "Organisation",
]);
/** Whole sentences that are written the same in Swedish and Norwegian. */
const SAME_IN_SV_AND_NB = new Set(["Z (se gapcheck --help)", "rubric, answers, result, comparison eller match"]);
/** Swedish and Norwegian share many words; a copied text shows in sentences, so compare those. */
const isSentence = (s: string) => s.trim().split(/\s+/).length >= 4;
/** Stand-in output with no words of its own ("[Z/Z] Z · Z") says nothing about translation. */
const hasWords = (s: string) => /[A-Za-zÅÄÖÆØåäöæø]{2,}/.test(s.replace(/\bZ\b/g, ""));

/** Every leaf text of a catalogue, by path; functions are called with a stand-in argument. */
function leaves(node: unknown, path = ""): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof node === "string") out.set(path, node);
  else if (typeof node === "function") {
    const stand = Object.assign(["Z"], { padStart: () => "Z" }) as unknown;
    try {
      out.set(path, String((node as (...a: unknown[]) => unknown)(stand, stand, stand, stand, stand)));
    } catch {
      // a function whose stand-in call fails is compared through the key check only
    }
  } else if (node && typeof node === "object")
    for (const [k, v] of Object.entries(node)) for (const [p, s] of leaves(v, `${path}.${k}`)) out.set(p, s);
  return out;
}

function shape(node: unknown): unknown {
  if (node && typeof node === "object") return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, shape(v)]));
  return typeof node;
}

describe("message catalogues", () => {
  for (const lang of LANGS.filter((l) => l !== "en")) {
    it(`${lang} has exactly the keys of en, and is its own catalogue`, () => {
      expect(messagesFor(lang)).not.toBe(en);
      expect(shape(messagesFor(lang))).toEqual(shape(en));
    });
  }

  it("escapes control characters in inserted values, in every language, and keeps each message once read", () => {
    for (const lang of LANGS) {
      const t = messagesFor(lang);
      const message = t.yaml.duplicateKey("a\nb\u001b[2J", 3, 4);
      expect(message).toContain("a\\nb\\u001b[2J");
      expect(message).not.toMatch(/[\u0000-\u001f]/);
      // Sections are copied on first reading: the same section and function every time after.
      expect(t.yaml).toBe(t.yaml);
      expect(t.yaml.duplicateKey).toBe(messagesFor(lang).yaml.duplicateKey);
    }
  });

  it("falls back to English for a locale without a catalogue", async () => {
    expect(leaves(messagesFor("de"))).toEqual(leaves(messagesFor("en")));
    expect(messagesFor("de").help.program).toBe(en.help.program);
  });

  for (const [a, b] of [
    ["sv", "en"],
    ["nb", "en"],
    ["sv", "nb"],
  ] as const) {
    it(`no ${a} text is the ${b} text (except shared terms)`, () => {
      const left = leaves(messagesFor(a));
      const right = leaves(messagesFor(b));
      const same = [...left]
        .filter(
          ([path, text]) =>
            right.get(path) === text &&
            hasWords(text) &&
            !SAME_IN_ALL.has(text.trim()) &&
            (b === "en" || (isSentence(text) && !SAME_IN_SV_AND_NB.has(text))),
        )
        .map(([p, text]) => `${p}: ${text}`);
      expect(same).toEqual([]);
    });
  }
});

describe("the bundled rubric in three languages", () => {
  const rubric = parse(readFileSync(join(root, "rubrics/marketing-leadership.yaml"), "utf8"));
  const texts: { path: string; map: Record<string, string> }[] = [];
  const walk = (node: unknown, path: string) => {
    if (Array.isArray(node)) for (const [i, v] of node.entries()) walk(v, `${path}[${i}]`);
    else if (node && typeof node === "object") {
      const keys = Object.keys(node);
      if (keys.includes("en") && keys.every((k) => ["en", "sv", "nb"].includes(k)))
        texts.push({ path, map: node as Record<string, string> });
      else for (const [k, v] of Object.entries(node)) if (k !== "fixtures" || path === "") walk(v, `${path}.${k}`);
    }
  };
  walk(rubric, "");

  it("declares en, sv and nb and has every text in each", async () => {
    expect(rubric.locales).toEqual(["en", "sv", "nb"]);
    const missing = texts.filter((t) => !t.map.sv || !t.map.nb).map((t) => t.path);
    expect(missing).toEqual([]);
    expect(texts.length).toBeGreaterThan(200);
  });

  it("has no text identical across languages (except shared terms)", async () => {
    const same = texts
      .filter(
        (t) =>
          (t.map.sv === t.map.en || t.map.nb === t.map.en || (t.map.sv === t.map.nb && isSentence(t.map.sv!))) &&
          !SAME_IN_ALL.has(t.map.en!),
      )
      .map((t) => `${t.path}: ${t.map.en} | ${t.map.sv} | ${t.map.nb}`);
    expect(same).toEqual([]);
  });
});

describe("choosing the language", () => {
  it("reads LC_ALL, then LC_MESSAGES, then LANG, as POSIX does", async () => {
    expect(langFromEnvironment({ LANG: "sv_SE.UTF-8" })).toBe("sv");
    expect(langFromEnvironment({ LC_ALL: "nb_NO.UTF-8", LANG: "sv_SE.UTF-8" })).toBe("nb");
    expect(langFromEnvironment({ LC_MESSAGES: "en_GB.UTF-8", LANG: "sv_SE.UTF-8" })).toBe("en");
    expect(langFromEnvironment({ LC_ALL: "", LANG: "sv_SE" })).toBe("sv");
    expect(langFromEnvironment({ LANG: "C.UTF-8" })).toBeUndefined();
    expect(langFromEnvironment({ LANG: "de_DE.UTF-8" })).toBeUndefined();
    for (const v of ["nb_NO.UTF-8", "no_NO", "nn_NO.UTF-8"]) expect(langOfLocale(v)).toBe("nb");
  });

  it("prints the Norwegian table for LANG=nb_NO.UTF-8, with a decimal comma", async () => {
    const r = await run(["assess", "--answers", "examples/answers.yaml"], { env: { LANG: "nb_NO.UTF-8" } });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(messagesFor("nb").table.maturity);
    expect(r.stdout).toMatch(/\d,\d/);
    expect(r.stdout).toContain("Industri 5.0");
  });

  it("prints Swedish with --lang sv, and --lang wins over the environment", async () => {
    const r = await run(["assess", "-a", "examples/answers.yaml", "--lang", "sv"], { env: { LANG: "nb_NO.UTF-8" } });
    expect(r.stdout).toContain(messagesFor("sv").table.maturity);
    const json = JSON.parse((await run(["assess", "-a", "examples/answers.yaml", "--json", "--lang", "sv"])).stdout);
    expect(json.locale).toBe("sv");
    expect(json.summary.maturityIndex).toEqual(expect.any(Number)); // numbers stay numbers in JSON
  });

  it("says usage errors and validation findings in the chosen language", async () => {
    const r = await run(["validate", "nope.yaml", "--lang", "sv"]);
    expect(r.stdout).toContain(`nope.yaml:1:1 error file-unreadable ${messagesFor("sv").io.unreadable("ENOENT")}`);
    const help = await run(["assess", "--help"], { env: { LANG: "nb_NO.UTF-8" } });
    expect(help.stdout).toContain(messagesFor("nb").help.answers.split(" ")[0]!);
    expect(help.stdout).not.toMatch(/^Usage:/m);
  });

  it("says commander's usage errors in Swedish and Norwegian, not in English", async () => {
    const { main } = await import("../../src/cli.js");
    const sv = messagesFor("sv");
    const nb = messagesFor("nb");
    const cases: [string[], NodeJS.ProcessEnv, string][] = [
      [
        ["assess", "--format", "xml", "--lang", "sv"],
        {},
        sv.cli.usage(
          `${sv.usage.invalidArgument("-f, --format <format>", "xml")}; ${sv.usage.allowedChoices("table, json, markdown, csv, html")}`,
        ),
      ],
      [
        ["assess", "--pareto", "2"],
        { LANG: "sv_SE.UTF-8" },
        sv.cli.usage(`${sv.usage.invalidArgument("--pareto <share>", "2")}: ${sv.cli.badPareto("2")}`),
      ],
      [
        ["schema", "nope"],
        { LANG: "nb_NO.UTF-8" },
        nb.cli.usage(`${nb.usage.invalidCommandArgument("name", "nope")}; ${nb.usage.allowedChoices(SCHEMA_NAMES.join(", "))}`),
      ],
      [
        ["validate", "--frmat"],
        { LANG: "nb_NO.UTF-8" },
        nb.cli.usage(`${nb.usage.unknownOption("--frmat")} (${nb.usage.didYouMean("--format")})`),
      ],
      [["asess"], { LANG: "sv_SE.UTF-8" }, sv.cli.usage(`${sv.usage.unknownCommand("asess")} (${sv.usage.didYouMean("assess")})`)],
      [["report"], { LANG: "sv_SE.UTF-8" }, sv.cli.usage(sv.usage.missingArgument("result"))],
      [["assess", "--lang"], { LANG: "nb_NO.UTF-8" }, nb.cli.usage(nb.usage.optionMissingArgument("--lang <lang>"))],
      [["schema", "result", "extra"], { LANG: "nb_NO.UTF-8" }, nb.cli.usage(nb.usage.tooManyArguments)],
    ];
    for (const [args, env, line] of cases) {
      const io = fakeIo(root, env);
      expect(await main(args, io), args.join(" ")).toBe(2);
      expect(io.err(), args.join(" ")).toBe(`gapcheck: ${line}\n`);
      expect(io.out()).toBe("");
    }
  });
});
