import type { AnswersFile, AnswerValueFile } from "../model/schema.js";
import { ID_PATTERN, LOCALE_PATTERN } from "../model/patterns.js";

/*
 * The answers file's shape (model/schema.ts: AnswersEnvelope, AnswerValue) checked without zod.
 * Loading zod costs more than the rest of `assess --answers` (docs/performance.md), and a well-formed file —
 * nearly every file — never needs it: these checks accept exactly what the zod schemas accept and
 * return the same value (keys in the schema's order). Only a file they refuse goes to zod, whose
 * issues become the located findings (answers/shape-findings.ts). test/rubric/answers-shape.test.ts holds
 * the two to the same verdict on generated input.
 */

export type Envelope = Omit<AnswersFile, "answers"> & { answers: Record<string, unknown> };

type Plain = Record<string, unknown>;

/** A plain object, as zod's `record` and `strictObject` require (no array, no class instance). */
export function plain(value: unknown): value is Plain {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Only these keys (strictObject), each optional string when present; the copy keeps `keys`' order. */
function strings<K extends string>(value: unknown, keys: readonly K[]): Partial<Record<K, string>> | undefined {
  if (!plain(value) || Object.keys(value).some((k) => !(keys as readonly string[]).includes(k))) return undefined;
  const out: Partial<Record<K, string>> = {};
  for (const k of keys) {
    const v = value[k];
    if (v === undefined) continue;
    if (typeof v !== "string") return undefined;
    out[k] = v;
  }
  return out;
}

const ENVELOPE_KEYS = new Set(["gapcheck", "rubric", "profile", "locale", "respondent", "date", "answers"]);
const RESPONDENT_KEYS = ["name", "role", "group", "organisation"] as const;

const optionalMatch = (v: unknown, pattern: RegExp) => v === undefined || (typeof v === "string" && pattern.test(v));

/** The answers file without its entries, as AnswersEnvelope would parse it; undefined where it would fail. */
export function exactEnvelope(data: unknown): Envelope | undefined {
  if (!plain(data) || Object.keys(data).some((k) => !ENVELOPE_KEYS.has(k))) return undefined;
  if (data.gapcheck !== 1 || !plain(data.answers)) return undefined;
  const rubric = strings(data.rubric, ["id", "version"] as const);
  if (rubric?.id === undefined || !ID_PATTERN.test(rubric.id)) return undefined;
  if (!optionalMatch(data.profile, ID_PATTERN) || !optionalMatch(data.locale, LOCALE_PATTERN)) return undefined;
  if (data.date !== undefined && typeof data.date !== "string") return undefined;
  const respondent = data.respondent === undefined ? undefined : strings(data.respondent, RESPONDENT_KEYS);
  if (data.respondent !== undefined && respondent === undefined) return undefined;

  const out: Plain = { gapcheck: 1, rubric: rubric as { id: string } };
  if (data.profile !== undefined) out.profile = data.profile;
  if (data.locale !== undefined) out.locale = data.locale;
  if (respondent !== undefined) out.respondent = respondent;
  if (data.date !== undefined) out.date = data.date;
  out.answers = data.answers;
  return out as Envelope;
}

const level = (v: unknown) => Number.isSafeInteger(v) || v === "na";

/** One answer as AnswerValue would parse it (a level, null, `na`, or `{ level, note }`); undefined where it would fail. */
export function exactAnswer(value: unknown): AnswerValueFile | undefined {
  if (value === null || level(value)) return value as AnswerValueFile;
  if (!plain(value) || Object.keys(value).some((k) => k !== "level" && k !== "note")) return undefined;
  if (!("level" in value) || (value.level !== null && !level(value.level))) return undefined;
  if (value.note !== undefined && typeof value.note !== "string") return undefined;
  const out = { level: value.level } as { level: number | "na" | null; note?: string };
  if (value.note !== undefined) out.note = value.note;
  return out;
}
