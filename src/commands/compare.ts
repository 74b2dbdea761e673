import { Readable } from "node:stream";
import { compare as compareResults, checkComparable, regressionGate, type CompareInput, type Refusal } from "../compare/compare.js";
import type { Io } from "../context.js";
import { EXIT, GapcheckError, type ExitCode } from "../errors.js";
import { loadMessages, type Lang, type Messages, resolveLang, langOf } from "../i18n/messages.js";
import { readSource, type Source } from "../io/read.js";
import type { Rubric } from "../model/rubric.js";
import { COMPARISON_RENDERERS, type ComparisonFormat } from "../render/compare/index.js";
import { formatter } from "../render/format.js";
import { score } from "../scoring/score.js";
import { parseYaml } from "../yaml/parse.js";
import { loadRubricCached } from "../rubric/cache.js";
import { isResultDocument, resultFromSource } from "../scoring/load.js";
import { chooseProfile } from "../scoring/profile.js";
import { gapcheckCommand } from "../session/command.js";
import { bundledRubricFiles, checkOutPath, writeRendered, inLanguage, readAnswers, requireRubric, resolveProfileOption } from "./shared.js";

export interface CompareCommandOptions {
  /** BEFORE, AFTER and any more, as typed. */
  inputs: string[];
  rubric?: string;
  profile?: string;
  format: ComparisonFormat;
  out?: string;
  lang?: Lang;
  pareto: number;
  failOn?: "regression";
  tolerance: number;
  allowProfileChange?: boolean;
  color?: boolean;
  io: Io;
}

/**
 * `gapcheck compare BEFORE AFTER [MORE...]` (docs/progress.md): results of assess or aggregate, or answers
 * files scored as assess would, compared with the first as the baseline.
 */
export async function compare(o: CompareCommandOptions): Promise<ExitCode> {
  const { io } = o;
  let t = await loadMessages(resolveLang(o.lang, io.env));
  if (o.inputs.length < 2) throw new GapcheckError(t.compare.tooFew);
  if (o.inputs.filter((p) => p === "-").length > 1) throw new GapcheckError(t.compare.oneStdin);
  await checkOutPath(o.out, [...o.inputs, ...(o.rubric !== undefined ? [o.rubric] : [])], t);

  // The rubric is read only when an answers file needs scoring or versions differ (for renames).
  let rubric: Rubric | undefined;
  let sha256 = "";
  let profileOption = o.profile;
  const needRubric = async () => {
    if (!rubric) {
      const loaded = await requireRubric(o.rubric, io, t);
      sha256 = loaded.sha256;
      // -p FILE: a client profile, added to the rubric's profiles (README "Client profile").
      const tailored = await resolveProfileOption(o.profile, loaded.rubric, io, t);
      rubric = tailored.rubric;
      profileOption = tailored.profile;
    }
    return rubric;
  };

  const inputs: CompareInput[] = [];
  for (const path of o.inputs) {
    const source = await read(path, io, t);
    const parsed = parseYaml(source, t);
    if (isResultDocument(parsed.data)) {
      const result = resultFromSource(source, t);
      // A team result (aggregate) counts its respondents; a count below zero is no count.
      const respondents = result.panel?.respondents;
      inputs.push({ result, file: source.name, ...(respondents !== undefined && respondents >= 0 ? { respondents } : {}) });
      continue;
    }
    const r = await needRubric();
    const locale = resolveLang(o.lang, io.env, r.defaultLocale);
    const given = await readAnswers(path, r, { ...io, stdin: Readable.from([source.bytes]) }, t, profileOption !== undefined);
    const profile = chooseProfile(r, t, { option: profileOption, file: given.profile });
    inputs.push({
      result: score({ rubric: r, profile, answers: given.answers, pareto: o.pareto, locale, sha256, ...given.meta }),
      file: source.name,
    });
  }

  const refusal = checkComparable(inputs, { allowProfileChange: Boolean(o.allowProfileChange) });
  if (refusal) throw new GapcheckError(refusalMessage(refusal, t));

  const renamed = await renamesAcrossVersions(inputs, o, t, needRubric);

  // Every input in one language: the one asked for, else the latest's (README "Language of saved results").
  const shown = await inLanguage(inputs, o.lang ?? inputs[inputs.length - 1]!.result.locale, { ...o, t });
  const inOneLanguage = inputs.map((input, k) => ({ ...input, result: shown.results[k]! }));
  const lang: Lang = langOf(shown.lang);
  t = await loadMessages(lang);
  const comparison = compareResults(inOneLanguage, { renamed, allowProfileChange: Boolean(o.allowProfileChange), locale: lang });
  if (inputs.length > 2 && comparison.order === "arguments") io.stderr.write(`gapcheck: ${t.compare.argumentOrder}\n`);
  if (inputs.length === 2 && comparison.days !== null && comparison.days < 0)
    io.stderr.write(`gapcheck: ${t.compare.datesReversed(comparison.before.file, comparison.after.file)}\n`);

  await writeRendered((options) => COMPARISON_RENDERERS[o.format](comparison, options), o.format, o, io, t);

  if (o.failOn === "regression") {
    const verdict = regressionGate(comparison, o.tolerance);
    if (verdict.failed) {
      const f = formatter(lang);
      if (verdict.gapRise !== null) io.stderr.write(`gapcheck: ${t.compare.gateGap(f.num2(verdict.gapRise), f.num2(o.tolerance))}\n`);
      if (verdict.items.length > 0)
        io.stderr.write(
          `gapcheck: ${t.compare.gateItems(
            verdict.items.length,
            verdict.items.map((i) => `${i.item} (${t.compare.addedPoints(signed(i.points, f.num2))})`).join(", "),
          )}\n`,
        );
      return EXIT.problems;
    }
  }
  return EXIT.ok;
}

/** Reads an input once; stdin ("-") can be read only once, so its bytes are kept. */
async function read(path: string, io: Io, t: Messages): Promise<Source> {
  const got = await readSource(path, t, io.stdin);
  if (!got.ok) throw new GapcheckError(got.finding.message, EXIT.cannotRun, [got.finding]);
  return got.source;
}

/**
 * Renames across rubric versions, from the history of a rubric at least as new as the newest input:
 * -r when given, else a bundled rubric of the same id. Without one, inputs whose items differ are
 * refused: a rename read as one item removed and another added would miscount the closed gaps.
 */
async function renamesAcrossVersions(
  inputs: readonly CompareInput[],
  o: CompareCommandOptions,
  t: Messages,
  given: () => Promise<Rubric>,
): Promise<Readonly<Record<string, string>>> {
  const versions = [...new Set(inputs.map((i) => i.result.rubric.version))].sort(compareVersions);
  if (versions.length <= 1) return {};
  const { id } = inputs[0]!.result.rubric;
  const newest = versions.at(-1)!;
  const fits = (r: Rubric | undefined): r is Rubric => r !== undefined && r.data.id === id && compareVersions(r.data.version, newest) >= 0;
  if (o.rubric !== undefined) {
    const r = await given();
    if (fits(r)) return declaredRenames(r);
  } else {
    for (const path of await bundledRubricFiles()) {
      const { rubric } = await loadRubricCached(path, t, o.io.env);
      if (fits(rubric)) return declaredRenames(rubric);
    }
  }
  const itemSets = new Set(
    inputs.map((i) =>
      i.result.items
        .map((item) => item.id)
        .sort()
        .join("\n"),
    ),
  );
  if (itemSets.size === 1) return {}; // the same items in every version: nothing can have been renamed
  const oldest = inputs.find((i) => i.result.rubric.version === versions[0])!;
  const latest = inputs.find((i) => i.result.rubric.version === newest)!;
  throw new GapcheckError(
    t.compare.needsNewestRubric(
      oldest.file,
      versions[0]!,
      latest.file,
      newest,
      id,
      gapcheckCommand(o.io.env, ["compare", ...o.inputs, "-r", "FILE"]),
    ),
  );
}

/** Orders versions such as 2026.1.0 and 2026.10.0 by their numbers (semver without pre-release order). */
function compareVersions(a: string, b: string): number {
  const parts = (v: string) => v.split(/[.+-]/).map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const [p, q] = [x[i], y[i]];
    if (p === q) continue;
    if (p === undefined) return -1;
    if (q === undefined) return 1;
    if (typeof p === "number" && typeof q === "number") return p - q;
    return String(p) < String(q) ? -1 : 1;
  }
  return 0;
}

/** The latest rubric's declared renames (`history.renamed`, docs/rubric-format.md#history): old item id → new item id. */
function declaredRenames(rubric: Rubric): Readonly<Record<string, string>> {
  return rubric.data.history?.renamed ?? {};
}

function signed(v: number, num: (v: number) => string): string {
  return v > 0 ? `+${num(v)}` : v < 0 ? `−${num(-v)}` : num(0);
}

function refusalMessage(refusal: Refusal, t: Messages): string {
  if (refusal.reason === "too-few") return t.compare.tooFew;
  const [a, b] = refusal.files;
  const [idA, idB] = refusal.ids;
  return refusal.reason === "rubric" ? t.compare.otherRubric(a, idA, b, idB) : t.compare.otherProfile(a, idA, b, idB);
}
