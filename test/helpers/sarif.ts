import { readFileSync } from "node:fs";
import { join } from "node:path";
import AjvDraft04Module from "ajv-draft-04";
import addFormatsModule from "ajv-formats";
import { root } from "./exec.js";

// Both packages are CommonJS with a `default` that is also the module itself; typings see only the latter.
const AjvDraft04 = AjvDraft04Module as unknown as typeof AjvDraft04Module.default;
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

/**
 * The official SARIF 2.1.0 schema (test/data/README.md says where it comes from) with its formats
 * enforced: `uri-reference` for every artifact location, `uri` for the tool's links. Without
 * ajv-formats, ajv ignores `format` and a bare path such as `mätning plan.yaml` would pass.
 */
export function sarifValidator() {
  const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv, ["uri", "uri-reference", "date-time"]);
  return ajv.compile(JSON.parse(readFileSync(join(root, "test/data/sarif-2.1.0.schema.json"), "utf8")));
}
