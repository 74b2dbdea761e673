import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { aggregate } from "../../src/commands/aggregate.js";
import type { Result } from "../../src/scoring/result.js";
import { root } from "../helpers/exec.js";
import { fakeIo } from "../helpers/io.js";

/*
 * Survey exports as the tools write them (TRAPS.md "Survey exports"): Google Forms (question-text
 * headers, a Timestamp column, option texts as cells), Microsoft Forms saved as CSV by Excel in a
 * Swedish locale (`;`, BOM, Id/Start time/Name columns), Excel in a Norwegian locale (`;`, decimal
 * comma), each with the rubric's texts in that language.
 */
const dir = mkdtempSync(join(tmpdir(), "gapcheck-survey-"));

async function run(name: string, text: string, lang: "en" | "sv" | "nb", by?: string) {
  const file = join(dir, name);
  writeFileSync(file, text);
  const io = fakeIo(root);
  const code = await aggregate({
    inputs: [file],
    minGroup: 3,
    format: "json",
    pareto: 0.8,
    notes: false,
    skipInvalid: false,
    lang,
    io,
    ...(by ? { by } : {}),
  });
  return { code, result: JSON.parse(io.out()) as Result, err: io.err(), file };
}
const item = (r: Result, id: string) => r.panel!.items.find((i) => i.item === id)!;

describe("survey exports", () => {
  it("Google Forms, English: Timestamp, question texts, '3 · Established' cells, [id] suffixes, a quoted newline", async () => {
    const csv = [
      "Timestamp,Email Address,Group,\"How far are AI-driven workflows built into the team's everyday " +
        'work, from briefs and content to analysis and optimisation?",AI-run campaigns,Anything else? ' +
        "[ai-frees-time]",
      "2026/11/16 9:00:00 AM GMT+1,a@x.example,marketing,3 · Established,Defined,1",
      '2026/11/16 9:05:00 AM GMT+1,b@x.example,marketing,"4 · Leading",Not applicable,',
      '2026/11/16 9:10:00 AM GMT+1,c@x.example,sales,1 - Ad hoc,not applicable,"0"',
      "2026/11/16 9:20:00 AM GMT+1,d@x.example,sales,Ad hoc,n/a,Absent",
    ].join("\n");
    const { code, result, err } = await run("google.csv", `${csv}\n`, "en", "group");
    expect(code).toBe(0);
    expect(item(result, "ai-workflows")).toMatchObject({ n: 4, median: 2, counts: { "1": 2, "3": 1, "4": 1 } });
    expect(item(result, "ai-campaign-automation")).toMatchObject({ n: 1, notApplicable: 3 });
    expect(result.items.find((i) => i.id === "ai-campaign-automation")!.answer).toBe("na");
    // ai-frees-time cells 1, blank (don't know), "0", Absent: n 3 (1, 0, 0), dontKnow 1, median of 0,0,1 = 0
    expect(item(result, "ai-frees-time")).toMatchObject({ n: 3, dontKnow: 1, median: 0 });
    // Two per group, under --min-group 3: both pooled as "other", so no group figure and no group gap.
    expect(result.panel!.groups.map((g) => [g.id, g.respondents])).toEqual([["other", 4]]);
    expect(result.panel!.groupGaps).toEqual([]);
    expect(err).toContain('notice metadata-columns not questions, never read or shown: "Timestamp", "Email Address"');
  });

  it("Microsoft Forms via Excel, Swedish: BOM, ';', non-breaking spaces in headers, Swedish labels", async () => {
    const q1 = "Hur långt är AI-drivna arbetsflöden inbyggda i teamets vardag, från briefer och innehåll till analys och optimering?";
    const csv = [
      `\uFEFFId;Starttid;Slutförandetid;E-post;Namn;${q1.replace(/ /g, "\u00a0")}\u00a0;Grupp;AI-styrda kampanjer`,
      `1;2026-11-16 09:00;2026-11-16 09:10;anonymous;;Etablerat;marknad;Sporadiskt`,
      `2;2026-11-16 09:00;2026-11-16 09:12;anonymous;"Kalle\nAnka";Ledande;marknad;Ej tillämpligt`,
      `3;2026-11-16 09:00;2026-11-16 09:14;anonymous;;Saknas;sälj;Vet inte`,
    ].join("\r\n");
    const { code, result } = await run("msforms.csv", `${csv}\r\n`, "sv", "group");
    expect(code).toBe(0);
    expect(item(result, "ai-workflows")).toMatchObject({ n: 3, median: 3, counts: { "0": 1, "3": 1, "4": 1 } });
    expect(item(result, "ai-campaign-automation")).toMatchObject({ n: 1, dontKnow: 1, notApplicable: 1, median: 1 });
    expect(result.panel!.groups.map((g) => g.id)).toEqual(["other"]);
    expect(JSON.stringify(result)).not.toContain("Kalle");
  });

  it("Excel, Norwegian: ';', decimal comma, a different dash in a title, Norwegian labels", async () => {
    const csv = ["KI\u2011arbeidsflyter;KI-styrte kampanjer;Gruppe", "3,0;Etablert;salg", "2;Ikke relevant;salg", "1,0;2,0;salg"].join(
      "\r\n",
    );
    const { code, result } = await run("excel-nb.csv", csv, "nb", "group");
    expect(code).toBe(0);
    expect(item(result, "ai-workflows")).toMatchObject({ n: 3, median: 2, mean: 2 });
    expect(item(result, "ai-campaign-automation")).toMatchObject({ n: 2, notApplicable: 1, median: 2.5 });
    expect(result.panel!.groups).toMatchObject([{ id: "salg", respondents: 3 }]);
  });

  it("a cell in the wrong language's word for a level still reads (labels in any locale)", async () => {
    const { code, result } = await run("mixed.csv", "ai-workflows\nEstablished\nEtablerat\nEtablert\n", "en");
    expect(code).toBe(0);
    expect(item(result, "ai-workflows")).toMatchObject({ n: 3, median: 3, rwg: 1 });
  });

  it("the bad-cell error is in the run's language, naming the labels in it", async () => {
    const file = join(dir, "bad-sv.csv");
    writeFileSync(file, "ai-workflows;ai-frees-time\n3;ibland\n");
    const io = fakeIo(root);
    await expect(
      aggregate({ inputs: [file], minGroup: 3, format: "json", pareto: 0.8, notes: false, skipInvalid: false, lang: "sv", io }),
    ).rejects.toThrow(/1 indatafil är ogiltig/);
    expect(io.err()).toContain(
      `${file}:2:2 error bad-cell "ibland" är inget svar på "ai-frees-time";` +
        ` tillåtet: en nivå 0–4, en benämning (Saknas, Sporadiskt, Definierat, Etablerat, Ledande), tomt ` +
        `för vet inte, eller n/a`,
    );
  });
});
