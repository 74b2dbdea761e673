/*
 * The library (docs/api.md): `import { loadRubric, validateRubric, loadAnswers, score, render }
 * from "gapcheck"`. A list of exports; the one thing importing it does is make the sv and nb message
 * catalogues available, so that `render` speaks every language synchronously. Functions take data
 * and options and return data; only the load* functions (and answersFromFile) touch the file
 * system. Every command of the CLI is made of these (ARCHITECTURE.md).
 */
import "./i18n/all.js";

export { loadRubric, checkRubricSource, type LoadedRubric } from "./rubric/load.js";
export { validateRubric, type ValidatedRubric, type ValidateRubricOptions } from "./rubric/validate.js";
export { loadAnswers, type LoadedAnswers, type Notice } from "./answers/load.js";
export { answersFromFile, type AnswersFromFile, type AnswersFromFileOptions, type GivenAnswers } from "./intake/given.js";
export { parseYaml, type ParsedYaml } from "./yaml/parse.js";
export type { Locator, PathKey, Position } from "./yaml/locator.js";
export type { Source } from "./io/read.js";
export { score, type Answer, type ScoreInput } from "./scoring/score.js";
export type { Result, ResultDimension, ResultPriority } from "./scoring/result.js";
export { isResultDocument, loadResult, resultFromSource, withFocus } from "./scoring/load.js";
export { chooseProfile } from "./scoring/profile.js";
export type { Rubric, ItemRef } from "./model/rubric.js";
export type {
  AnswersFile,
  AnswersFile as Answers,
  ClientProfileFile,
  DimensionFile,
  ItemFile,
  ProfileFile,
  RubricFile,
  TextValue,
} from "./model/schema.js";
export { render, renderComparison, renderMatch, type RenderSettings } from "./render/render.js";
export { renderTemplate as template, type SheetFormat, type TemplateFormat } from "./render/template/index.js";
export { diffRubrics, type Breaking, type RubricDiff } from "./diff/compare.js";
export { DIFF_RENDERERS, type DiffFormat, type DiffRenderer } from "./render/diff/index.js";
export { FORMATS, type FormatName } from "./formats.js";
export { DEFAULT_FOCUS, DEFAULT_PARETO } from "./scoring/defaults.js";
export { formatFinding, type Finding, type Severity } from "./findings.js";
export { LANGS, messagesFor, type Lang, type Messages } from "./i18n/messages.js";
export { aggregate, GroupingRefused, MIN_GROUP_FLOOR, PanelBuilder, type Respondent, type PanelOptions } from "./aggregate/panel.js";
export type { Panel } from "./scoring/result.js";
export { readInput, readOneRespondent, type InputOptions, type InputRead, type OneRespondent } from "./intake/input.js";
export { compare, regressionGate, ComparisonRefused, type CompareInput, type CompareOptions, type GateVerdict } from "./compare/compare.js";
export type { Comparison } from "./compare/schema.js";
export { match, type Candidate, type MatchOptions } from "./match/match.js";
export type { Match } from "./match/schema.js";
export { serve, type ServeOptions, type RunningWorkshop } from "./serve/serve.js";
export type { LiveState } from "./serve/workshop.js";
export {
  loadClientProfile,
  checkClientProfile,
  withProfile,
  type ClientProfile,
  type LoadedClientProfile,
} from "./profile/client.js";
export { askedOf } from "./model/rubric.js";
