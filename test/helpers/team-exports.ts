import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import writeExcelFile from "write-excel-file/node";
import { parse } from "yaml";
import { en } from "../../src/i18n/en.js";
import { nb } from "../../src/i18n/nb.js";
import { sv } from "../../src/i18n/sv.js";
import { itemTitle, type Rubric } from "../../src/model/rubric.js";
import type { TextValue } from "../../src/model/schema.js";
import { textIn } from "../../src/model/text.js";
import { root } from "./exec.js";

/*
 * The example team (examples/team/, ten people) written the way each survey tool writes its export:
 * the same answers as the YAML files, so every export must aggregate to the same consensus. Names and
 * e-mail addresses go into the tools' metadata columns, so a test can check they reach no output.
 */

export type Lang = "en" | "sv" | "nb";
type Level = number | "na" | null;

export interface Person {
  name: string;
  email: string;
  group: string;
  /** Minutes after 2026-11-16 09:00 UTC the person started. */
  minute: number;
  answers: Record<string, Level>;
}

const CATALOGUES = { en, sv, nb };

/** The example team, in file order. */
export function exampleTeam(): Person[] {
  const dir = join(root, "examples/team");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".yaml"))
    .sort()
    .map((f, i) => {
      const doc = parse(readFileSync(join(dir, f), "utf8")) as {
        respondent: { name: string; group: string };
        answers: Record<string, Level | { level: Level }>;
      };
      const answers: Record<string, Level> = {};
      for (const [id, a] of Object.entries(doc.answers)) answers[id] = a !== null && typeof a === "object" ? a.level : a;
      const name = doc.respondent.name;
      return {
        name,
        email: `${name.toLowerCase().replace(/ /g, ".")}@nordvik.example`,
        group: doc.respondent.group,
        minute: i * 7,
        answers,
      };
    });
}

const text = (rubric: Rubric, value: TextValue | undefined, lang: Lang) => textIn(value, lang, rubric.defaultLocale);

/** A cell as a form writes the chosen option: the level's label, "Not applicable", blank for don't know. */
export function labelCell(rubric: Rubric, level: Level | undefined, lang: Lang): string {
  if (level === null || level === undefined) return "";
  if (level === "na") return CATALOGUES[lang].team.notApplicable;
  return text(rubric, rubric.data.scale.levels[String(level)], lang);
}

const question = (rubric: Rubric, id: string, lang: Lang) => text(rubric, rubric.itemById.get(id)!.item.text, lang);
const title = (rubric: Rubric, id: string, lang: Lang) => text(rubric, itemTitle(rubric.itemById.get(id)!.item), lang);
const ids = (rubric: Rubric) => rubric.items.map((r) => r.item.id);
const groupWord = { en: "Group", sv: "Grupp", nb: "Gruppe" };

const started = (p: Person) => new Date(Date.UTC(2026, 10, 16, 9, p.minute));

/** CSV as a spreadsheet writes it: a cell quoted only when it holds the separator, a quote or a line break. */
export function toCsv(rows: string[][], delimiter = ",", eol = "\n", quoteAll = false): string {
  const cell = (c: string) => (quoteAll || c.includes(delimiter) || /["\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  return rows.map((r) => r.map(cell).join(delimiter)).join(eol) + eol;
}

/** Google Forms "Download responses (.csv)": every cell quoted, Timestamp, Email Address, question titles. */
export function googleForms(rubric: Rubric, people: Person[], lang: Lang): string {
  const header = ["Timestamp", "Email Address", groupWord[lang], ...ids(rubric).map((id) => question(rubric, id, lang))];
  const rows = people.map((p) => [
    `2026/11/16 ${9 + Math.floor(p.minute / 60)}:${String(p.minute % 60).padStart(2, "0")}:00 AM GMT+1`,
    p.email,
    p.group,
    ...ids(rubric).map((id) => labelCell(rubric, p.answers[id], lang)),
  ]);
  return toCsv([header, ...rows], ",", "\n", true);
}

/** A Google Forms grid (one question per dimension, one row per item): columns `Question [Row]`. */
export function googleGrid(rubric: Rubric, people: Person[], lang: Lang): string {
  const header = [
    "Timestamp",
    groupWord[lang],
    ...rubric.items.map((r) => `${text(rubric, r.dimension.title, lang)} [${title(rubric, r.item.id, lang)}]`),
  ];
  const rows = people.map((p) => [started(p).toISOString(), p.group, ...ids(rubric).map((id) => labelCell(rubric, p.answers[id], lang))]);
  return toCsv([header, ...rows]);
}

/** Microsoft Forms' "Open results in Excel": ID, times as real dates, Email, Name, the questions in another order. */
export async function microsoftFormsXlsx(rubric: Rubric, people: Person[], lang: Lang): Promise<Buffer> {
  const meta = {
    en: ["ID", "Start time", "Completion time", "Email", "Name", "Last modified time"],
    sv: ["ID", "Starttid", "Slutförandetid", "E-post", "Namn", "Senast ändrad"],
    nb: ["ID", "Starttidspunkt", "Fullføringstidspunkt", "E-post", "Navn", "Sist endret tidspunkt"],
  }[lang];
  // The question columns shuffled (a fixed permutation: reversed halves), as Forms may order them.
  const all = ids(rubric);
  const half = Math.floor(all.length / 2);
  const shuffled = [...all.slice(half).reverse(), ...all.slice(0, half)];
  const dateCell = (d: Date) => ({ value: d, format: "m/d/yy h:mm:ss" });
  const data = [
    [...meta, groupWord[lang], ...shuffled.map((id) => question(rubric, id, lang))],
    ...people.map((p, i) => [
      i + 1,
      dateCell(started(p)),
      dateCell(new Date(started(p).getTime() + 6 * 60_000)),
      p.email,
      p.name,
      dateCell(new Date(started(p).getTime() + 6 * 60_000)),
      p.group,
      ...shuffled.map((id) => labelCell(rubric, p.answers[id], lang)),
    ]),
  ];
  // biome-ignore lint/suspicious/noExplicitAny: write-excel-file's cell types do not model date formats per cell
  return (await writeExcelFile(data as any).toBuffer()) as Buffer;
}

/** SurveyMonkey's "All responses data" CSV: two header rows (the question, then "Response"). */
export function surveyMonkey(rubric: Rubric, people: Person[], lang: Lang, cell = labelCell): string {
  const meta = [
    "Respondent ID",
    "Collector ID",
    "Start Date",
    "End Date",
    "IP Address",
    "Email Address",
    "First Name",
    "Last Name",
    "Custom Data 1",
  ];
  const questions = [groupWord[lang], ...ids(rubric).map((id) => question(rubric, id, lang))];
  const row1 = [...meta, ...questions];
  const row2 = [...meta.map(() => ""), ...questions.map(() => "Response")];
  const rows = people.map((p, i) => {
    const [first, ...last] = p.name.split(" ");
    const at = `11/16/2026 09:${String(p.minute).padStart(2, "0")}:00 AM`;
    return [
      String(114_000_000_00 + i),
      "431000000",
      at,
      at,
      `192.0.2.${i + 10}`,
      p.email,
      first!,
      last.join(" "),
      "",
      p.group,
      ...ids(rubric).map((id) => cell(rubric, p.answers[id], lang)),
    ];
  });
  return toCsv([row1, row2, ...rows]);
}

/** Qualtrics' CSV export: export tags, question texts (a matrix row as "Question - Statement"), ImportIds. */
export function qualtrics(rubric: Rubric, people: Person[], lang: Lang): string {
  const meta: [string, string, string][] = [
    ["StartDate", "Start Date", '{"ImportId":"startDate","timeZone":"Europe/Stockholm"}'],
    ["EndDate", "End Date", '{"ImportId":"endDate","timeZone":"Europe/Stockholm"}'],
    ["Status", "Response Type", '{"ImportId":"status"}'],
    ["IPAddress", "IP Address", '{"ImportId":"ipAddress"}'],
    ["Progress", "Progress", '{"ImportId":"progress"}'],
    ["Duration (in seconds)", "Duration (in seconds)", '{"ImportId":"duration"}'],
    ["Finished", "Finished", '{"ImportId":"finished"}'],
    ["RecordedDate", "Recorded Date", '{"ImportId":"recordedDate","timeZone":"Europe/Stockholm"}'],
    ["ResponseId", "Response ID", '{"ImportId":"_recordId"}'],
    ["RecipientLastName", "Recipient Last Name", '{"ImportId":"recipientLastName"}'],
    ["RecipientFirstName", "Recipient First Name", '{"ImportId":"recipientFirstName"}'],
    ["RecipientEmail", "Recipient Email", '{"ImportId":"recipientEmail"}'],
    ["UserLanguage", "User Language", '{"ImportId":"userLanguage"}'],
  ];
  const row1 = [
    ...meta.map((m) => m[0]),
    "Q1",
    ...rubric.items.map((r, i) => `Q${2 + rubric.data.dimensions.indexOf(r.dimension)}_${i + 1}`),
  ];
  const row2 = [
    ...meta.map((m) => m[1]),
    groupWord[lang],
    ...rubric.items.map((r) => `${text(rubric, r.dimension.title, lang)} - ${title(rubric, r.item.id, lang)}`),
  ];
  const row3 = [...meta.map((m) => m[2]), '{"ImportId":"QID1"}', ...rubric.items.map((_, i) => `{"ImportId":"QID2_${i + 1}"}`)];
  const rows = people.map((p, i) => {
    const [first, ...last] = p.name.split(" ");
    const at = started(p).toISOString().replace("T", " ").slice(0, 19);
    return [
      at,
      at,
      "IP Address",
      `198.51.100.${i + 1}`,
      "100",
      "412",
      "True",
      at,
      `R_${(1000 + i).toString(36)}abcdEFGH`,
      last.join(" "),
      first!,
      p.email,
      lang.toUpperCase(),
      p.group,
      ...ids(rubric).map((id) => labelCell(rubric, p.answers[id], lang)),
    ];
  });
  return toCsv([row1, row2, row3, ...rows]);
}

/** Microsoft Forms saved as plain "CSV" by a Swedish Excel: `;`, CRLF, commas in questions unquoted. */
export function swedishExcel(rubric: Rubric, people: Person[]): string {
  const header = ["ID", "Starttid", "Slutförandetid", "E-post", "Namn", "Grupp", ...ids(rubric).map((id) => question(rubric, id, "sv"))];
  const rows = people.map((p, i) => {
    const at = started(p).toISOString().replace("T", " ").slice(0, 16);
    return [String(i + 1), at, at, p.email, p.name, p.group, ...ids(rubric).map((id) => labelCell(rubric, p.answers[id], "sv"))];
  });
  return toCsv([header, ...rows], ";", "\r\n");
}

/** Typeform's CSV: `#`, the questions, then its own dates and ids. */
export function typeform(rubric: Rubric, people: Person[], lang: Lang): string {
  const header = [
    "#",
    groupWord[lang],
    ...ids(rubric).map((id) => question(rubric, id, lang)),
    "Start Date (UTC)",
    "Submit Date (UTC)",
    "Network ID",
    "Tags",
  ];
  const rows = people.map((p, i) => {
    const at = started(p).toISOString().replace("T", " ").slice(0, 19);
    return [`k3v${i}q9x2`, p.group, ...ids(rubric).map((id) => labelCell(rubric, p.answers[id], lang)), at, at, `n${i}77f0`, ""];
  });
  return toCsv([header, ...rows]);
}

/** Nettskjema's CSV (University of Oslo's form service): `;`, `$`-prefixed metadata, Norwegian texts. */
export function nettskjema(rubric: Rubric, people: Person[]): string {
  const header = ["$submission_id", "$created", "$answer_time_ms", groupWord.nb, ...ids(rubric).map((id) => question(rubric, id, "nb"))];
  const rows = people.map((p, i) => [
    String(31_000_000 + i),
    started(p).toISOString(),
    "361000",
    p.group,
    ...ids(rubric).map((id) => labelCell(rubric, p.answers[id], "nb")),
  ]);
  return toCsv([header, ...rows], ";");
}

/** Windows-1252 bytes of a text (Excel's plain "CSV" on a Nordic Windows). */
export function windows1252(s: string): Buffer {
  const high = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";
  return Buffer.from(
    [...s].map((ch) => {
      const c = ch.codePointAt(0)!;
      if (c < 0x80 || (c >= 0xa0 && c <= 0xff)) return c;
      const i = high.indexOf(ch);
      if (i < 0) throw new Error(`${ch} has no Windows-1252 byte`);
      return 0x80 + i;
    }),
  );
}

/** UTF-16 with a BOM (Excel's "Unicode text"). */
export function utf16(s: string, order: "le" | "be"): Buffer {
  const le = Buffer.from(`\uFEFF${s}`, "utf16le");
  return order === "le" ? le : le.swap16();
}
