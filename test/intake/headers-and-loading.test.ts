import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Result } from "../../src/scoring/result.js";
import { bin, root } from "../helpers/exec.js";
import { run } from "../helpers/main.js";

const dir = mkdtempSync(join(tmpdir(), "gapcheck-headers-"));

describe("headers as forms and spreadsheets write them", () => {
  it("curly quotes, non-breaking spaces, another dash, no question mark or an added colon still name the item", async () => {
    // The rubric: "How far are AI-driven workflows built into the team's everyday work, from briefs and
    // content to analysis and optimisation?" and the title "AI-run campaigns".
    const q =
      "How far are AI\u2011driven workflows built into the team\u2019s everyday work, from briefs and content to analysis and optimisation";
    const csv = `"${q.replace(/ /g, "\u00a0")}",\u201cAI-run campaigns\u201d:,Experimentation!\n3,1,2\n1,1,2\n`;
    writeFileSync(join(dir, "headers.csv"), csv);
    const r = await run(["aggregate", join(dir, "headers.csv"), "--json"]);
    expect(r.stderr).not.toContain("ignored-columns");
    expect(r.status).toBe(0);
    const items = (JSON.parse(r.stdout) as Result).panel!.items;
    expect(items.find((i) => i.item === "ai-workflows")).toMatchObject({ n: 2, median: 2 });
    expect(items.find((i) => i.item === "ai-campaign-automation")).toMatchObject({ n: 2, median: 1 });
    expect(items.find((i) => i.item === "experimentation")).toMatchObject({ n: 2, median: 2 });
  });
});

describe("the .xlsx reader loads only when an .xlsx is read", () => {
  it("assess and aggregate of YAML and CSV load no read-excel-file; an .xlsx does (the built binary)", () => {
    const log = join(dir, "loaded.txt");
    const hook = join(dir, "trace.mjs");
    const loader =
      `export async function load(url, ctx, next) { if (url.startsWith("file:")) (await ` +
      `import("node:fs")).appendFileSync(${JSON.stringify(log)}, url + "\\n"); return next(url, ctx); }`;
    writeFileSync(
      hook,
      `import { register } from "node:module";\nregister("data:text/javascript," + encodeURIComponent(${JSON.stringify(loader)}));\n`,
    );
    const loadsReader = (args: string[]) => {
      writeFileSync(log, "");
      const r = spawnSync(process.execPath, ["--import", hook, bin, ...args], {
        cwd: root,
        encoding: "utf8",
        env: { ...process.env, NO_COLOR: "1" },
      });
      expect(r.status, r.stderr).toBe(0);
      const files = readFileSync(log, "utf8")
        .trim()
        .split("\n")
        .filter((u) => u.includes("/dist/"));
      // esbuild names each bundled module in a comment
      return files.some((u) => readFileSync(new URL(u), "utf8").includes("// node_modules/read-excel-file/"));
    };
    expect(loadsReader(["assess", "-a", "examples/answers.yaml", "--json"])).toBe(false);
    expect(loadsReader(["aggregate", "examples/team-survey.csv", "--json"])).toBe(false);
    expect(loadsReader(["aggregate", "examples/exports/microsoft-forms.xlsx", "--json"])).toBe(true);
  });
});
