import { describe, expect, it } from "vitest";
import width from "../../src/text/width.js";
import { run } from "../helpers/main.js";
import "../../src/i18n/all.js";

/*
 * SPEC 16 "Terminal" (issue 28): "%" means one thing per context, and the header says which — a
 * share of the weighted gap, a gap as a share of the scale, a share of the 80/20 list — in every
 * language, at COLUMNS=80 with no line longer and no word split.
 */
const COMMANDS: Record<string, string[]> = {
  assess: ["assess", "-a", "examples/answers.yaml"],
  compare: ["compare", "examples/answers.yaml", "examples/day30.yaml"],
  match: ["match", "examples/answers.yaml", "examples/candidates/", "--team", "2"],
};

/** What each context's % is, as its header says it, by language (hand-written, not read from i18n). */
const HEADERS: Record<string, Record<string, string[]>> = {
  en: {
    assess: ["Share of the gap by dimension:"],
    compare: ["Gap % of scale"],
    match: ["Closes, % of gap", "% of 80/20 list"],
  },
  sv: {
    assess: ["Andel av gapet per dimension:"],
    compare: ["Gap % av skalan"],
    match: ["Stänger, % av gapet", "% av 80/20-listan"],
  },
  nb: {
    assess: ["Andel av gapet per dimensjon:"],
    compare: ["Gap % av skalaen"],
    match: ["Lukker, % av gapet", "% av 80/20-listen"],
  },
};

/** Table cells of a header row and its wrapped continuation rows, joined per column. */
function headerText(out: string): string {
  const lines = out.split("\n");
  const top = lines.findIndex((l) => l.startsWith("┌"));
  if (top < 0) return out;
  const rows: string[][] = [];
  for (const line of lines.slice(top + 1)) {
    if (!line.startsWith("│")) break;
    rows.push(line.split("│").slice(1, -1));
  }
  const cells = rows[0]!.map((_, k) =>
    rows
      .map((r) => r[k]!.trim())
      .filter(Boolean)
      .join(" "),
  );
  return `${out}\n${cells.join("\n")}`;
}

describe("the terminal says what each % is (SPEC 16)", () => {
  for (const lang of ["en", "sv", "nb"] as const)
    for (const [name, argv] of Object.entries(COMMANDS))
      it(`${name} in ${lang}, COLUMNS=80`, async () => {
        const r = await run([...argv, "--lang", lang], { env: { COLUMNS: "80" } });
        expect(r.status, r.stderr).toBe(0);
        const text = headerText(r.stdout);
        for (const header of HEADERS[lang]![name]!) expect(text, `${name} ${lang}`).toContain(header);
        const long = r.stdout.split("\n").filter((l) => width(l) > 80);
        expect(long, `${name} ${lang}: lines over 80 columns`).toEqual([]);
        // The bare "Dimensions:" line of before, whose % a reader took for the dimension's gap.
        expect(r.stdout).not.toMatch(/^(Dimensions|Dimensioner|Dimensjoner):/m);
      });
});
