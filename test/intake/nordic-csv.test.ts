import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Result } from "../../src/scoring/result.js";
import { root } from "../helpers/exec.js";
import { run } from "../helpers/main.js";

/*
 * The exports Nordic clients really send, and the ways they arrive (docs/collecting-answers.md):
 * a Swedish Excel's `;` CSV with unquoted commas in the question texts, a one-respondent export
 * given to `assess -a`, a large export, an export piped on stdin, and syntax errors in CRLF files.
 */
const dir = mkdtempSync(join(tmpdir(), "gapcheck-intake-"));
const write = (name: string, content: string | Buffer) => {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
};
const item = (r: Result, id: string) => r.panel!.items.find((i) => i.item === id)!;

// Swedish question texts, each with two commas that Excel leaves unquoted when it writes `;`.
const Q_AUTOMATION =
  "Hur långt sköter AI och annonsplattformarnas algoritmer målgruppsstyrning, budgivning och budgettakt i betalda kampanjer, " +
  "medan människor sätter målen och granskar resultaten?";
const Q_PERSONAL =
  "Hur långt använder teamet AI för att anpassa innehåll och erbjudanden efter varje kunds beteende, sammanhang och avsikt, " +
  "för många segment eller individer samtidigt?";
const Q_EXPERIMENT = "Går ändringar av sidor, mejl, annonser och erbjudanden igenom ett test med en skriftlig hypotes innan de rullas ut?";

describe("a Swedish Excel / Microsoft Forms CSV", () => {
  it("`;`, BOM, CRLF and unquoted commas in the headers: the separator that fits every row is used", async () => {
    const csv = [
      `\uFEFFId;Starttid;${Q_AUTOMATION};${Q_PERSONAL};${Q_EXPERIMENT}`,
      "1;2026-11-16 09:00;Etablerat;Sporadiskt;2",
      "2;2026-11-16 09:05;Ledande;Definierat;Ej tillämpligt",
      "3;2026-11-16 09:10;Definierat;Sporadiskt;0",
    ].join("\r\n");
    const file = write("msforms-sv.csv", `${csv}\r\n`);
    const r = await run(["aggregate", file, "--json", "--lang", "sv"]);
    expect(r.stderr).not.toContain("no-item-columns");
    expect(r.status).toBe(0);
    const result = JSON.parse(r.stdout) as Result;
    expect(result.panel!.respondents).toBe(3);
    // 3, 4, 2 → median 3; 1, 2, 1 → 1; 2, na, 0 → n 2, median 1
    expect(item(result, "ai-campaign-automation")).toMatchObject({ n: 3, median: 3, min: 2, max: 4 });
    expect(item(result, "ai-personalisation")).toMatchObject({ n: 3, median: 1 });
    expect(item(result, "experimentation")).toMatchObject({ n: 2, notApplicable: 1, median: 1 });
  });
});

describe("assess -a with a survey export", () => {
  it("one respondent's export is scored; the whole team's says to use aggregate (exit 2)", async () => {
    const lines = readFileSync(join(root, "examples/team-survey.csv"), "utf8").split("\n");
    const one = write("one.csv", `${lines.slice(0, 2).join("\n")}\n`);
    const r = await run(["assess", "-a", one, "--json"]);
    expect(r.stderr).not.toContain("no column matches");
    expect(r.status).toBe(0);
    const result = JSON.parse(r.stdout) as Result;
    // Anna Lindqvist's row is her answers file: the same answers give the same scores.
    const yaml = JSON.parse((await run(["assess", "-a", "examples/team/anna-lindqvist.yaml", "--json"])).stdout) as Result;
    expect(result.items.map((i) => [i.id, i.answer])).toEqual(yaml.items.map((i) => [i.id, i.answer]));
    expect(result.summary).toEqual(yaml.summary);
    expect(r.stdout).not.toContain("anna-lindqvist@");

    const all = await run(["assess", "-a", "examples/team-survey.csv", "--json"]);
    expect(all.status).toBe(2);
    expect(all.stdout).toBe("");
    expect(all.stderr).toBe("gapcheck: examples/team-survey.csv: this file holds 10 respondents: use gapcheck aggregate\n");
  });
});

describe("size", () => {
  it("a 10,000-row Google Forms export with label cells (over 4 MiB) is read", async () => {
    const [header, ...rows] = readFileSync(join(root, "examples/team-survey.csv"), "utf8").trimEnd().split("\n");
    const body = Array.from({ length: 10_000 }, (_, i) => rows[i % rows.length]).join("\n");
    const file = write("big.csv", `${header}\n${body}\n`);
    expect(readFileSync(file).length).toBeGreaterThan(4 * 1024 * 1024);
    const r = await run(["aggregate", file, "--json"]);
    expect(r.status).toBe(0);
    const result = JSON.parse(r.stdout) as Result;
    expect(result.panel!.respondents).toBe(10_000);
    // every example respondent 1,000 times: the same consensus as the ten
    const ten = JSON.parse((await run(["aggregate", "examples/team-survey.csv", "--json"])).stdout) as Result;
    expect(result.items.map((i) => i.answer)).toEqual(ten.items.map((i) => i.answer));
  });

  it("an export over 64 MiB is refused at once, naming the limit", async () => {
    const file = write("huge.csv", "ai-workflows\n");
    truncateSync(file, 64 * 1024 * 1024 + 1);
    const r = await run(["aggregate", file]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${file}:1:1 error file-too-large file is larger than 64 MiB, the most gapcheck reads`);
  });
});

describe("aggregate - reads stdin", () => {
  it("an export piped in is aggregated like the file", async () => {
    const csv = readFileSync(join(root, "examples/team-survey.csv"));
    const piped = await run(["aggregate", "-", "--json"], { input: csv });
    expect(piped.status).toBe(0);
    const file = await run(["aggregate", "examples/team-survey.csv", "--json"]);
    expect(JSON.parse(piped.stdout)).toEqual(JSON.parse(file.stdout));
    expect(piped.stderr).toContain("<stdin>:1:1 notice metadata-columns");
  });

  it("an answers file piped in counts as one respondent", async () => {
    const yaml = readFileSync(join(root, "examples/team/anna-lindqvist.yaml"));
    const r = await run(["aggregate", "-", "examples/team/emil-nyberg.yaml", "--json"], { input: yaml });
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as Result).panel!.respondents).toBe(2);
  });
});

describe("CSV syntax errors name the right line with CRLF line ends", () => {
  it("a stray quote after a quoted CRLF, and an unclosed quote, each at the line it is on", async () => {
    // line 3 opens a quoted cell that ends on line 4; the stray quote is on line 5 of 5
    const stray = write("stray.csv", 'ai-workflows,attribution\r\n1,2\r\n3,"4\r\n5",1\r\n2,x"y"\r\n');
    let r = await run(["aggregate", stray]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${stray}:5:1 error csv-syntax`);
    // a 4-line file whose last line opens a quote that never closes
    const open = write("open.csv", 'ai-workflows,attribution\r\n1,2\r\n3,4\r\n"5,1\r\n');
    r = await run(["aggregate", open]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${open}:4:1 error csv-syntax CSV syntax error: a quoted cell is never closed`);
  });
});
