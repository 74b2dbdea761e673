import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { parse as parseYamlText } from "yaml";
import { assess } from "../../src/commands/assess.js";
import { template } from "../../src/commands/template.js";
import type { Result } from "../../src/scoring/result.js";
import { root } from "../helpers/exec.js";
import { fakeIo } from "../helpers/io.js";
import { run } from "../helpers/main.js";

const dir = mkdtempSync(join(tmpdir(), "gapcheck-template-"));

async function templateText(format: "csv" | "markdown" | "html", lang: "en" | "sv" | "nb"): Promise<string> {
  const io = fakeIo(root);
  expect(await template({ format, lang, io })).toBe(0);
  return io.out();
}

async function assessJson(answers: string, lang: "en" | "sv" | "nb" = "en"): Promise<Result> {
  const io = fakeIo(root);
  expect(await assess({ answers, format: "json", pareto: 0.8, lang, io })).toBe(0);
  return JSON.parse(io.out()) as Result;
}

/** Fills the answer and note columns of a template sheet from an answers file's entries. */
function fill(sheet: string, entries: Record<string, unknown>, sep: string, decimalComma: boolean): string {
  const rows = parse(sheet, { bom: true, delimiter: sep, relax_column_count: true }) as string[][];
  const [head, ...body] = rows;
  const answer = head!.findIndex((h) => /^(Answer|Svar)$/.test(h));
  const note = head!.findIndex((h) => /^(Note|Anteckning|Notat)$/.test(h));
  for (const row of body) {
    const value = entries[row[0]!];
    if (value === undefined) continue;
    const level = typeof value === "object" && value !== null ? (value as { level: number | null }).level : (value as number | null);
    row[answer] = level === null ? "" : decimalComma ? `${level},0` : String(level);
    if (typeof value === "object" && value !== null && "note" in value) row[note] = String((value as { note: string }).note);
  }
  const quote = (v: string) => (/[";\n,]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return `\uFEFF${[head!, ...body].map((r) => r.map(quote).join(sep)).join("\r\n")}\r\n`;
}

describe("gapcheck template -f csv", () => {
  it.each([
    ["en", ",", false],
    ["sv", ";", true],
    ["nb", ";", true],
  ] as const)(
    "in %s: written, filled in, read back by assess --answers gives the same result as the YAML answers",
    async (lang, sep, decimalComma) => {
      const sheet = await templateText("csv", lang);
      expect(sheet.startsWith(`\uFEFFid${sep}`)).toBe(true);
      const example = parseYamlText(readFileSync(join(root, "examples/answers.yaml"), "utf8")) as { answers: Record<string, unknown> };
      const file = join(dir, `filled-${lang}.csv`);
      writeFileSync(file, fill(sheet, example.answers, sep, decimalComma));
      const fromCsv = await assessJson(file, lang);
      const fromYaml = await assessJson(join(root, "examples/answers.yaml"), lang);
      const { respondent: _r, date: _d, ...expected } = fromYaml;
      expect(fromCsv).toEqual({ ...expected, profile: fromCsv.profile });
      expect(fromCsv.items.find((i) => i.id === "attribution")!.note).toBe("last-click only, in the ad platforms");
    },
  );

  it("is in the chosen language, with each item's level anchors", async () => {
    const sv = await templateText("csv", "sv");
    expect(sv).toContain("Hur långt är AI-drivna arbetsflöden inbyggda");
    expect(sv).toContain("0 = Saknas: Ingen använder AI i det gemensamma arbetet;");
    const nb = await templateText("markdown", "nb");
    expect(nb).toContain("Spørreskjema");
    expect(nb).toContain("- [ ] **3 · Etablert** — De fleste gjentakende produksjons");
    const html = await templateText("html", "en");
    expect(html).toContain("<h1>Modern marketing leadership — Questionnaire</h1>");
    expect(html).toContain("<b>4 · Leading</b>");
  });

  it("a bad cell in the sheet is an error at FILE:ROW:COL naming the item and what is allowed; na and blank are fine", async () => {
    const sheet = await templateText("csv", "en");
    const lines = sheet.split("\r\n");
    const row = lines.findIndex((l) => l.startsWith("ai-frees-time,"));
    const bad = lines.map((l, i) =>
      i === row ? l.replace(/,,$/, ",often,") : l.startsWith("journey-teams,") ? l.replace(/,,$/, ",na,") : l,
    );
    const file = join(dir, "bad.csv");
    writeFileSync(file, bad.join("\r\n"));
    const r = await run(["assess", "--answers", file]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${file}:`);
    expect(r.stderr).toMatch(/:\d+:5 error bad-cell "often" is not an answer for "ai-frees-time"; allowed: a level 0–4/);
    const good = join(dir, "good.csv");
    writeFileSync(good, bad.map((l) => l.replace(",often,", ",,")).join("\r\n"));
    const result = await assessJson(good);
    expect(result.items.find((i) => i.id === "journey-teams")!.answer).toBe("na");
    expect(result.items.find((i) => i.id === "ai-frees-time")!.answer).toBeNull();
  });
});
