import { errors } from "./en/errors.js";
import { rubric } from "./en/rubric.js";
import { help } from "./en/help.js";
import { questionnaire } from "./en/questionnaire.js";
import { report } from "./en/report.js";
import { team } from "./en/team.js";
import { progress } from "./en/progress.js";
import { matching } from "./en/matching.js";
import { template } from "./en/template.js";
import { workshop } from "./en/workshop.js";

/**
 * The English message catalogue: every text the tool itself prints. Other languages implement the
 * same shape (`satisfies Messages`), so a missing key does not compile. Rule ids, option names and
 * JSON field names stay English in every language.
 *
 * It is split by topic (src/i18n/en/*.ts): a message lives with the texts of the same part of the
 * tool, never with the release that added it. Swedish and Norwegian mirror the files, each topic
 * checked against the English one (`satisfies typeof english`).
 */
export const en = {
  ...errors,
  ...rubric,
  ...help,
  ...questionnaire,
  ...report,
  ...team,
  ...progress,
  ...matching,
  ...template,
  ...workshop,
};
