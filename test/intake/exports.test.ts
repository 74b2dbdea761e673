import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import writeExcelFile from "write-excel-file/node";
import { beforeAll, describe, expect, it } from "vitest";
import { dateText } from "../../src/intake/xlsx.js";
import type { Rubric } from "../../src/model/rubric.js";
import type { Result } from "../../src/scoring/result.js";
import { run } from "../helpers/main.js";
import { bundledRubric } from "../helpers/rubric-fixture.js";
import {
  exampleTeam,
  googleForms,
  googleGrid,
  labelCell,
  microsoftFormsXlsx,
  nettskjema,
  qualtrics,
  surveyMonkey,
  swedishExcel,
  typeform,
  utf16,
  windows1252,
} from "../helpers/team-exports.js";

/*
 * One team (examples/team/, ten people) written as each survey tool writes its export: every export
 * gives the same consensus as the folder of answers files — each item's median, n, don't know and
 * n/a, the groups, and the gap index. The people's names and e-mails sit in the tools' metadata
 * columns and reach no output.
 */
const dir = mkdtempSync(join(tmpdir(), "gapcheck-exports-"));
const team = exampleTeam();
let rubric: Rubric;
let folder: Result;
beforeAll(async () => {
  rubric = await bundledRubric();
  const r = await run(["aggregate", "examples/team/", "--by", "group", "--json"]);
  expect(r.status).toBe(0);
  folder = JSON.parse(r.stdout) as Result;
});

/** What must be the same whatever the export: the consensus, agreement, groups and indexes. */
const consensus = (r: Result) => ({
  summary: r.summary,
  items: r.items.map((i) => [i.id, i.answer]),
  panel: r.panel!.items.map(({ item, n, dontKnow, notApplicable, median, counts, rwg }) => ({
    item,
    n,
    dontKnow,
    notApplicable,
    median,
    counts,
    rwg,
  })),
  groups: r.panel!.groups,
});

async function aggregateOf(name: string, bytes: string | Buffer, ...args: string[]) {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  const r = await run(["aggregate", file, "--by", "group", "--json", ...args]);
  return { ...r, file };
}

describe("every export of the example team aggregates to the folder's consensus", () => {
  const cases: [string, string, () => Promise<string | Buffer>][] = [
    ["Google Forms (en)", "google-en.csv", async () => googleForms(rubric, team, "en")],
    ["Google Forms (sv)", "google-sv.csv", async () => googleForms(rubric, team, "sv")],
    ["Google Forms grid, Question [Row] (nb)", "grid-nb.csv", async () => googleGrid(rubric, team, "nb")],
    ["Microsoft Forms .xlsx, shuffled columns, date cells (sv)", "msforms-sv.xlsx", () => microsoftFormsXlsx(rubric, team, "sv")],
    ["Microsoft Forms .xlsx (en)", "msforms-en.xlsx", () => microsoftFormsXlsx(rubric, team, "en")],
    ["SurveyMonkey, two header rows (en)", "surveymonkey-en.csv", async () => surveyMonkey(rubric, team, "en")],
    ["Qualtrics, three header rows, matrix statements (en)", "qualtrics-en.csv", async () => qualtrics(rubric, team, "en")],
    ["Typeform (en)", "typeform-en.csv", async () => typeform(rubric, team, "en")],
    ["Nettskjema, ';' (nb)", "nettskjema-nb.csv", async () => nettskjema(rubric, team)],
    [
      "UTF-16 LE tab-separated text (Excel's Unicode text, sv)",
      "unicode-sv.txt",
      async () => utf16(tsv(googleForms(rubric, team, "sv")), "le"),
    ],
    ["UTF-16 BE tab-separated text (en)", "unicode-be.txt", async () => utf16(tsv(googleForms(rubric, team, "en")), "be")],
  ];
  it.each(cases)("%s", async (_label, name, make) => {
    const r = await aggregateOf(name, await make());
    expect(r.stderr).not.toMatch(/ error /);
    expect(r.status).toBe(0);
    const result = JSON.parse(r.stdout) as Result;
    expect(result.panel!.respondents).toBe(10);
    expect(consensus(result)).toEqual(consensus(folder));
    expect(r.stderr).toContain("notice metadata-columns");
    expect(r.stderr).not.toContain("ignored-columns");
  });

  it("a Swedish Excel's plain CSV in Windows-1252 (å, ä, ö in headers and labels) is read with one notice", async () => {
    const text = swedishExcel(rubric, team);
    expect(text).toMatch(/[åäö]/);
    const bytes = windows1252(text);
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toThrow();
    const r = await aggregateOf("excel-sv-1252.csv", bytes);
    expect(r.status).toBe(0);
    expect(consensus(JSON.parse(r.stdout) as Result)).toEqual(consensus(folder));
    const notices = r.stderr.split("\n").filter((l) => l.includes("notice encoding"));
    expect(notices).toEqual([
      `${r.file}:1:1 notice encoding read as Windows-1252, not UTF-8 (Excel's plain "CSV"); to avoid any doubt about å, ä and ö, ` +
        'save as "CSV UTF-8 (Comma delimited)"',
    ]);
  });
});

/** The same export with tabs: its cells hold no tab, so quoting stays as it was. */
function tsv(csv: string): string {
  return csv.replace(/","/g, '"\t"');
}

describe("what never reaches an output", () => {
  it("no format of aggregate holds a name or an e-mail from any export's metadata columns", async () => {
    const files: [string, string | Buffer][] = [
      ["names-google.csv", googleForms(rubric, team, "en")],
      ["names-sm.csv", surveyMonkey(rubric, team, "en")],
      ["names-q.csv", qualtrics(rubric, team, "en")],
      ["names-ms.xlsx", await microsoftFormsXlsx(rubric, team, "en")],
      ["names-excel.csv", windows1252(swedishExcel(rubric, team))],
    ];
    const paths = files.map(([name, bytes]) => {
      writeFileSync(join(dir, name), bytes);
      return join(dir, name);
    });
    const secrets = team.flatMap((p) => [p.name, p.email, p.name.split(" ")[1]!]);
    for (const format of ["table", "json", "markdown", "csv", "html"]) {
      for (const file of paths) {
        const r = await run(["aggregate", file, "--by", "group", "-f", format]);
        expect(r.status, `${file} -f ${format}`).toBe(0);
        for (const s of secrets) expect(r.stdout, `${file} -f ${format}`).not.toContain(s);
        // The notice names the columns, never what they hold.
        for (const s of secrets) expect(r.stderr).not.toContain(s);
      }
    }
  });
});

describe("refused, with what to do", () => {
  it("a SurveyMonkey file with typo'd option labels: each bad cell at FILE:ROW:COL with the allowed labels", async () => {
    const typos: Record<string, string> = { Established: "Establised", "Ad hoc": "Adhoc" };
    const typoCell: typeof labelCell = (rb, level, lang) => {
      const cell = labelCell(rb, level, lang);
      return typos[cell] ?? cell;
    };
    const csv = surveyMonkey(rubric, team.slice(0, 3), "en", typoCell);
    const r = await aggregateOf("typos-sm.csv", csv);
    expect(r.status).toBe(2);
    const lines = csv.split("\n");
    const allowed = "allowed: a level 0–4, a label (Absent, Ad hoc, Defined, Established, Leading), blank for don't know, or n/a";
    // Every typo is reported where it is: data rows start on line 3 (two header rows); columns count from 1.
    const expected: string[] = [];
    lines.slice(2, 5).forEach((line, i) => {
      line.split(",").forEach((cell, c) => {
        if (cell === "Establised" || cell === "Adhoc") {
          const item = rubric.items[c - 10]!.item.id;
          expected.push(`${r.file}:${i + 3}:${c + 1} error bad-cell "${cell}" is not an answer for "${item}"; ${allowed}`);
        }
      });
    });
    expect(expected.length).toBeGreaterThan(10);
    const reported = r.stderr.split("\n").filter((l) => l.includes(" error bad-cell "));
    expect(reported).toEqual(expected);
  });

  it("an .xlsx: --sheet picks a sheet by name; a missing one lists the sheets there are", async () => {
    const answers = rubric.items.map((ref) => ref.item.id);
    const sheetOf = (level: number) => [answers, ...team.slice(0, 3).map(() => answers.map(() => level))];
    const file = join(dir, "two-sheets.xlsx");
    await writeExcelFile([
      { data: sheetOf(1), sheet: "Notes" },
      { data: sheetOf(3), sheet: "Responses" },
    ] as never).toFile(file);
    const first = await run(["aggregate", file, "--json"]);
    expect(first.status).toBe(0);
    expect((JSON.parse(first.stdout) as Result).panel!.items[0]).toMatchObject({ n: 3, median: 1 });
    const named = await run(["aggregate", file, "--sheet", "Responses", "--json"]);
    expect(named.status).toBe(0);
    expect((JSON.parse(named.stdout) as Result).panel!.items[0]).toMatchObject({ n: 3, median: 3 });
    const missing = await run(["aggregate", file, "--sheet", "Svar"]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain(`${file}:1:1 error no-sheet no sheet "Svar" in this workbook; its sheets: "Notes", "Responses"`);
  });

  it("bytes that are neither UTF-8 nor Windows-1252 say how to save as CSV UTF-8", async () => {
    const r = await aggregateOf("mac-roman.csv", Buffer.concat([Buffer.from("ai-workflows\n3\n"), Buffer.from([0x8d, 0x0a])]));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(
      `${r.file}:3:1 error encoding neither UTF-8 nor Windows-1252 (byte 0x8d); in Excel: File › Save As › "CSV UTF-8 (Comma delimited)"`,
    );
  });

  it("a time Excel stores as 09:10:59.999 reads back as 09:11:00", () => {
    expect(dateText(new Date("2026-11-16T09:10:59.999Z"))).toBe("2026-11-16 09:11:00");
    expect(dateText(new Date("2026-11-16T00:00:00.000Z"))).toBe("2026-11-16");
  });
});
