/** The programmatic API: load, validate, score and render without the command line. */
export { loadRubric, checkRubricSource, type LoadedRubric } from "./rubric/load.js";
export { validateRubric } from "./rubric/validate.js";
export { loadAnswers } from "./answers/load.js";
export { parseYaml } from "./yaml/parse.js";
export { score, type Answer, type ScoreInput } from "./scoring/score.js";
export { ResultSchema, type Result } from "./scoring/result.js";
export { RubricSchema, AnswersSchema } from "./model/schema.js";
export { RENDERERS, FORMATS, type FormatName } from "./render/index.js";
export { formatFinding, type Finding, type Severity } from "./findings.js";
export { messagesFor, type Lang, type Messages } from "./i18n/messages.js";
export { compare, regressionGate, ComparisonRefused, type CompareInput, type CompareOptions, type GateVerdict } from "./compare/compare.js";
export { ComparisonSchema, type Comparison } from "./compare/schema.js";
export { COMPARISON_RENDERERS, type ComparisonFormat } from "./render/compare/index.js";
export { match, type Candidate, type MatchOptions } from "./match/match.js";
export { MatchSchema, type Match } from "./match/schema.js";
export { MATCH_RENDERERS, type MatchRenderer } from "./render/match.js";
export { aggregate, PanelBuilder, type Respondent, type PanelOptions } from "./aggregate/panel.js";
export { type Panel } from "./scoring/result.js";
