import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { run } from "../helpers/main.js";
import { edit, MINI_RUBRIC, tempDir } from "../helpers/rubric-fixture.js";

/*
 * Text from users and rubrics is shown, never obeyed (docs/rules.md#hostile-and-broken-input; issue 24 point 4): every command that
 * shows such text, in every format it shows it in, gets the same hostile text — a spreadsheet
 * formula, Markdown emphasis and a link, an HTML script, a table pipe, terminal escape sequences
 * (colour, window title, bell), a right-to-left override and a line break followed by a heading —
 * in a note, a person's name and the rubric's own texts, and none of it may act.
 */

/** The hostile text as a YAML double-quoted scalar (\e = ESC, \a = BEL). */
const HOSTILE_YAML =
  '"=HYPERLINK(\\"http://x\\",\\"y\\") **bold** [link](https://evil.example) <script>alert(1)</script> ' +
  'a|b `code` \\e[31mRED \\e]0;pwned\\a \\u202eevil\\n# heading"';

const RUBRIC = [
  ["title: Mini rubric", `title: ${HOSTILE_YAML}`],
  ["title: AI-first work", `title: ${HOSTILE_YAML}`],
  ["text: Do you score leads?", `text: ${HOSTILE_YAML}`],
  ["action: Introduce lead scoring.", `action: ${HOSTILE_YAML}`],
].reduce((text, [from, to]) => edit(text, from!, to!), MINI_RUBRIC);

const answers = (levels: string, respondent = "") => `gapcheck: 1\nrubric: { id: mini, version: 1.0.0 }\n${respondent}answers: ${levels}\n`;

/** A folder with the hostile rubric, answers with hostile notes, a team of three and a hostile candidate. */
function workspace() {
  const dir = tempDir();
  const put = (name: string, text: string) => writeFileSync(join(dir, name), text);
  put("rubric.yaml", RUBRIC);
  const noted = (level: number) =>
    `{ ai-workflows: { level: ${level}, note: ${HOSTILE_YAML} }, ai-governance: 1, crm-integration: 1, ` +
    `lead-scoring: { level: 0, note: ${HOSTILE_YAML} } }`;
  put("before.yaml", answers(noted(1)));
  put("after.yaml", answers(noted(2)));
  for (const [i, group] of ["a", "b", "c"].entries()) put(`team-${i}.yaml`, answers(noted(i), `respondent: { group: ${group} }\n`));
  put(
    "candidate.yaml",
    answers("{ ai-workflows: 4, ai-governance: 4, crm-integration: 4, lead-scoring: 4 }", `respondent: { name: ${HOSTILE_YAML} }\n`),
  );
  return dir;
}

type Format = "table" | "markdown" | "csv" | "html";

/** Every command × format that shows user or rubric text, as a user types it. */
const CASES: { command: string; formats: Format[]; args: (format: Format) => string[] }[] = [
  {
    command: "assess",
    formats: ["table", "markdown", "csv", "html"],
    args: (f) => ["assess", "-r", "rubric.yaml", "-a", "before.yaml", "-f", f],
  },
  {
    command: "aggregate --notes",
    formats: ["table", "markdown", "csv", "html"],
    args: (f) => ["aggregate", "team-0.yaml", "team-1.yaml", "team-2.yaml", "-r", "rubric.yaml", "--notes", "-f", f],
  },
  {
    command: "compare",
    formats: ["table", "markdown", "csv", "html"],
    args: (f) => ["compare", "before.yaml", "after.yaml", "-r", "rubric.yaml", "-f", f],
  },
  {
    command: "match",
    formats: ["table", "markdown", "csv", "html"],
    args: (f) => ["match", "before.yaml", "candidate.yaml", "-r", "rubric.yaml", "--team", "1", "-f", f],
  },
  { command: "report", formats: ["table", "markdown", "csv", "html"], args: (f) => ["report", "result.json", "-f", f] },
  { command: "template", formats: ["markdown", "csv", "html"], args: (f) => ["template", "-r", "rubric.yaml", "-f", f] },
];

/** What must hold of the output in each format: the hostile text is visible and inert. */
const INERT: Record<Format, (out: string) => void> = {
  table: (out) => {
    expect(out).not.toMatch(/[\u001b\u0007\u202e]/);
    expect(out).toContain("\\u001b[31mRED");
    expect(out).not.toMatch(/^[\s│|]*# heading/m);
  },
  markdown: (out) => {
    expect(out).not.toContain("<script>");
    expect(out).toContain("&lt;script&gt;");
    expect(out).not.toMatch(/(^|[^\\])\*\*bold/);
    expect(out).not.toMatch(/(^|[^\\])\[link\\?\]\(/);
    expect(out).not.toMatch(/(^|[^\\])`code/);
    expect(out).not.toMatch(/^# heading/m);
    expect(out).not.toMatch(/[\u001b\u0007\u202e]/);
  },
  csv: (out) => {
    // A spreadsheet runs a cell that starts like a formula: no cell may.
    const cells = (parse(out, { bom: true, relax_column_count: true }) as string[][]).flat();
    expect(cells.filter((c) => c.includes("=HYPERLINK")).length).toBeGreaterThan(0);
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c) && !/^-?\d+(\.\d+)?$/.test(c))).toEqual([]);
  },
  html: (out) => {
    expect(out).not.toContain("<script>alert");
    expect(out).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(out).not.toContain('href="https://evil');
  },
};

describe("user and rubric text is inert in every command × format (docs/rules.md#hostile-and-broken-input)", () => {
  const dir = workspace();
  const ready = run(["assess", "-r", "rubric.yaml", "-a", "before.yaml", "-o", "result.json", "--json"], { cwd: dir });

  for (const c of CASES) {
    for (const format of c.formats) {
      it(`${c.command} -f ${format}`, async () => {
        expect((await ready).status).toBe(0);
        const r = await run(c.args(format), { cwd: dir });
        expect(r.stderr.replace(/^.*(notice|warning).*\n/gm, ""), r.stderr).toBe("");
        expect(r.status).toBe(0);
        // The hostile text reached the output (else the test proves nothing), made inert.
        expect(r.stdout).toMatch(/HYPERLINK/);
        INERT[format](r.stdout);
      });
    }
  }
});
