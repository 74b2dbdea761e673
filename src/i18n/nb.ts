import type { Messages } from "./messages.js";
import { errors } from "./nb/errors.js";
import { rubric } from "./nb/rubric.js";
import { help } from "./nb/help.js";
import { questionnaire } from "./nb/questionnaire.js";
import { report } from "./nb/report.js";
import { team } from "./nb/team.js";
import { progress } from "./nb/progress.js";
import { matching } from "./nb/matching.js";
import { template } from "./nb/template.js";
import { workshop } from "./nb/workshop.js";

/** Norwegian Bokmål (norsk bokmål). Rule ids, option names (--answers …), command names and JSON field names stay English. */
export const nb = {
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
} satisfies Messages;
