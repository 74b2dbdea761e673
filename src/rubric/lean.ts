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
  const parsed = parseYaml(source, t);
  const validated =
    parsed.data === undefined ? undefined : await checkData(parsed.data, { locate: parsed.locate, file: source.name, messages: t });
  let sha256: string | undefined;
  return {
    source,
    // Hashed when read: `validate --no-cache` never needs it, and node:crypto is ~60 modules to load.
    get sha256() {
      sha256 ??= createHash("sha256").update(source.bytes).digest("hex");
      return sha256;
    },
    ...(validated ? { rubric: validated.rubric } : {}),
    findings: validated ? [...parsed.findings, ...validated.findings] : parsed.findings,
  };
}

async function checkData(data: unknown, options: Parameters<typeof checkRubricData>[1]) {
  const exact = exactRubric(data);
  return exact ? checkRubricData(exact, options) : (await import("./validate.js")).validateRubric(data, options);
}
