import { sortFindings, visible, type Finding, type Severity } from "../findings.js";
import { en } from "../i18n/en.js";
import type { Messages } from "../i18n/messages.js";
import { readSource } from "../io/read.js";
import type { Rubric } from "../model/rubric.js";
import { ClientProfileSchema, type ClientProfileFile, type ProfileFile } from "../model/schema.js";
import { closest } from "../model/suggest.js";
import { zodFindings } from "../model/zod-findings.js";
import type { Locator, PathKey } from "../yaml/locator.js";
import { parseYaml } from "../yaml/parse.js";

/*
 * Client profiles (README "Client profile"): a small file that tailors one of the rubric's
 * profiles for one client, so a consultant never edits the rubric itself. Every field of a profile
 * may be given; maps are merged key by key over the profile it `extends`, `exclude` adds to its list.
 */

/** A rubric profile with the id of the profile it was tailored from (the result's `profile.extends`). */
export type ClientProfile = ProfileFile & { extends: string };

export interface LoadedClientProfile {
  /** Present when the file has no errors. */
  profile?: ClientProfile;
  findings: Finding[];
}

/** Reads a client profile file and checks it against the rubric; never throws for bad input. */
export async function loadClientProfile(path: string, rubric: Rubric, t: Messages = en): Promise<LoadedClientProfile> {
  const read = await readSource(path, t);
  if (!read.ok) return { findings: [read.finding] };
  const parsed = parseYaml(read.source, t);
  if (parsed.data === undefined) return { findings: parsed.findings };
  const checked = checkClientProfile(parsed.data, rubric, { file: read.source.name, locate: parsed.locate, messages: t });
  return { ...checked, findings: sortFindings([...parsed.findings, ...checked.findings]) };
}

/**
 * Checks parsed client-profile data against a rubric, as the rubric's own profiles are checked: the
 * strict schema, then every id and level, each finding located and unknown ids with "did you mean".
 * Pure: the caller parsed the file and supplies positions.
 */
export function checkClientProfile(
  data: unknown,
  rubric: Rubric,
  options: { file?: string; locate?: Locator; messages?: Messages } = {},
): LoadedClientProfile {
  const { file = "<profile>", locate = () => ({ line: 1, col: 1 }), messages: t = en } = options;
  const parsed = ClientProfileSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) return { findings: zodFindings(parsed.error.issues, ClientProfileSchema, locate, file, t) };
  const p = parsed.data;
  const findings: Finding[] = [];
  const report = (rule: string, path: PathKey[], message: string, part: "value" | "key" = "value", severity: Severity = "error") => {
    const pos = locate(path, part);
    findings.push({ file, line: pos.line, col: pos.col, severity, rule, message: visible(message), path });
  };
  const { data: r } = rubric;
  if (p.rubric.id !== r.id) {
    report("rubric-mismatch", ["rubric", "id"], t.profileFile.otherRubric(p.rubric.id, r.id));
    return { findings };
  }
  if (p.rubric.version !== undefined && p.rubric.version !== r.version)
    report("rubric-version", ["rubric", "version"], t.profileFile.otherVersion(p.rubric.version, r.version), "value", "warning");
  if (rubric.profileById.has(p.id)) report("duplicate-id", ["id"], t.profileFile.sameIdAsRubric(p.id));

  const dimensions = r.dimensions.map((d) => d.id);
  const items = rubric.items.map((ref) => ref.item.id);
  const lists = { dimension: dimensions, item: items, profile: [...rubric.profileById.keys()] };
  const ref = (kind: keyof typeof lists, id: string, path: PathKey[], part: "value" | "key" = "value") => {
    const known = lists[kind];
    if (known.includes(id)) return true;
    const suggestion = closest(id, known);
    const message = t.rules.unknownRef(t.rules.kinds[kind]!, id, known) + (suggestion ? `; ${t.usage.didYouMean(`"${suggestion}"`)}` : "");
    report(`unknown-${kind}`, path, message, part);
    return false;
  };
  const level = (value: number, path: PathKey[]) => {
    const { min, max } = r.scale;
    if (value < min || value > max) report("level-out-of-scale", path, t.rules.outOfScale(t.rules.what.target!, value, min, max));
  };
  ref("profile", p.extends, ["extends"]);
  for (const [id, v] of Object.entries(p.targets ?? {})) if (ref("dimension", id, ["targets", id], "key")) level(v, ["targets", id]);
  for (const [id, v] of Object.entries(p.itemTargets ?? {})) if (ref("item", id, ["itemTargets", id], "key")) level(v, ["itemTargets", id]);
  for (const id of Object.keys(p.weights ?? {})) ref("dimension", id, ["weights", id], "key");
  p.exclude?.forEach((id, k) => {
    ref("item", id, ["exclude", k]);
  });

  sortFindings(findings);
  const base = rubric.profileById.get(p.extends);
  if (!base || findings.some((f) => f.severity === "error")) return { findings };
  return { profile: mergeProfile(base, p), findings };
}

/** The client's fields over the profile it extends: maps key by key, `exclude` added to the base's. */
export function mergeProfile(base: ProfileFile, p: ClientProfileFile): ClientProfile {
  const merged: ClientProfile = {
    id: p.id,
    title: p.title,
    extends: base.id,
    targets: { ...base.targets, ...p.targets },
  };
  const description = p.description ?? base.description;
  if (description !== undefined) merged.description = description;
  const itemTargets = { ...base.itemTargets, ...p.itemTargets };
  if (Object.keys(itemTargets).length > 0) merged.itemTargets = itemTargets;
  const weights = { ...base.weights, ...p.weights };
  if (Object.keys(weights).length > 0) merged.weights = weights;
  const exclude = [...new Set([...(base.exclude ?? []), ...(p.exclude ?? [])])];
  if (exclude.length > 0) merged.exclude = exclude;
  return merged;
}

/** Whether a `-p` value names a file rather than a profile id: ids never hold a dot or a slash. */
export function isProfileFile(value: string): boolean {
  return /[./\\]/.test(value);
}

/** The rubric with the client profile added, so every command and screen that looks profiles up by id finds it. */
export function withProfile(rubric: Rubric, profile: ProfileFile): Rubric {
  return { ...rubric, profileById: new Map([...rubric.profileById, [profile.id, profile]]) };
}
