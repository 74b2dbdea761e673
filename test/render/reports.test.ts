import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderCsv } from "../../src/render/result/csv.js";
import { renderMarkdown } from "../../src/render/result/markdown.js";
import type { Result } from "../../src/scoring/result.js";
import { root } from "../helpers/exec.js";
import { run as cli } from "../helpers/main.js";
import { expectGolden } from "../helpers/golden.js";

const tmp = () => mkdtempSync(join(tmpdir(), "gapcheck-report-"));
const resultOf = async (lang: string): Promise<Result> =>
  JSON.parse((await cli(["assess", "-a", "examples/answers.yaml", "--json", "--lang", lang])).stdout);
const options = { color: (await import("chalk")).default, width: 80 };

function snapshot(name: string, actual: string) {
  expectGolden(join(root, "test/cases/reports", name), actual);
}

describe("markdown and csv renderers", () => {
  it.each(["en", "sv", "nb"])("match their snapshots in %s", async (lang) => {
    const result = await resultOf(lang);
    snapshot(`example.${lang}.md`, renderMarkdown(result, options));
    snapshot(`example.${lang}.csv`, renderCsv(result, options));
  });

  it("quotes CSV fields per RFC 4180, starts with a BOM and ends lines with CRLF", async () => {
    const result = await resultOf("en");
    result.items[0]!.note = 'said "maybe", then\nno';
    const csv = renderCsv(result, options);
    expect(csv.startsWith("\uFEFFId,Item,Dimension,Answer,Target,Gap,Points,Weight,Effort,Priority,Quadrant,Plan,Risk,Note\r\n")).toBe(
      true,
    );
    expect(csv).toContain(',"said ""maybe"", then\nno"\r\n');
    expect(csv.split("\r\n")).toHaveLength(result.items.length + 2);
  });

  it("uses semicolons and decimal commas in Swedish, for Excel in Sweden", async () => {
    // ai-workflows under marketing-manager: weight 3 (item) · 1.5 (ai-first) = 4.5, gap (3 − 1)/4 = 0.5, impact 2.25,
    // points 100 · 2.25 / 87.75 (the weights of the 56 answered items) = 2.56, rank 1, effort 3 in the list: a major project.
    const line = renderCsv(await resultOf("sv"), options).split("\r\n")[1]!;
    expect(line).toBe(
      "ai-workflows;AI-drivna arbetsflöden;AI-först som arbetssätt;" + "1;3;0,5;2,56;4,5;3;1;Större projekt;nästa 90 dagar;;",
    );
  });

  it("escapes pipes and line breaks in Markdown cells", async () => {
    const result = await resultOf("en");
    result.priorities[0]!.action = "a | b\nc";
    expect(renderMarkdown(result, options)).toContain("a \\| b c");
  });
});

describe("gapcheck report", () => {
  it("renders a saved result exactly as assess renders the same answers", async () => {
    const dir = tmp();
    const saved = join(dir, "result.json");
    expect((await cli(["assess", "-a", "examples/answers.yaml", "--json", "-o", saved])).status).toBe(0);
    for (const format of ["markdown", "csv", "table", "json", "html"]) {
      const fromAssess = (await cli(["assess", "-a", "examples/answers.yaml", "-f", format])).stdout;
      const fromReport = await cli(["report", saved, "-f", format]);
      expect(fromReport.status, format).toBe(0);
      expect(fromReport.stdout, format).toBe(fromAssess);
      // (1.1) --focus on report gives what --focus on assess gives.
      const focused = (await cli(["assess", "-a", "examples/answers.yaml", "-f", format, "--focus", "3"])).stdout;
      expect((await cli(["report", saved, "-f", format, "--focus", "3"])).stdout, `${format} --focus 3`).toBe(focused);
    }
  }, 240_000);

  it("writes the report with -o and keeps the result's language", async () => {
    const dir = tmp();
    const saved = join(dir, "result.json");
    await cli(["assess", "-a", "examples/answers.yaml", "--json", "--lang", "nb", "-o", saved]);
    const r = await cli(["report", saved, "-f", "markdown", "-o", join(dir, "r.md")]);
    expect(r).toMatchObject({ status: 0, stdout: "" });
    expect(readFileSync(join(dir, "r.md"), "utf8")).toContain("80/20-prioriteringer");
  });

  it("refuses a file that is not a gapcheck result, with one line, exit 2", async () => {
    const dir0 = tmp();
    const html = join(dir0, "report.html");
    expect((await cli(["assess", "-a", "examples/answers.yaml", "-f", "html", "-o", html])).status).toBe(0);
    const fromHtml = await cli(["report", html]);
    expect(fromHtml.status).toBe(2);
    expect(fromHtml.stderr).toBe(`gapcheck: ${html} is not a gapcheck result (expected the JSON of gapcheck assess --json)\n`);
    for (const file of ["examples/answers.yaml", "package.json", "rubrics/marketing-leadership.yaml"]) {
      const r = await cli(["report", file]);
      expect(r.status, file).toBe(2);
      expect(r.stderr).toBe(`gapcheck: ${file} is not a gapcheck result (expected the JSON of gapcheck assess --json)\n`);
    }
    const dir = tmp();
    writeFileSync(join(dir, "broken.json"), '{ "gapcheck": 1, "kind": "result", "summary": {} }');
    const broken = await cli(["report", join(dir, "broken.json")]);
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(/broken\.json:1:\d+ error missing-field/);
  });

  it("refuses to write the report over its input", async () => {
    const dir = tmp();
    const saved = join(dir, "result.json");
    await cli(["assess", "-a", "examples/answers.yaml", "--json", "-o", saved]);
    const before = readFileSync(saved, "utf8");
    expect((await cli(["report", saved, "-f", "csv", "-o", saved])).status).toBe(2);
    expect(readFileSync(saved, "utf8")).toBe(before);
  });
});
