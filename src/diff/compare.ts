import type { Rubric } from "../model/rubric.js";
import type { TextValue } from "../model/schema.js";
import { textIn } from "../model/text.js";
import { applyHistory } from "../answers/history.js";
import { DEFAULT_PARETO } from "../scoring/defaults.js";
import { normalizeAnswers } from "../answers/normalize.js";
import { en } from "../i18n/en.js";
import type { AnswerValueFile } from "../model/schema.js";
import { score } from "../scoring/score.js";

/*
 * What an edit changes between two valid rubrics, as data: the renderers in render/diff/index.ts turn it
 * into text, JSON or Markdown. Pure: both rubrics are already loaded.
 */

export interface Change<T> {
  what: string;
  old: T;
  new: T;
}

export interface FixtureShift {
  name: string;
  profile: string;
  old: FixtureScore | null;
  new: FixtureScore | null;
}

export interface FixtureScore {
  top: string[];
  maturityIndex: number | null;
  gapIndex: number | null;
}

export interface RubricDiff {
  old: { id: string; version: string };
  new: { id: string; version: string };
  items: {
    added: string[];
    /** Every id of the old version gone from the new one and not renamed, declared or not. */
    removed: string[];
    /** The removed ids the new version's `history.removed` declares: not breaking (docs/rubric-format.md#history). */
    removedDeclared: string[];
    /** `declared`: from the new version's `history.renamed` (not breaking); else guessed from an identical question. */
    renamed: { from: string; to: string; declared: boolean }[];
    moved: Change<string>[];
  };
  dimensions: { added: string[]; removed: string[] };
  profiles: { added: string[]; removed: string[] };
  scale: Change<string>[];
  texts: Change<string | null>[];
  targets: Change<number | null>[];
  weights: Change<number | null>[];
  efforts: Change<number>[];
  fixtures: FixtureShift[];
  /** Why answers saved for the old version would stop loading under the new one; empty if none. */
  breaking: Breaking[];
  /** Problems with the edit itself: a breaking change that keeps the old version number. */
  warnings: { kind: "version-unchanged"; version: string }[];
}

export type Breaking =
  | { kind: "rubric-id"; old: string; new: string }
  | { kind: "item-removed"; id: string }
  | { kind: "item-renamed"; old: string; new: string }
  | { kind: "scale"; old: string; new: string }
  | { kind: "profile-removed"; id: string };

const TOP = 3;

export function diffRubrics(a: Rubric, b: Rubric): RubricDiff {
  const ids = itemIdentities(a, b);
  const { added, removed, removedDeclared, renamed, sameItem } = ids;
  const fields = itemFieldChanges(a, b, sameItem);
  const profileChanges = profileTargetsAndWeights(a, b, ids);
  const scale: Change<string>[] = [];
  if (a.data.scale.min !== b.data.scale.min || a.data.scale.max !== b.data.scale.max) {
    scale.push({ what: "range", old: `${a.data.scale.min}..${a.data.scale.max}`, new: `${b.data.scale.min}..${b.data.scale.max}` });
  }
  const profilesA = a.data.profiles.map((p) => p.id);
  const profilesB = b.data.profiles.map((p) => p.id);
  const profiles = { added: profilesB.filter((id) => !profilesA.includes(id)), removed: profilesA.filter((id) => !profilesB.includes(id)) };
  const dimsA = new Set(a.data.dimensions.map((d) => d.id));
  const dimsB = new Set(b.data.dimensions.map((d) => d.id));
  const breaking = breakingChanges(a, b, ids, scale, profiles.removed);

  return {
    old: { id: a.data.id, version: a.data.version },
    new: { id: b.data.id, version: b.data.version },
    items: { added, removed, removedDeclared, renamed, moved: fields.moved },
    dimensions: { added: [...dimsB].filter((id) => !dimsA.has(id)), removed: [...dimsA].filter((id) => !dimsB.has(id)) },
    profiles,
    scale,
    texts: textChanges(a, b, sameItem),
    targets: profileChanges.targets,
    weights: [...fields.weights, ...profileChanges.weights],
    efforts: fields.efforts,
    fixtures: fixtureShifts(a, b),
    breaking,
    // Answers carry the version they were made for: a breaking edit that keeps it hides the break.
    warnings: breaking.length > 0 && a.data.version === b.data.version ? [{ kind: "version-unchanged", version: b.data.version }] : [],
  };
}

type Identities = ReturnType<typeof itemIdentities>;

/** Which items were added, removed or renamed, and the new id of each old item that lives on. */
function itemIdentities(a: Rubric, b: Rubric) {
  const oldItems = new Map(a.items.map((r) => [r.item.id, r]));
  const newItems = new Map(b.items.map((r) => [r.item.id, r]));
  let removed = [...oldItems.keys()].filter((id) => !newItems.has(id));
  let added = [...newItems.keys()].filter((id) => !oldItems.has(id));
  // Renames the new version declares in its history (docs/rubric-format.md#history); several old ids may merge into one.
  const history = b.data.history ?? {};
  const renamed: { from: string; to: string; declared: boolean }[] = [];
  for (const from of removed) {
    const to = Object.hasOwn(history.renamed ?? {}, from) ? history.renamed![from]! : undefined;
    if (to !== undefined && newItems.has(to)) renamed.push({ from, to, declared: true });
  }
  // An undeclared id that disappears while an item with the same question appears is most likely a rename.
  const questionOf = (rubric: Rubric, id: string) => textIn(rubric.itemById.get(id)!.item.text, rubric.defaultLocale, rubric.defaultLocale);
  for (const from of removed) {
    if (renamed.some((r) => r.from === from) || (history.removed ?? []).includes(from)) continue;
    const to = added.find((id) => !renamed.some((r) => r.to === id) && questionOf(b, id) === questionOf(a, from));
    if (to) renamed.push({ from, to, declared: false });
  }
  removed = removed.filter((id) => !renamed.some((r) => r.from === id));
  added = added.filter((id) => !renamed.some((r) => r.to === id));
  const removedDeclared = removed.filter((id) => (history.removed ?? []).includes(id));
  // Compared field by field only where the new id is not also an old one (a merge into an existing item is not).
  const successor = new Map(
    renamed.filter((r) => !oldItems.has(r.to) && renamed.filter((x) => x.to === r.to)[0] === r).map((r) => [r.from, r.to]),
  );
  const sameItem = (id: string) => successor.get(id) ?? id;
  return { added, removed, removedDeclared, renamed, successor, sameItem };
}

/** Items that moved dimension or changed effort or weight, and dimensions whose weight changed. */
function itemFieldChanges(a: Rubric, b: Rubric, sameItem: (id: string) => string) {
  const moved: Change<string>[] = [];
  const efforts: Change<number>[] = [];
  const weights: Change<number | null>[] = [];
  for (const ref of a.items) {
    const other = b.itemById.get(sameItem(ref.item.id));
    if (!other) continue;
    if (other.dimension.id !== ref.dimension.id)
      moved.push({ what: `item ${other.item.id}`, old: ref.dimension.id, new: other.dimension.id });
    if (other.item.effort !== ref.item.effort)
      efforts.push({ what: `item ${other.item.id}`, old: ref.item.effort, new: other.item.effort });
    if (other.item.weight !== ref.item.weight)
      weights.push({ what: `item ${other.item.id}`, old: ref.item.weight, new: other.item.weight });
  }
  const dimsB = new Map(b.data.dimensions.map((d) => [d.id, d]));
  for (const d of a.data.dimensions) {
    const other = dimsB.get(d.id);
    if (other && other.weight !== d.weight) weights.push({ what: `dimension ${d.id}`, old: d.weight, new: other.weight });
  }
  return { moved, efforts, weights };
}

/** Each profile kept in both versions: its dimension and item targets, and its weights. */
function profileTargetsAndWeights(a: Rubric, b: Rubric, { successor, sameItem }: Identities) {
  const targets: Change<number | null>[] = [];
  const weights: Change<number | null>[] = [];
  for (const p of a.data.profiles) {
    const q = b.profileById.get(p.id);
    if (!q) continue;
    for (const id of union(Object.keys(p.targets), Object.keys(q.targets))) {
      if (p.targets[id] !== q.targets[id])
        targets.push({ what: `${p.id} · ${id}`, old: p.targets[id] ?? null, new: q.targets[id] ?? null });
    }
    const itemTargetsA = p.itemTargets ?? {};
    const itemTargetsB = q.itemTargets ?? {};
    for (const id of union(
      Object.keys(itemTargetsA),
      Object.keys(itemTargetsB).map((k) => [...successor].find(([, to]) => to === k)?.[0] ?? k),
    )) {
      const before = itemTargetsA[id] ?? null;
      const after = itemTargetsB[sameItem(id)] ?? null;
      if (before !== after) targets.push({ what: `${p.id} · ${sameItem(id)}`, old: before, new: after });
    }
    for (const id of union(Object.keys(p.weights ?? {}), Object.keys(q.weights ?? {}))) {
      const before = p.weights?.[id] ?? null;
      const after = q.weights?.[id] ?? null;
      if (before !== after) weights.push({ what: `${p.id} · ${id}`, old: before, new: after });
    }
  }
  return { targets, weights };
}

/** What makes answers saved for the old version fail or mean something else (docs/ci.md). */
function breakingChanges(a: Rubric, b: Rubric, ids: Identities, scale: Change<string>[], profilesRemoved: string[]): Breaking[] {
  const breaking: Breaking[] = [];
  if (a.data.id !== b.data.id) breaking.push({ kind: "rubric-id", old: a.data.id, new: b.data.id });
  for (const id of ids.removed) if (!ids.removedDeclared.includes(id)) breaking.push({ kind: "item-removed", id });
  for (const r of ids.renamed) if (!r.declared) breaking.push({ kind: "item-renamed", old: r.from, new: r.to });
  // Saved levels keep loading when the scale only grows; a raised min or lowered max rejects some.
  if (scale.length && (b.data.scale.min > a.data.scale.min || b.data.scale.max < a.data.scale.max)) {
    breaking.push({ kind: "scale", old: scale[0]!.old, new: scale[0]!.new });
  }
  for (const id of profilesRemoved) breaking.push({ kind: "profile-removed", id });
  return breaking;
}

function union(x: string[], y: string[]): string[] {
  return [...new Set([...x, ...y])];
}

/** Every text field by a stable name (`item ai-workflows text`), compared locale by locale. */
function textFields(r: Rubric, itemName: (id: string) => string = (id) => id): Map<string, TextValue> {
  const out = new Map<string, TextValue>();
  const put = (name: string, v: TextValue | undefined) => v !== undefined && out.set(name, v);
  put("title", r.data.title);
  put("description", r.data.description);
  for (const [k, v] of Object.entries(r.data.scale.levels)) put(`scale level ${k}`, v);
  for (const g of r.data.groups) {
    put(`group ${g.id} title`, g.title);
    put(`group ${g.id} pole low`, g.poles?.low);
    put(`group ${g.id} pole high`, g.poles?.high);
  }
  for (const tag of r.data.tags ?? []) put(`tag ${tag.id} title`, tag.title);
  for (const d of r.data.dimensions) {
    put(`dimension ${d.id} title`, d.title);
    put(`dimension ${d.id} summary`, d.summary);
  }
  for (const { item } of r.items) {
    const name = itemName(item.id);
    put(`item ${name} title`, item.title);
    put(`item ${name} text`, item.text);
    put(`item ${name} action`, item.action);
    for (const [k, v] of Object.entries(item.levels ?? {})) put(`item ${name} level ${k}`, v);
  }
  for (const p of r.data.profiles) {
    put(`profile ${p.id} title`, p.title);
    put(`profile ${p.id} description`, p.description);
  }
  return out;
}

function textChanges(a: Rubric, b: Rubric, sameItem: (id: string) => string): Change<string | null>[] {
  const before = textFields(a, sameItem);
  const after = textFields(b);
  // Texts of an item, dimension, … that exists on one side only are reported as its addition or removal.
  const ids = (r: Rubric, rename: (id: string) => string = (id) => id) =>
    new Set([
      ...r.items.map((x) => `item ${rename(x.item.id)}`),
      ...r.data.dimensions.map((d) => `dimension ${d.id}`),
      ...r.data.profiles.map((p) => `profile ${p.id}`),
      ...r.data.groups.map((g) => `group ${g.id}`),
      ...(r.data.tags ?? []).map((g) => `tag ${g.id}`),
    ]);
  const inA = ids(a, sameItem);
  const inB = ids(b);
  const onBothSides = (name: string) => {
    const entity = name.match(/^(item|dimension|profile|group|tag) \S+/)?.[0];
    return entity === undefined || (inA.has(entity) && inB.has(entity));
  };
  const changes: Change<string | null>[] = [];
  for (const name of union([...before.keys()], [...after.keys()]).filter(onBothSides)) {
    const x = before.get(name);
    const y = after.get(name);
    const locales = union(x === undefined ? [] : localeKeys(x, a), y === undefined ? [] : localeKeys(y, b));
    for (const locale of locales) {
      const old = x === undefined ? null : ((typeof x === "string" ? (locale === a.defaultLocale ? x : undefined) : x[locale]) ?? null);
      const now = y === undefined ? null : ((typeof y === "string" ? (locale === b.defaultLocale ? y : undefined) : y[locale]) ?? null);
      if (old !== now) changes.push({ what: `${name} [${locale}]`, old, new: now });
    }
  }
  return changes;
}

function localeKeys(v: TextValue, r: Rubric): string[] {
  return typeof v === "string" ? [r.defaultLocale] : Object.keys(v);
}

/**
 * Every fixture of either version (by name), scored under both: each version with its own copy of
 * the fixture when it has one (an edit may have renamed ids in it), else with the other's.
 */
function fixtureShifts(a: Rubric, b: Rubric): FixtureShift[] {
  type Fixture = { profile?: string | undefined; answers: Record<string, AnswerValueFile> };
  const byName = (r: Rubric) =>
    new Map((r.data.fixtures ?? []).map((f): [string, Fixture] => [textIn(f.name, r.defaultLocale, r.defaultLocale), f]));
  const inA = byName(a);
  const inB = byName(b);
  return union([...inA.keys()], [...inB.keys()]).map((name) => {
    const fa = inA.get(name) ?? inB.get(name)!;
    const fb = inB.get(name) ?? fa;
    return {
      name,
      profile: fb.profile ?? b.defaultProfileId,
      old: scoreFixture(a, fa.profile, fa.answers),
      new: scoreFixture(b, fb.profile, fb.answers),
    };
  });
}

function scoreFixture(r: Rubric, profileId: string | undefined, raw: Record<string, AnswerValueFile>): FixtureScore | null {
  const profile = r.profileById.get(profileId ?? r.defaultProfileId);
  if (!profile) return null;
  // Ids from an earlier version map through the history; answers this version cannot take (an item
  // it lacks, a level off its scale) are left out.
  const answers = normalizeAnswers(applyHistory(raw, r).answers, r, [], () => undefined, en);
  const result = score({ rubric: r, profile, answers, pareto: DEFAULT_PARETO, locale: r.defaultLocale, sha256: "" });
  return {
    top: result.priorities.slice(0, TOP).map((p) => p.item),
    maturityIndex: result.summary.maturityIndex,
    gapIndex: result.summary.gapIndex,
  };
}
