import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { nb } from "../../src/i18n/nb.js";
import { sv } from "../../src/i18n/sv.js";
import { RULE_IDS } from "../../src/rule-docs.js";
import { run } from "../helpers/main.js";
import { sarifValidator } from "../helpers/sarif.js";

/*
 * SARIF that GitHub code scanning accepts (issue 25.6): checked against the official schema with
 * `uri-reference` enforced, for file names that a bare path would break — a space and an ä (not a
 * URI), `#` (the rest would be a fragment), `%` (an escape), a newline — relative and absolute.
 */

const ODD = ["mätning plan.yaml", "a#b.yaml", "100%.yaml", "new\nline.yaml"];
const BROKEN = "gapcheck: 1\nid: x\n"; // missing fields: several findings a file

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), "gapcheck-sarif-"));
  for (const name of ODD) writeFileSync(join(dir, name), BROKEN);
  return dir;
}

type Log = {
  runs: {
    columnKind?: string;
    originalUriBaseIds?: Record<string, { uri: string }>;
    tool: { driver: { rules: { id: string; fullDescription?: { text: string }; help?: { text: string; markdown: string } }[] } };
    results: { locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string } } }[] }[];
  }[];
};

async function sarifOf(args: string[], cwd: string): Promise<{ log: Log; text: string }> {
  const r = await run(["validate", "--format", "sarif", ...args], { cwd });
  expect(r.status, r.stderr).toBe(1);
  return { log: JSON.parse(r.stdout) as Log, text: r.stdout };
}

/** Each file's artifact location once, in the order of the results. */
const uris = (log: Log) => {
  const all = log.runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation);
  return [...new Map(all.map((l) => [JSON.stringify(l), l])).values()];
};

describe("validate --format sarif with odd file names", () => {
  it("validates against the SARIF 2.1.0 schema with uri-reference enforced, relative and absolute", async () => {
    const dir = folder();
    const validate = sarifValidator();
    const { log } = await sarifOf([...ODD, ...ODD.map((n) => join(dir, n))], dir);
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    // The check has teeth: the bare path that gapcheck used to write is refused by the same schema.
    const bare = structuredClone(log);
    bare.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation = { uri: "mätning plan.yaml" };
    expect(validate(bare)).toBe(false);
    expect(JSON.stringify(validate.errors)).toContain("uri-reference");
  });

  it("percent-encodes relative names against %SRCROOT%, the folder gapcheck ran in", async () => {
    const dir = folder();
    const { log } = await sarifOf(ODD, dir);
    expect(uris(log).map((l) => JSON.stringify(l))).toEqual(
      [
        { uri: "m%C3%A4tning%20plan.yaml", uriBaseId: "%SRCROOT%" },
        { uri: "a%23b.yaml", uriBaseId: "%SRCROOT%" },
        { uri: "100%25.yaml", uriBaseId: "%SRCROOT%" },
        { uri: "new%0Aline.yaml", uriBaseId: "%SRCROOT%" },
      ].map((l) => JSON.stringify(l)),
    );
    const base = log.runs[0]!.originalUriBaseIds!["%SRCROOT%"]!.uri;
    expect(base).toBe(`${pathToFileURL(dir).href}/`);
    // Resolved as a consumer resolves them, each URI names the file it was found in.
    for (const [i, l] of uris(log).entries()) expect(fileURLToPath(new URL(l.uri, base))).toBe(join(dir, ODD[i]!));
  });

  it("writes absolute paths as file:// URIs that name the file", async () => {
    const dir = folder();
    const { log } = await sarifOf(
      ODD.map((n) => join(dir, n)),
      tmpdir(),
    );
    const located = uris(log);
    expect(located.every((l) => l.uri.startsWith("file:///") && l.uriBaseId === undefined)).toBe(true);
    expect(located.map((l) => fileURLToPath(l.uri))).toEqual(ODD.map((n) => join(dir, n)));
    // Nothing relative, so no base to declare.
    expect(log.runs[0]!.originalUriBaseIds).toBeUndefined();
  });

  it("says columns are code points, and describes every rule fully with help, in --lang", async () => {
    const dir = folder();
    for (const [lang, t] of [
      ["sv", sv],
      ["nb", nb],
    ] as const) {
      const { log } = await sarifOf(["--lang", lang, ODD[0]!], dir);
      expect(log.runs[0]!.columnKind).toBe("unicodeCodePoints");
      const rules = log.runs[0]!.tool.driver.rules;
      expect(rules.map((r) => r.id)).toEqual(RULE_IDS);
      for (const r of rules) {
        const id = r.id as (typeof RULE_IDS)[number];
        expect(r.help, r.id).toEqual({ text: t.ruleHelp[id], markdown: t.ruleHelp[id] });
        expect(r.fullDescription?.text, r.id).toContain(t.ruleDocs[id]);
      }
    }
    const { log } = await sarifOf(["--lang", "sv", ODD[0]!], dir);
    const duplicateKey = log.runs[0]!.tool.driver.rules.find((r) => r.id === "duplicate-key")!;
    expect(duplicateKey.fullDescription!.text).toBe(
      "Samma nyckel förekommer två gånger i en mappning. Rapporteras som fel: `gapcheck validate` avslutas med kod 1.",
    );
    expect(duplicateKey.help!.text).toBe("Behåll en av de två nycklarna, med det värde du menar.");
  });
});

describe("validate --format github with odd file names", () => {
  it("escapes %, CR, LF, : and , in file= as the runner unescapes them", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gapcheck-github-"));
    const names = ["new\nline.yaml", "cr\rname.yaml", "100%.yaml", "a:b,c.yaml"];
    for (const name of names) writeFileSync(join(dir, name), BROKEN);
    const r = await run(["validate", "--format", "github", ...names], { cwd: dir });
    expect(r.status).toBe(1);
    const files = [...new Set(r.stdout.split("\n").flatMap((l) => /^::error file=([^,]*),line=/.exec(l)?.[1] ?? []))];
    expect(files).toEqual(["new%0Aline.yaml", "cr%0Dname.yaml", "100%25.yaml", "a%3Ab%2Cc.yaml"]);
    // Every annotation is one line: a name's newline never starts a new workflow command.
    const lines = r.stdout.split("\n").filter(Boolean);
    expect(lines.every((l) => l.startsWith("::"))).toBe(true);
  });
});
