import * as z from "zod";
import { sortFindings, visible, type Finding } from "../findings.js";
import type { Messages } from "../i18n/messages.js";
import type { Locator, PathKey } from "../yaml/locator.js";
import { closestKey } from "./suggest.js";

type Issue = z.core.$ZodIssue;
type AnySchema = z.ZodType;

/**
 * Turns zod issues into located findings, with messages from the catalogue.
 * Why this is long: one case per kind of zod issue, each a few lines; a table of handlers would
 * spread the same cases over more lines.
 */
export function zodFindings(issues: readonly Issue[], schema: AnySchema, locate: Locator, file: string, t: Messages): Finding[] {
  const findings: Finding[] = [];
  const add = (rule: string, path: PathKey[], message: string, part: "value" | "key" = "value") => {
    const pos = locate(path, part);
    // Messages quote keys and values from the file: control characters are shown escaped.
    findings.push({ file, line: pos.line, col: pos.col, severity: "error", rule, message: visible(message), path });
  };
  // A misspelt key ("acton") also makes its real key look missing: one mistake, one finding.
  const suggested = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== "unrecognized_keys") continue;
    const allowed = objectKeysAt(
      schema,
      issue.path.filter((k): k is PathKey => typeof k !== "symbol"),
    );
    for (const key of issue.keys) {
      const s = closestKey(key, allowed);
      if (s) suggested.add(JSON.stringify([...issue.path.map(String), s]));
    }
  }
  for (const issue of issues) {
    const path = issue.path.filter((k): k is PathKey => typeof k !== "symbol");
    const input = (issue as { input?: unknown }).input;
    const custom = t.schema.custom[issue.message];
    switch (issue.code) {
      case "unrecognized_keys": {
        const allowed = objectKeysAt(schema, path);
        for (const key of issue.keys) {
          const suggestion = closestKey(key, allowed);
          const message =
            (allowed.length ? t.schema.unknownKey(key, allowed) : t.schema.unknownKeyNoHint(key)) +
            (suggestion ? `; ${t.usage.didYouMean(suggestion)}` : "");
          add("unknown-key", [...path, key], message, "key");
        }
        break;
      }
      case "invalid_type":
      case "invalid_union":
        if (input === undefined && path.length > 0) {
          if (suggested.has(JSON.stringify(path.map(String)))) break;
          add("missing-field", path.slice(0, -1), t.schema.missingField(String(path[path.length - 1])));
        } else if (path.length === 0) {
          add("invalid-type", path, t.schema.topLevel(describe(input, t)));
        } else if (path[path.length - 1] === "version" && typeof input === "number") {
          add("invalid-type", path, t.layout.semver(String(input)));
        } else {
          const expected = custom ?? (issue.code === "invalid_type" ? typeName(issue.expected, t) : undefined);
          add(
            "invalid-type",
            path,
            expected ? t.schema.expected(expected, describe(input, t)) : `${t.schema.invalid}: ${describe(input, t)}`,
          );
        }
        break;
      case "invalid_format":
        add("invalid-value", path, `${t.schema.pattern(custom ?? issue.format)}: ${describe(input, t)}`);
        break;
      case "invalid_key": {
        const inner = issue.issues[0];
        const what = inner && t.schema.custom[inner.message];
        const key = `"${String(path[path.length - 1])}"`;
        add("invalid-value", path, what ? `${t.schema.pattern(what)}: ${key}` : `${t.schema.invalid}: ${key}`, "key");
        break;
      }
      case "too_small":
        add("invalid-value", path, t.schema.tooSmall(issue.minimum, issue.inclusive ?? true, unitOf(issue.origin, t)));
        break;
      case "too_big":
        add("invalid-value", path, t.schema.tooBig(issue.maximum, issue.inclusive ?? true, unitOf(issue.origin, t)));
        break;
      case "invalid_value": {
        // A literal or enum key (`gapcheck: 1`, `kind`): the message names the key, missing or wrong.
        const key = String(path[path.length - 1] ?? "");
        if (input === undefined && path.length > 0) add("missing-field", path.slice(0, -1), t.schema.missingField(key));
        else {
          const allowed = issue.values.map((v) => JSON.stringify(v));
          add("invalid-value", path, t.schema.oneOf(key, allowed, describe(input, t)));
        }
        break;
      }
      default:
        add("invalid-value", path, custom ? t.schema.pattern(custom) : `${t.schema.invalid}: ${describe(input, t)}`);
    }
  }
  return sortFindings(findings);
}

function unitOf(origin: string, t: Messages): string {
  return origin === "array" || origin === "set" ? t.schema.itemsUnit : origin === "string" ? t.schema.charsUnit : "number";
}

function typeName(expected: string, t: Messages): string {
  const key = expected === "int" ? "integer" : expected === "record" ? "object" : expected;
  return t.schema.types[key] ?? expected;
}

function describe(input: unknown, t: Messages): string {
  if (input === undefined) return t.schema.types.missing!;
  if (input === null) return t.schema.types.null!;
  if (Array.isArray(input)) return t.schema.types.array!;
  if (typeof input === "string") return `"${input.length > 40 ? `${input.slice(0, 40)}…` : input}"`;
  if (typeof input === "object") return t.schema.types.object!;
  return String(input);
}

/** The keys an object schema allows at `path`, for "allowed here: …" hints (zod's public schema API). */
function objectKeysAt(schema: AnySchema, path: readonly PathKey[]): string[] {
  let node: AnySchema | undefined = schema;
  for (const seg of [...path, null]) {
    node = node && unwrap(node);
    if (!node) return [];
    if (seg === null) return node instanceof z.ZodObject ? Object.keys(node.shape) : [];
    if (node instanceof z.ZodObject) node = (node.shape as Record<string, AnySchema>)[String(seg)];
    else if (node instanceof z.ZodArray) node = node.element as AnySchema;
    else if (node instanceof z.ZodRecord) node = node.valueType as AnySchema;
    else if (node instanceof z.ZodTuple) node = (node.def.items as AnySchema[])[Number(seg)];
    else return [];
  }
  return [];
}

function unwrap(schema: AnySchema): AnySchema | undefined {
  let node: AnySchema = schema;
  for (;;) {
    if (node instanceof z.ZodOptional || node instanceof z.ZodDefault || node instanceof z.ZodNullable) node = node.unwrap() as AnySchema;
    else if (node instanceof z.ZodUnion) {
      const obj = (node.options as AnySchema[]).find((o) => o instanceof z.ZodObject);
      if (!obj) return node;
      node = obj;
    } else return node;
  }
}
