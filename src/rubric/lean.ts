import { createHash } from "node:crypto";
import type { Messages } from "../i18n/messages.js";
import type { Source } from "../io/read.js";
import { parseYaml } from "../yaml/parse.js";
import { checkRubricData } from "./checked.js";
import type { LoadedRubric } from "./load.js";
import { exactRubric } from "./shape.js";

/**
 * load.ts's checkRubricSource for the command line: a well-formed rubric (nearly every one) is checked without
 * loading zod (rubric/shape.ts); only one the exact check refuses goes through the schema. Same result.
 */
export async function checkRubricSourceLean(source: Source, t: Messages): Promise<LoadedRubric> {
  const sha256 = createHash("sha256").update(source.bytes).digest("hex");
  const parsed = parseYaml(source, t);
  if (parsed.data === undefined) return { source, sha256, findings: parsed.findings };
  const exact = exactRubric(parsed.data);
  const options = { locate: parsed.locate, file: source.name, messages: t };
  const validated = exact ? checkRubricData(exact, options) : (await import("./validate.js")).validateRubric(parsed.data, options);
  return { source, sha256, rubric: validated.rubric, findings: [...parsed.findings, ...validated.findings] };
}
