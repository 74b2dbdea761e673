import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { formatFinding, type Finding } from "../../src/findings.js";
import { messagesFor } from "../../src/i18n/messages.js";
import "../../src/i18n/all.js"; // every catalogue, for messagesFor("sv" | "nb")
import type { Source } from "../../src/io/read.js";
import type { Rubric } from "../../src/model/rubric.js";
import { defaultRubricPath } from "../../src/paths.js";
import { loadRubricCached } from "../../src/rubric/cache.js";
import { checkRubricSource } from "../../src/rubric/load.js";

export const t = messagesFor("en");

/** A Source as readSource would give it, straight from text. */
export const src = (text: string, name = "x.yaml"): Source => ({ name, bytes: Buffer.from(text), text });

/**
 * The smallest rubric that uses every part of the format: 2 groups, 1 tag, 2 dimensions with
 * 2 items each, 2 profiles, one locale. Line numbers are part of the tests (they assert positions
 * in variants made by string replacement), so keep this text exactly as it is.
 */
export const MINI_RUBRIC = `gapcheck: 1
id: mini
version: 1.0.0
title: Mini rubric
locales: [en]
scale:
  min: 0
  max: 4
  levels:
    0: Absent
    1: Ad hoc
    2: Defined
    3: Established
    4: Leading
groups:
  - id: skills
    title: Skills
  - id: ways
    title: Ways of working
tags:
  - id: data
    title: Data maturity
dimensions:
  - id: ai
    group: skills
    title: AI-first work
    items:
      - id: ai-workflows
        text: Do teams use AI in daily work?
        action: Map three workflows to automate.
        effort: 2
        tags: [data]
      - id: ai-governance
        text: Is there an AI policy?
        action: Write an AI policy.
  - id: crm
    group: ways
    title: CRM
    weight: 2
    items:
      - id: crm-integration
        text: Is CRM integrated with sales?
        action: Connect CRM and sales.
        levels: { 0: None, 4: Fully integrated }
      - id: lead-scoring
        text: Do you score leads?
        action: Introduce lead scoring.
        weight: 2
profiles:
  - id: manager
    title: Marketing manager
    targets: { ai: 3, crm: 2 }
  - id: cmo
    title: CMO
    targets: { ai: 4, crm: 4 }
    itemTargets: { lead-scoring: 3 }
    weights: { crm: 1.5 }
defaultProfile: manager
`;

/**
 * Fixture answers for MINI_RUBRIC under "manager" (targets ai 3, crm 2; span 4):
 *   weights  ai-workflows 1, ai-governance 1, crm-integration 1·2 = 2, lead-scoring 2·2 = 4 (Σ 8)
 *   answers  ai-workflows 0, ai-governance 3, crm-integration 0, lead-scoring 2
 *   impacts  ai-workflows 1·3/4 = 0.75, crm-integration 2·2/4 = 1, the others 0 (T = 1.75)
 *   top      [crm-integration, ai-workflows]; gapIndex 100·1.75/8 = 21.875 → 21.88
 */
export const FIXTURE_ANSWERS = "{ ai-workflows: 0, ai-governance: 3, crm-integration: 0, lead-scoring: 2 }";

/** MINI_RUBRIC followed by a `fixtures:` section (starting at line 59) built from the given YAML lines. */
export function withFixtures(...lines: string[]): string {
  return `${MINI_RUBRIC}fixtures:\n${lines.join("\n")}\n`;
}

/** Replaces exactly one occurrence of `from`; throws when it is missing or not unique, so a typo in a test cannot pass silently. */
export function edit(text: string, from: string, to: string): string {
  const first = text.indexOf(from);
  if (first < 0) throw new Error(`edit: ${JSON.stringify(from)} not found`);
  if (text.indexOf(from, first + 1) >= 0) throw new Error(`edit: ${JSON.stringify(from)} occurs more than once`);
  return text.slice(0, first) + to + text.slice(first + from.length);
}

/** 1-based line:col of the first occurrence of `needle` (columns in characters): an oracle for generated text. */
export function positionOf(text: string, needle: string): string {
  const offset = text.indexOf(needle);
  if (offset < 0) throw new Error(`positionOf: ${JSON.stringify(needle)} not found`);
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  const col = [...before.slice(before.lastIndexOf("\n") + 1)].length + 1;
  return `${line}:${col}`;
}

/** Findings as a user reads them (`FILE:LINE:COL severity rule-id message`). */
export const lines = (findings: readonly Finding[]): string[] => findings.map(formatFinding);

/** Findings of one rule, as user-visible lines. */
export const linesOf = (findings: readonly Finding[], rule: string): string[] => lines(findings.filter((f) => f.rule === rule));

/** Checks rubric text as `gapcheck validate` does. */
export const check = (text: string, name = "x.yaml") => checkRubricSource(src(text, name), t);

/** The validated MINI_RUBRIC (throws when it does not validate, so every answers test fails loudly). */
export function miniRubric(): Rubric {
  const loaded = check(MINI_RUBRIC);
  if (!loaded.rubric) throw new Error(`MINI_RUBRIC does not validate:\n${lines(loaded.findings).join("\n")}`);
  return loaded.rubric;
}

/**
 * The bundled rubric as the CLI reads it: from its compiled form (dist/rubrics, which the test setup
 * builds), without a user cache. Parsing the 200 KB YAML instead cost a fifth of a second each time;
 * test/rubric/cache-bytes.test.ts shows the two give the same.
 */
export async function bundledRubric(): Promise<Rubric> {
  const loaded = await loadRubricCached(defaultRubricPath(), t, {});
  if (!loaded.rubric) throw new Error(`the bundled rubric does not load:\n${lines(loaded.findings).join("\n")}`);
  return loaded.rubric;
}

/** The item ids of the bundled rubric in rubric order, for writing answers files. */
export async function bundledItemIds(): Promise<string[]> {
  return (await bundledRubric()).items.map((ref) => ref.item.id);
}

/** A fresh temporary directory. */
export const tempDir = (): string => mkdtempSync(join(tmpdir(), "gapcheck-"));

/** Writes `content` to `name` in a fresh temporary directory and returns the path. */
export function tempFile(name: string, content: string | Uint8Array): string {
  const path = join(tempDir(), name);
  writeFileSync(path, content);
  return path;
}
