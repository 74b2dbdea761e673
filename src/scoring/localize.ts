import { itemTitle, textResolver, type Rubric } from "../model/rubric.js";
import type { Result } from "./result.js";

/*
 * A saved result in another language (README "Language of saved results"). A result keeps the ids
 * beside every rubric text it shows, so the texts can be looked up again in the rubric it was scored
 * on. Only rubric texts change: numbers, ids, notes and the respondent are the user's and stay as
 * saved, and so does a client profile's title (the client named it; the rubric does not know it).
 */

/**
 * `result` with every rubric text (title, profile, group, pole, dimension, tag, item, action, floor
 * reason) in `locale`, or undefined when `rubric` cannot give all of them: another rubric id, no
 * texts in that locale, or an id the result uses that the rubric lacks. Never half a translation.
 */
export function relocalize(result: Result, rubric: Rubric, locale: string): Result | undefined {
  const { data } = rubric;
  if (data.id !== result.rubric.id || !data.locales.includes(locale)) return undefined;
  const text = textResolver(rubric, locale);
  const dimensions = new Map(data.dimensions.map((d) => [d.id, d]));
  const groups = new Map(data.groups.map((g) => [g.id, g]));
  const tags = new Map((data.tags ?? []).map((g) => [g.id, g]));
  const profile = rubric.profileById.get(result.profile.id);
  // A client profile names the rubric profile it tailors; its own title is the client's words.
  const clientProfile = result.profile.extends !== undefined;

  const itemIds = [
    ...result.items.map((i) => i.id),
    ...result.priorities.map((p) => p.item),
    ...result.unanswered.map((u) => u.item),
    ...result.risks.map((r) => r.item),
    ...[...result.plan.first30Days, ...result.plan.next90Days, ...result.plan.notNow].map((p) => p.item),
  ];
  const known =
    (clientProfile ? rubric.profileById.has(result.profile.extends!) : profile !== undefined) &&
    itemIds.every((id) => rubric.itemById.has(id)) &&
    result.dimensions.every((d) => dimensions.has(d.id)) &&
    result.summary.groups.every((g) => groups.has(g.id) && (g.poles === undefined || groups.get(g.id)!.poles !== undefined)) &&
    result.tags.every((g) => tags.has(g.id));
  if (!known) return undefined;

  const item = (id: string) => rubric.itemById.get(id)!.item;
  const titleOf = (id: string) => text(itemTitle(item(id)));
  const actionOf = (id: string) => text(item(id).action);
  const planEntry = (p: Result["plan"]["first30Days"][number]) => ({ ...p, title: titleOf(p.item), action: actionOf(p.item) });
  return {
    ...result,
    locale,
    rubric: { ...result.rubric, title: text(data.title) },
    profile: { ...result.profile, title: clientProfile || profile === undefined ? result.profile.title : text(profile.title) },
    summary: {
      ...result.summary,
      groups: result.summary.groups.map((g) => {
        const source = groups.get(g.id)!;
        const poles = source.poles;
        return {
          ...g,
          title: text(source.title),
          ...(g.poles !== undefined && poles !== undefined ? { poles: { low: text(poles.low), high: text(poles.high) } } : {}),
        };
      }),
    },
    dimensions: result.dimensions.map((d) => ({ ...d, title: text(dimensions.get(d.id)!.title) })),
    items: result.items.map((i) => ({ ...i, title: titleOf(i.id) })),
    priorities: result.priorities.map((p) => ({ ...p, title: titleOf(p.item), action: actionOf(p.item) })),
    tags: result.tags.map((g) => ({ ...g, title: text(tags.get(g.id)!.title) })),
    unanswered: result.unanswered.map((u) => ({ ...u, title: titleOf(u.item) })),
    risks: result.risks.map((r) => ({ ...r, title: titleOf(r.item), reason: text(item(r.item).floorReason), action: actionOf(r.item) })),
    plan: {
      first30Days: result.plan.first30Days.map(planEntry),
      next90Days: result.plan.next90Days.map(planEntry),
      notNow: result.plan.notNow.map(planEntry),
    },
  };
}
