import { DEFAULT_PARETO } from "../scoring/defaults.js";
import type { Messages } from "../i18n/messages.js";
import type { Rubric } from "../model/rubric.js";
import { textIn } from "../model/text.js";
import { normalizeAnswers } from "../answers/normalize.js";
import type { RuleContext } from "./rules.js";
import { score } from "../scoring/score.js";

/** Scores each of the rubric's fixtures and reports every expectation that does not hold. */
export function checkFixtures(rubric: Rubric, t: Messages, report: RuleContext["report"]): void {
  rubric.data.fixtures?.forEach((fixture, i) => {
    const at = ["fixtures", i];
    const name = textIn(fixture.name, rubric.defaultLocale, rubric.defaultLocale);
    let valid = true;
    const answers = normalizeAnswers(
      fixture.answers,
      rubric,
      [...at, "answers"],
      (rule, path, message, part) => {
        valid = false;
        report(rule, path, message, { part });
      },
      t,
    );
    if (!valid) return;
    const profile = rubric.profileById.get(fixture.profile ?? rubric.defaultProfileId)!;
    const result = score({ rubric, profile, answers, pareto: DEFAULT_PARETO, locale: rubric.defaultLocale, sha256: "" });

    const expected = fixture.expect.top;
    if (expected) {
      const actual = result.priorities.slice(0, expected.length).map((p) => p.item);
      if (actual.join() !== expected.join()) report("fixture-failed", [...at, "expect", "top"], t.rules.fixtureTop(name, expected, actual));
    }
    const risks = fixture.expect.risks;
    if (risks) {
      const actual = result.risks.map((r) => r.item);
      if (actual.join() !== risks.join()) report("fixture-failed", [...at, "expect", "risks"], t.rules.fixtureRisks(name, risks, actual));
    }
    const notNow = fixture.expect.notNow;
    if (notNow) {
      const actual = result.plan.notNow.map((e) => e.item);
      if (actual.join() !== notNow.join())
        report("fixture-failed", [...at, "expect", "notNow"], t.rules.fixtureNotNow(name, notNow, actual));
    }
    for (const field of ["maturityIndex", "gapIndex"] as const) {
      const range = fixture.expect[field];
      const actual = result.summary[field];
      if (range && (actual === null || actual < range[0] || actual > range[1])) {
        report("fixture-failed", [...at, "expect", field], t.rules.fixtureRange(name, field, range[0], range[1], actual));
      }
    }
  });
}
