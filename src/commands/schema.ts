import * as z from "zod";
import type { Io } from "../context.js";
import { EXIT, type ExitCode } from "../errors.js";
import type { SchemaName } from "../formats.js";
import { AnswersSchema, RubricSchema } from "../model/schema.js";
import { MatchSchema } from "../match/schema.js";
import { ResultSchema } from "../scoring/result.js";
import { ComparisonSchema } from "../compare/schema.js";

/**
 * The JSON Schema of a file format, generated from the zod schema. Input files use the input side
 * (fields with defaults are optional); the result is what gapcheck writes, so its output side.
 */
export function jsonSchema(name: SchemaName): Record<string, unknown> {
  const generated =
    name === "rubric"
      ? z.toJSONSchema(RubricSchema, { io: "input" })
      : name === "answers"
        ? z.toJSONSchema(AnswersSchema, { io: "input" })
        : name === "comparison"
          ? z.toJSONSchema(ComparisonSchema, { io: "output" })
          : name === "match"
            ? z.toJSONSchema(MatchSchema, { io: "output" })
            : z.toJSONSchema(ResultSchema, { io: "output" });
  const { $schema, ...rest } = generated as Record<string, unknown>;
  return { $schema, $id: `urn:gapcheck:schema:${name}:1`, title: `gapcheck ${name} (format 1)`, ...rest };
}

export async function schema(o: { name: SchemaName; io: Io }): Promise<ExitCode> {
  o.io.stdout.write(`${JSON.stringify(jsonSchema(o.name), null, 2)}\n`);
  return EXIT.ok;
}
