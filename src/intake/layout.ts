import { loose } from "../answers/levels.js";
import type { TableRow } from "./records.js";

/*
 * How a survey tool lays out its header (docs/collecting-answers.md): one row (Google Forms,
 * Microsoft Forms, Typeform, Nettskjema, Excel), SurveyMonkey's two (the question, then "Response"
 * or the option or matrix row), Qualtrics' three (export tags, question texts, `{"ImportId":…}`).
 * Detected from the file, never from a flag.
 */

export type LayoutName = "one-row" | "surveymonkey" | "qualtrics";

export interface Column {
  /** Texts that may name an item, most specific first. */
  texts: string[];
  /** The header as messages show it. */
  label: string;
}

export interface Layout {
  name: LayoutName;
  /** Rows before the first respondent. */
  headerRows: number;
  columns: Column[];
  /** The line of the row that names the questions (for header messages). */
  line: number;
}

/** Qualtrics' third header row: `{"ImportId":"QID1"}` in the question columns. */
const IMPORT_ID = /^\{\s*"ImportId"\s*:/i;
/** SurveyMonkey's second-row word for a single-answer question, in the languages it exports in. */
const SM_RESPONSE = new Set(["response", "open-ended response", "svar", "öppet svar", "åpent svar"].map(loose));

/** The layout of a table from its first three rows (fewer when the file is shorter). */
export function detectLayout(first: readonly TableRow[]): Layout {
  const [one, two, three] = first;
  const row1 = one?.cells ?? [];
  const line = one?.line ?? 1;
  if (three?.cells.some((c) => IMPORT_ID.test(c.trim()))) {
    const texts = two!.cells;
    return {
      name: "qualtrics",
      headerRows: 3,
      line: two!.line,
      columns: row1.map((tag, i) => {
        const text = (texts[i] ?? "").trim();
        // A matrix row is "Question - Statement": the statement names the item.
        const cut = text.lastIndexOf(" - ");
        const statement = cut > 0 ? text.slice(cut + 3).trim() : undefined;
        return { texts: [text, ...(statement ? [statement] : []), tag.trim()].filter((s) => s !== ""), label: text || tag.trim() };
      }),
    };
  }
  // Under SurveyMonkey's metadata columns (Respondent ID first) the second row is blank; a
  // respondent's row would hold a value there.
  if (two?.cells.some((c) => SM_RESPONSE.has(loose(c))) && (two.cells[0] ?? "").trim() === "") {
    let question = "";
    return {
      name: "surveymonkey",
      headerRows: 2,
      line,
      columns: row1.map((q, i) => {
        // A blank first-row cell continues the question to its left (its options or matrix rows).
        if (q.trim() !== "") question = q.trim();
        const sub = (two.cells[i] ?? "").trim();
        if (sub === "" || SM_RESPONSE.has(loose(sub))) return { texts: [question], label: question };
        return { texts: [sub, `${question} - ${sub}`, question], label: `${question} › ${sub}` };
      }),
    };
  }
  return { name: "one-row", headerRows: 1, line, columns: row1.map((h) => ({ texts: [h], label: h.trim() })) };
}
