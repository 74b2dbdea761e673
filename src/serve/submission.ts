import { answersFromSource } from "../answers/load.js";
import type { Messages } from "../i18n/messages.js";
import { LANGS } from "../i18n/messages.js";
import type { Rubric } from "../model/rubric.js";
import type { Answer } from "../scoring/score.js";
import { isReceipt } from "./session.js";

/** One problem with a submission, as the participant API reports it (422). */
export interface SubmissionFinding {
  item?: string;
  rule: string;
  message: string;
}

export interface Submission {
  answers: Map<string, Answer>;
  group?: string;
  locale?: string;
  receipt?: string;
}

const KEYS = new Set(["answers", "group", "locale", "receipt"]);

/**
 * Checks a parsed request body of `POST {participant}/answers`: its envelope here, the answers exactly
 * as an answers file for the session's rubric (the same loader `assess` and `aggregate` use), so what
 * is acknowledged is always a file `aggregate` reads.
 */
export async function checkSubmission(
  body: unknown,
  rubric: Rubric,
  profile: string,
  groups: readonly string[],
  t: Messages,
): Promise<{ ok: true; submission: Submission } | { ok: false; findings: SubmissionFinding[] }> {
  const findings: SubmissionFinding[] = [];
  if (typeof body !== "object" || body === null || Array.isArray(body))
    return { ok: false, findings: [{ rule: "invalid-body", message: t.serve.api.notObject }] };
  const b = body as Record<string, unknown>;
  for (const key of Object.keys(b)) if (!KEYS.has(key)) findings.push({ rule: "unknown-key", message: t.serve.api.unknownKey(key) });
  if (typeof b.answers !== "object" || b.answers === null || Array.isArray(b.answers))
    findings.push({ rule: "invalid-body", message: t.serve.api.noAnswers });
  if (b.group !== undefined && (typeof b.group !== "string" || !groups.includes(b.group)))
    findings.push({ rule: "unknown-group", message: t.serve.api.unknownGroup(String(b.group).slice(0, 40), groups) });
  const locales = new Set<string>([...LANGS, ...rubric.data.locales]);
  if (b.locale !== undefined && (typeof b.locale !== "string" || !locales.has(b.locale)))
    findings.push({ rule: "unknown-locale", message: t.serve.api.unknownLocale([...locales]) });
  if (b.receipt !== undefined && !isReceipt(b.receipt)) findings.push({ rule: "invalid-receipt", message: t.serve.api.badReceipt });
  if (findings.length > 0) return { ok: false, findings };

  const doc = { gapcheck: 1, rubric: { id: rubric.data.id, version: rubric.data.version }, profile, answers: b.answers };
  const text = JSON.stringify(doc);
  const loaded = await answersFromSource({ name: "answers", text, bytes: Buffer.from(text) }, rubric, t, { profileGiven: true });
  const errors = loaded.findings.filter((f) => f.severity === "error");
  if (!loaded.answers || errors.length > 0) {
    return {
      ok: false,
      findings: errors.map((f) => ({
        ...(f.path[0] === "answers" && typeof f.path[1] === "string" ? { item: f.path[1] } : {}),
        rule: f.rule,
        message: f.message,
      })),
    };
  }
  return {
    ok: true,
    submission: {
      answers: loaded.answers,
      ...(typeof b.group === "string" ? { group: b.group } : {}),
      ...(typeof b.locale === "string" ? { locale: b.locale } : {}),
      ...(typeof b.receipt === "string" ? { receipt: b.receipt } : {}),
    },
  };
}
