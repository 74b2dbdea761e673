import type { Severity } from "../findings.js";
import type { Messages } from "../i18n/messages.js";
import type { RubricFile, TextValue } from "../model/schema.js";
import { localesOf } from "../model/text.js";
import type { PathKey, Position } from "../yaml/locator.js";

export interface RuleContext {
  data: RubricFile;
  t: Messages;
  report: (rule: string, path: PathKey[], message: string, options?: { severity?: Severity; part?: "value" | "key" }) => void;
  position: (path: PathKey[], part?: "value" | "key") => Position;
}

/** A cross-reference check over a rubric that passed the schema. Each adds findings with stable rule ids. */
export type Rule = (ctx: RuleContext) => void;

const uniqueIds: Rule = ({ data, t, report, position }) => {
  const check = (kind: string, entries: { id: string; path: PathKey[] }[]) => {
    const seen = new Map<string, PathKey[]>();
    for (const { id, path } of entries) {
      const first = seen.get(id);
      if (first) {
        const p = position(first);
        report("duplicate-id", path, t.rules.duplicateId(t.rules.kinds[kind]!, id, p.line, p.col));
      } else seen.set(id, path);
    }
  };
  check(
    "group",
    data.groups.map((g, i) => ({ id: g.id, path: ["groups", i, "id"] })),
  );
  check(
    "tag",
    (data.tags ?? []).map((g, i) => ({ id: g.id, path: ["tags", i, "id"] })),
  );
  check(
    "dimension",
    data.dimensions.map((d, i) => ({ id: d.id, path: ["dimensions", i, "id"] })),
  );
  check(
    "item",
    data.dimensions.flatMap((d, i) => d.items.map((it, j) => ({ id: it.id, path: ["dimensions", i, "items", j, "id"] }))),
  );
  check(
    "profile",
    data.profiles.map((p, i) => ({ id: p.id, path: ["profiles", i, "id"] })),
  );
};

const references: Rule = ({ data, t, report }) => {
  const groups = data.groups.map((g) => g.id);
  const tags = (data.tags ?? []).map((g) => g.id);
  const dimensions = data.dimensions.map((d) => d.id);
  const items = [...new Set(data.dimensions.flatMap((d) => d.items.map((i) => i.id)))];
  const profiles = data.profiles.map((p) => p.id);
  const sets = {
    group: new Set(groups),
    tag: new Set(tags),
    dimension: new Set(dimensions),
    item: new Set(items),
    profile: new Set(profiles),
  };
  const lists = { group: groups, tag: tags, dimension: dimensions, item: items, profile: profiles };
  const ref = (kind: keyof typeof sets, id: string, path: PathKey[], part: "value" | "key" = "value") => {
    if (!sets[kind].has(id)) report(`unknown-${kind}`, path, t.rules.unknownRef(t.rules.kinds[kind]!, id, lists[kind]), { part });
  };

  data.dimensions.forEach((d, i) => {
    ref("group", d.group, ["dimensions", i, "group"]);
    d.items.forEach((it, j) => {
      it.tags?.forEach((tag, k) => {
        ref("tag", tag, ["dimensions", i, "items", j, "tags", k]);
      });
    });
  });
  data.profiles.forEach((p, i) => {
    for (const id of Object.keys(p.targets)) ref("dimension", id, ["profiles", i, "targets", id], "key");
    for (const id of Object.keys(p.weights ?? {})) ref("dimension", id, ["profiles", i, "weights", id], "key");
    for (const id of Object.keys(p.itemTargets ?? {})) ref("item", id, ["profiles", i, "itemTargets", id], "key");
    p.exclude?.forEach((id, k) => {
      ref("item", id, ["profiles", i, "exclude", k]);
    });
  });
  if (data.defaultProfile !== undefined) ref("profile", data.defaultProfile, ["defaultProfile"]);
  data.fixtures?.forEach((f, i) => {
    if (f.profile !== undefined) ref("profile", f.profile, ["fixtures", i, "profile"]);
    f.expect.top?.forEach((id, k) => {
      ref("item", id, ["fixtures", i, "expect", "top", k]);
    });
    f.expect.risks?.forEach((id, k) => {
      ref("item", id, ["fixtures", i, "expect", "risks", k]);
    });
    f.expect.notNow?.forEach((id, k) => {
      ref("item", id, ["fixtures", i, "expect", "notNow", k]);
    });
  });
};

const targetsComplete: Rule = ({ data, t, report }) => {
  data.profiles.forEach((p, i) => {
    for (const d of data.dimensions) {
      if (!(d.id in p.targets)) report("missing-target", ["profiles", i, "targets"], t.rules.missingTarget(p.id, d.id));
    }
  });
};

const scaleLevels: Rule = ({ data, t, report }) => {
  const { min, max, levels } = data.scale;
  if (max <= min) {
    report("scale-levels", ["scale", "max"], t.rules.scaleOrder(min, max));
    return;
  }
  for (const key of Object.keys(levels)) {
    const n = Number(key);
    if (n < min || n > max) report("scale-levels", ["scale", "levels", key], t.rules.scaleExtraLevel(key, min, max), { part: "key" });
  }
  for (let level = min; level <= max; level++) {
    if (!(String(level) in levels)) report("scale-levels", ["scale", "levels"], t.rules.scaleMissingLevel(level));
  }
};

const levelsWithinScale: Rule = ({ data, t, report }) => {
  const { min, max } = data.scale;
  if (max <= min) return; // reported by scale-levels; every level would look wrong
  const check = (what: string, value: number, path: PathKey[], part: "value" | "key" = "value") => {
    if (value < min || value > max) report("level-out-of-scale", path, t.rules.outOfScale(t.rules.what[what]!, value, min, max), { part });
  };
  data.dimensions.forEach((d, i) => {
    d.items.forEach((it, j) => {
      for (const key of Object.keys(it.levels ?? {})) check("anchor", Number(key), ["dimensions", i, "items", j, "levels", key], "key");
    });
  });
  data.profiles.forEach((p, i) => {
    for (const [id, v] of Object.entries(p.targets)) check("target", v, ["profiles", i, "targets", id]);
    for (const [id, v] of Object.entries(p.itemTargets ?? {})) check("target", v, ["profiles", i, "itemTargets", id]);
  });
};

/** Every text in every declared locale: a missing one is a warning (an error with --strict). */
const translations: Rule = ({ data, t, report }) => {
  const declared = data.locales;
  const defaultLocale = declared[0]!;
  const visit = (value: TextValue | undefined, path: PathKey[]) => {
    if (value === undefined) return;
    const present = localesOf(value, defaultLocale);
    const missing = declared.filter((l) => !present.includes(l));
    if (missing.length) report("missing-translation", path, t.rules.missingTranslation(missing), { severity: "warning" });
    for (const locale of present) {
      if (!declared.includes(locale))
        report("unknown-locale", [...path, locale], t.rules.undeclaredLocale(locale, declared), { severity: "warning", part: "key" });
    }
  };
  visit(data.title, ["title"]);
  visit(data.description, ["description"]);
  for (const [k, v] of Object.entries(data.scale.levels)) visit(v, ["scale", "levels", k]);
  data.groups.forEach((g, i) => {
    visit(g.title, ["groups", i, "title"]);
    visit(g.poles?.low, ["groups", i, "poles", "low"]);
    visit(g.poles?.high, ["groups", i, "poles", "high"]);
  });
  data.tags?.forEach((g, i) => {
    visit(g.title, ["tags", i, "title"]);
  });
  data.dimensions.forEach((d, i) => {
    visit(d.title, ["dimensions", i, "title"]);
    visit(d.summary, ["dimensions", i, "summary"]);
    d.items.forEach((it, j) => {
      const at: PathKey[] = ["dimensions", i, "items", j];
      visit(it.title, [...at, "title"]);
      visit(it.text, [...at, "text"]);
      visit(it.action, [...at, "action"]);
      visit(it.floorReason, [...at, "floorReason"]);
      for (const [k, v] of Object.entries(it.levels ?? {})) visit(v, [...at, "levels", k]);
    });
  });
  data.profiles.forEach((p, i) => {
    visit(p.title, ["profiles", i, "title"]);
    visit(p.description, ["profiles", i, "description"]);
  });
  data.fixtures?.forEach((f, i) => {
    visit(f.name, ["fixtures", i, "name"]);
  });
};

const unusedDeclarations: Rule = ({ data, t, report }) => {
  data.groups.forEach((g, i) => {
    if (!data.dimensions.some((d) => d.group === g.id))
      report("empty-group", ["groups", i, "id"], t.rules.emptyGroup(g.id), { severity: "warning" });
  });
  const used = new Set(data.dimensions.flatMap((d) => d.items.flatMap((it) => it.tags ?? [])));
  data.tags?.forEach((g, i) => {
    if (!used.has(g.id)) report("unused-tag", ["tags", i, "id"], t.rules.unusedTag(g.id), { severity: "warning" });
  });
};

/** (1.1) A floor lies within the scale and always comes with the rule at stake, and vice versa. */
const floors: Rule = ({ data, t, report }) => {
  const { min, max } = data.scale;
  data.dimensions.forEach((d, i) => {
    d.items.forEach((it, j) => {
      const at: PathKey[] = ["dimensions", i, "items", j];
      if (it.floor !== undefined && max > min && (it.floor < min || it.floor > max))
        report("level-out-of-scale", [...at, "floor"], t.rules.floorOutOfScale(it.floor, min, max));
      if (it.floor !== undefined && it.floorReason === undefined)
        report("missing-field", [...at, "floor"], t.rules.floorReasonMissing(it.id), { part: "key" });
      if (it.floor === undefined && it.floorReason !== undefined)
        report("missing-field", [...at, "floorReason"], t.rules.floorWithoutFloor(it.id), { part: "key" });
    });
  });
};

const fixtureRanges: Rule = ({ data, t, report }) => {
  data.fixtures?.forEach((f, i) => {
    for (const field of ["maturityIndex", "gapIndex"] as const) {
      const range = f.expect[field];
      if (range && !(range[0] <= range[1] && range[0] >= 0 && range[1] <= 100)) {
        report("invalid-value", ["fixtures", i, "expect", field], t.rules.badRange(range[0], range[1]));
      }
    }
  });
};

/**
 * `history` (docs/rubric-format.md#history): an old id must not be a current item (answers for it would be ambiguous),
 * is listed once, and a rename points at a current item.
 */
const history: Rule = ({ data, t, report, position }) => {
  const h = data.history;
  if (!h) return;
  const current = new Map<string, PathKey[]>();
  data.dimensions.forEach((d, i) => {
    d.items.forEach((it, j) => {
      if (!current.has(it.id)) current.set(it.id, ["dimensions", i, "items", j, "id"]);
    });
  });
  const seen = new Map<string, Position>();
  const old = (id: string, path: PathKey[], part: "value" | "key") => {
    const at = current.get(id);
    const before = seen.get(id);
    if (at) {
      const p = position(at);
      report("duplicate-id", path, t.history.oldIdInUse(id, p.line, p.col), { part });
    } else if (before) report("duplicate-id", path, t.history.listedTwice(id, before.line, before.col), { part });
    if (!before) seen.set(id, position(path, part));
  };
  for (const [from, to] of Object.entries(h.renamed ?? {})) {
    old(from, ["history", "renamed", from], "key");
    if (!current.has(to))
      report("unknown-item", ["history", "renamed", from], t.rules.unknownRef(t.rules.kinds.item!, to, [...current.keys()]));
  }
  h.removed?.forEach((id, k) => {
    old(id, ["history", "removed", k], "value");
  });
};

/** In the order they run; fixtures are scored separately, once these found no error. */
export const RULES: readonly Rule[] = [
  uniqueIds,
  references,
  targetsComplete,
  scaleLevels,
  levelsWithinScale,
  floors,
  translations,
  unusedDeclarations,
  fixtureRanges,
  history,
];
