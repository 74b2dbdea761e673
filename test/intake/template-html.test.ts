import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { inspect, printPdf } from "../helpers/chromium.js";
import { htmlOutput, LANGS } from "../helpers/html-outputs.js";
import { run } from "../helpers/main.js";
import { readPdf } from "../helpers/pdf.js";

/*
 * The printable questionnaire, `gapcheck template -f html` (docs/collecting-answers.md,
 * docs/reports.md#pages-to-trust): it states the terminal's rule first; a level's label is one line
 * ("0 · Absent", never "0 ·" above "Absent") and every level's description starts at the same x,
 * on a desktop, on a phone and on paper; printed on A4 it keeps each item whole on one page and
 * fits several items a page (it took 26 to 29 pages for 57 items, about two a page). The Markdown
 * questionnaire and the Google Form state the rule too.
 */

/** The rule as the terminal says it, in each language (hand-written, not read from the catalogues). */
const RULE = {
  en: "pick the highest level whose description fully holds",
  sv: "den högsta nivå vars beskrivning stämmer helt",
  nb: "det høyeste nivået der hele beskrivelsen stemmer",
} as const;

/** Labels that wrap, and the distinct x positions where descriptions start. */
const ROWS = `
const labels = [...document.querySelectorAll(".levels b")];
const tall = (b) => b.getBoundingClientRect().height > parseFloat(getComputedStyle(b).lineHeight) * 1.5;
const wrapped = labels.filter((b) => b.getClientRects().length !== 1 || tall(b)).map((b) => b.textContent);
const starts = [...new Set([...document.querySelectorAll(".levels .anchor")].filter((a) => a.textContent.trim())
  .map((a) => Math.round(a.getBoundingClientRect().left)))];
return { labels: labels.length, wrapped, starts, rule: document.querySelector("header .rule").textContent,
  scroll: document.documentElement.scrollWidth, width: innerWidth };`;

interface Rows {
  labels: number;
  wrapped: string[];
  starts: number[];
  rule: string;
  scroll: number;
  width: number;
}

const dir = mkdtempSync(join(tmpdir(), "gapcheck-template-html-"));
/** The printable width in CSS px at the margins print.css sets (210 mm less 13 mm each side). */
const PRINT_WIDTH = Math.floor(((210 - 26) / 25.4) * 96);

describe("the printable questionnaire", () => {
  it.each(LANGS)("in %s: the rule first; labels on one line, descriptions aligned at 1280, 390 and on paper", async (lang) => {
    const html = await htmlOutput("template", lang);
    const file = join(dir, `template.${lang}.html`);
    writeFileSync(file, html);
    // 57 items, five levels each (rubric 2026.3.0).
    const expected = 57 * 5;
    for (const size of ["1280,800", "390,844"]) {
      const [m] = await inspect<[Rows]>(`file://${file}`, size, [ROWS]);
      expect(m.rule, size).toContain(RULE[lang]);
      expect(m.labels, size).toBe(expected);
      expect(m.wrapped, size).toEqual([]);
      expect(m.starts, size).toHaveLength(1);
      expect(m.scroll, size).toBeLessThanOrEqual(m.width);
    }
    const { pdf, values } = await printPdf<[Rows]>(`file://${file}`, PRINT_WIDTH, [ROWS]);
    expect(values[0].wrapped, "print").toEqual([]);
    expect(values[0].starts, "print").toHaveLength(1);
    const pages = await readPdf(pdf);
    // Every item whole: each page holds as many item headings ("12. Title") as note lines, the item's last.
    const note = { en: "Note:", sv: "Anteckning:", nb: "Notat:" }[lang];
    pages.forEach((page, k) => {
      const headings = page.lines.filter((l) => /^\d+\. \S/.test(l.text)).length;
      const notes = page.lines.filter((l) => l.text.includes(note)).length;
      expect(notes, `${lang} page ${k + 1}: items cut`).toBe(headings);
    });
    expect(pages.reduce((n, p) => n + p.lines.filter((l) => l.text.includes(note)).length, 0)).toBe(57);
    // At least four items a page on average.
    expect(pages.length, `${lang}: pages`).toBeLessThanOrEqual(Math.ceil(57 / 4) + 1);
  });

  it.each(LANGS)("in %s: the Markdown questionnaire and the Google Form state the same rule", async (lang) => {
    for (const format of ["markdown", "gforms"]) {
      const r = await run(["template", "-f", format, "--lang", lang]);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout, format).toContain(RULE[lang]);
    }
  });
});
