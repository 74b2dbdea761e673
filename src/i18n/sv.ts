import type { Messages } from "./messages.js";
import { errors } from "./sv/errors.js";
import { rubric } from "./sv/rubric.js";
import { help } from "./sv/help.js";
import { questionnaire } from "./sv/questionnaire.js";
import { report } from "./sv/report.js";
import { team } from "./sv/team.js";
import { progress } from "./sv/progress.js";
import { matching } from "./sv/matching.js";
import { template } from "./sv/template.js";
import { workshop } from "./sv/workshop.js";

/** Swedish (svenska). Rule ids, option names (--answers …), command names and JSON field names stay English. */
export const sv = {
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
