import { Readable } from "node:stream";
import { basename, extname, resolve } from "node:path";
import { loadAnswers } from "../answers/load.js";
import type { Io } from "../context.js";
import { EXIT, GapcheckError, type ExitCode } from "../errors.js";
import type { Finding } from "../findings.js";
import { DEFAULT_PARETO } from "../scoring/defaults.js";
import { loadMessages, type Lang, type Messages, resolveLang, langOf } from "../i18n/messages.js";
import { expandInputs } from "../io/inputs.js";
import { readSource } from "../io/read.js";
import { match, type Candidate } from "../match/match.js";
import type { FormatName } from "../render/result/index.js";
import { MATCH_RENDERERS } from "../render/match/index.js";
import type { Result } from "../scoring/result.js";
import { score } from "../scoring/score.js";
import { parseYaml } from "../yaml/parse.js";
import { isResultDocument, resultFromSource } from "../scoring/load.js";
import { chooseProfile } from "../scoring/profile.js";
import { checkOutPath, writeRendered, inLanguage, printFindings, readAnswers, requireRubric, resolveProfileOption } from "./shared.js";

export interface MatchCommandOptions {
  org: string;
  candidates: string[];
  rubric?: string;
  profile?: string;
  team?: number;
  format: FormatName;
  out?: string;
  lang?: Lang;
  color?: boolean;
  io: Io;
}

/** `gapcheck match ORG CANDIDATE...`: who closes most of the organisation's weighted gap (docs/matching.md). */
export async function matchCommand(o: MatchCommandOptions): Promise<ExitCode> {
  const { io } = o;
  let t = await loadMessages(resolveLang(o.lang, io.env));
  const loaded = await requireRubric(o.rubric, io, t);
  const { sha256, path: rubricPath } = loaded;
  // -p FILE: a client profile, added to the rubric's profiles (README "Client profile").
  const tailored = await resolveProfileOption(o.profile, loaded.rubric, io, t);
  const { rubric } = tailored;
  const { files, empty } = await expandInputs(o.candidates, io.cwd);
  if (empty.length > 0) throw new GapcheckError(empty.map((e) => t.match.noCandidates(e)).join("\n"));
  await checkOutPath(o.out, [rubricPath, o.org, ...files], t);

  const scored = await organisation({ ...o, ...(tailored.profile !== undefined ? { profile: tailored.profile } : {}) }, rubric, sha256, t);
  // A saved result in the language asked for (README "Language of saved results").
  const shown = await inLanguage([{ result: scored, file: o.org }], o.lang ?? scored.locale, { ...o, t });
  const org = shown.results[0]!;
  const lang: Lang = langOf(shown.lang);
  t = await loadMessages(lang);

  // Every candidate file is checked before anything is ranked, and every bad one is named.
  const candidates: Candidate[] = [];
  const errors: Finding[] = [];
  for (const file of files) {
    const loaded = await loadAnswers(resolve(io.cwd, file), rubric, t, io.stdin, { profileGiven: true });
    const shown = loaded.findings.map((f) => ({ ...f, file }));
    if (!loaded.file || !loaded.answers) {
      errors.push(...shown.filter((f) => f.severity === "error"));
      continue;
    }
    printFindings(shown, io.stderr); // warnings only, e.g. another rubric version
    const levels = new Map<string, number>();
    for (const [id, a] of loaded.answers) if (typeof a.level === "number") levels.set(id, a.level);
    candidates.push({ name: loaded.file.respondent?.name?.trim() || basename(file, extname(file)), file, levels });
  }
  if (errors.length > 0) throw new GapcheckError(t.cli.invalidAnswers(errors[0]!.file, errors.length), EXIT.cannotRun, errors);
  if (o.team !== undefined && o.team > candidates.length) io.stderr.write(`gapcheck: ${t.match.teamTooLarge(o.team, candidates.length)}\n`);

  const result = match(org, candidates, { ...(o.team !== undefined ? { team: o.team } : {}), locale: lang });
  await writeRendered((options) => MATCH_RENDERERS[o.format](result, options), o.format, o, io, t);
  return EXIT.ok;
}

/** ORG as a result: a saved result (of assess or aggregate) as it is, or an answers file scored now. */
async function organisation(
  o: MatchCommandOptions,
  rubric: Awaited<ReturnType<typeof requireRubric>>["rubric"],
  sha256: string,
  t: Messages,
): Promise<Result> {
  const { io } = o;
  const path = resolve(io.cwd, o.org);
  const read = await readSource(path, t, io.stdin);
  // A file that cannot be read is reported by the answers reader, in its words.
  if (read.ok && isResultDocument(parseYaml(read.source, t).data)) {
    const result = resultFromSource(read.source, t);
    if (result.rubric.id !== rubric.data.id) throw new GapcheckError(t.match.otherRubric(o.org, result.rubric.id, rubric.data.id));
    return result;
  }
  // stdin ("-") can be read only once: the answers reader gets the bytes already read.
  const answersIo = read.ok ? { ...io, stdin: Readable.from([read.source.bytes]) } : io;
  const given = await readAnswers(path, rubric, answersIo, t, o.profile !== undefined);
  const profile = chooseProfile(rubric, t, { option: o.profile, file: given.profile });
  const locale = resolveLang(o.lang, io.env, rubric.defaultLocale);
  return score({ rubric, profile, answers: given.answers, pareto: DEFAULT_PARETO, locale, sha256, ...given.meta });
}
