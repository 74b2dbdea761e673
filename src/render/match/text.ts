import { isLang, messagesFor, type Lang, type Messages } from "../../i18n/messages.js";
import type { Match } from "../../match/schema.js";
import { formatter, type Formatter } from "../format.js";
import type { RenderOptions } from "../types.js";

/*
 * What every match renderer says, worked out once: the words, the number formats, the candidates'
 * labels and the headline. The renderers (match.ts, match-html.ts) only lay it out.
 */

/** Renderers of a `kind: match` (docs/result-json.md#match), pure like the result's: the match and options in, text out. */
export type MatchRenderer = (match: Match, options: RenderOptions) => string;

export interface MatchText {
  lang: Lang;
  t: Messages;
  f: Formatter;
  /** A candidate's (or team member's) name, with the file when another candidate has the same name. */
  label: (c: { name: string; file: string }) => string;
  /** Priority titles by item id. */
  title: (item: string) => string;
  /** The headline sentence of the best candidate, or that there is no gap. */
  headline: string;
}

export function matchText(match: Match): MatchText {
  const lang = isLang(match.locale) ? match.locale : "en";
  const t = messagesFor(lang);
  const f = formatter(lang);
  const names = new Map<string, number>();
  for (const c of match.candidates) names.set(c.name, (names.get(c.name) ?? 0) + 1);
  const titles = new Map(match.organisation.priorities.map((p) => [p.item, p.title]));
  const label = (c: { name: string; file: string }) => ((names.get(c.name) ?? 0) > 1 ? `${c.name} (${c.file})` : c.name);
  const best = match.candidates[0];
  const org = match.organisation;
  const headline =
    org.totalImpact === 0 || !best
      ? t.match.noGap
      : t.match.sentence(label(best), f.percent(best.share), focusClosed(match, best), org.focus);
  return { lang, t, f, label, title: (item) => titles.get(item) ?? item, headline };
}

/** How many of the organisation's focus priorities (the first F of the 80/20 list) a candidate closes fully. */
function focusClosed(match: Match, c: Match["candidates"][number]): number {
  const focus = new Set(match.organisation.priorities.slice(0, match.organisation.focus).map((p) => p.item));
  return c.closes.full.filter((i) => focus.has(i)).length;
}
