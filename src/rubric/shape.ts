import { exactAnswer, plain } from "../answers/shape.js";
import { ID_PATTERN, LOCALE_PATTERN } from "../model/patterns.js";
import type { RubricFile } from "../model/schema.js";

/*
 * The rubric file's shape (model/schema.ts: RubricSchema) checked without zod, as answers/shape.ts
 * does for answers files: loading zod and running it costs a tenth of `validate` of an edited rubric
 * (docs/performance.md), and a well-formed rubric never needs it. These checks accept exactly what the schema
 * accepts and return the same value (a copy, keys in the schema's order, defaults applied); a rubric
 * they refuse goes to zod, whose issues become the findings. test/rubric/rubric-shape.test.ts holds the two
 * to the same verdict and the same value.
 */

type Plain = Record<string, unknown>;

/** Thrown inside the check at the first thing the schema would refuse. */
const REFUSED = Symbol("refused");
function no(): never {
  throw REFUSED;
}

const plainObject = (value: unknown): Plain => (plain(value) ? value : no());

/** A strictObject: only `keys`; the copy gets `fields` in the schema's order. */
function strict(value: unknown, keys: ReadonlySet<string>): Plain {
  const o = plainObject(value);
  for (const k of Object.keys(o)) if (!keys.has(k)) no();
  return o;
}

const id = (v: unknown) => (typeof v === "string" && ID_PATTERN.test(v) ? v : no());
const int = (v: unknown) => (Number.isSafeInteger(v) ? (v as number) : no());
const weight = (v: unknown) => (typeof v === "number" && Number.isFinite(v) && v >= 0.001 && v <= 1000 ? v : no());
const LEVEL_KEY = /^-?\d+$/;

function text(v: unknown): string | Record<string, string> {
  if (typeof v === "string") return v.length >= 1 ? v : no();
  return record(
    v,
    (k) => LOCALE_PATTERN.test(k),
    (s) => (typeof s === "string" && s.length >= 1 ? s : no()),
  );
}

function record<T>(v: unknown, key: (k: string) => boolean, value: (x: unknown) => T): Record<string, T> {
  const o = plainObject(v);
  const out: Record<string, T> = {};
  for (const k of Object.keys(o)) {
    if (!key(k)) no();
    out[k] = value(o[k]);
  }
  return out;
}

function array<T>(v: unknown, item: (x: unknown) => T, min = 0): T[] {
  if (!Array.isArray(v) || v.length < min) no();
  return v.map(item);
}

/** Sets `out[k]` from an optional field: absent stays absent, anything else must pass `check`. */
function opt(out: Plain, o: Plain, k: string, check: (x: unknown) => unknown) {
  if (o[k] !== undefined) out[k] = check(o[k]);
}

const keys = (...k: string[]) => new Set(k);
const GROUP = keys("id", "title", "poles");
const POLES = keys("low", "high");
const TAG = keys("id", "title");
const ITEM = keys("id", "title", "text", "levels", "weight", "effort", "action", "tags", "floor", "floorReason");
const DIMENSION = keys("id", "group", "title", "summary", "weight", "items");
const PROFILE = keys("id", "title", "description", "targets", "itemTargets", "weights", "exclude");
const HISTORY = keys("renamed", "removed");
const FIXTURE = keys("name", "profile", "answers", "expect");
const EXPECT = keys("top", "maturityIndex", "gapIndex", "risks", "notNow");
const SCALE = keys("min", "max", "levels");
const RUBRIC = keys(
  "gapcheck",
  "id",
  "version",
  "title",
  "description",
  "locales",
  "scale",
  "groups",
  "tags",
  "dimensions",
  "profiles",
  "defaultProfile",
  "history",
  "fixtures",
);
const SEMVER = /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/;

const levels = (v: unknown) => record(v, (k) => LEVEL_KEY.test(k), text);
const range = (v: unknown) => {
  if (!Array.isArray(v) || v.length !== 2) no();
  return v.map((n) => (typeof n === "number" && Number.isFinite(n) ? n : no()));
};

function group(v: unknown) {
  const o = strict(v, GROUP);
  const out: Plain = { id: id(o.id), title: text(o.title) };
  opt(out, o, "poles", (p) => {
    const q = strict(p, POLES);
    return { low: text(q.low), high: text(q.high) };
  });
  return out;
}

function tag(v: unknown) {
  const o = strict(v, TAG);
  return { id: id(o.id), title: text(o.title) };
}

function item(v: unknown) {
  const o = strict(v, ITEM);
  const out: Plain = { id: id(o.id) };
  opt(out, o, "title", text);
  out.text = text(o.text);
  opt(out, o, "levels", levels);
  out.weight = o.weight === undefined ? 1 : weight(o.weight);
  out.effort = o.effort === undefined ? 3 : int(o.effort) >= 1 && (o.effort as number) <= 5 ? o.effort : no();
  out.action = text(o.action);
  opt(out, o, "tags", (x) => array(x, id));
  opt(out, o, "floor", int);
  opt(out, o, "floorReason", text);
  return out;
}

function dimension(v: unknown) {
  const o = strict(v, DIMENSION);
  const out: Plain = { id: id(o.id), group: id(o.group), title: text(o.title) };
  opt(out, o, "summary", text);
  out.weight = o.weight === undefined ? 1 : weight(o.weight);
  out.items = array(o.items, item, 1);
  return out;
}

function profile(v: unknown) {
  const o = strict(v, PROFILE);
  const out: Plain = { id: id(o.id), title: text(o.title) };
  opt(out, o, "description", text);
  out.targets = record(o.targets, (k) => ID_PATTERN.test(k), int);
  opt(out, o, "itemTargets", (x) => record(x, (k) => ID_PATTERN.test(k), int));
  opt(out, o, "weights", (x) => record(x, (k) => ID_PATTERN.test(k), weight));
  opt(out, o, "exclude", (x) => array(x, id));
  return out;
}

function history(v: unknown) {
  const o = strict(v, HISTORY);
  const out: Plain = {};
  opt(out, o, "renamed", (x) => record(x, (k) => ID_PATTERN.test(k), id));
  opt(out, o, "removed", (x) => array(x, id));
  return out;
}

function fixture(v: unknown) {
  const o = strict(v, FIXTURE);
  const out: Plain = { name: text(o.name) };
  opt(out, o, "profile", id);
  out.answers = record(
    o.answers,
    () => true,
    (a) => {
      const exact = exactAnswer(a);
      return exact === undefined ? no() : exact;
    },
  );
  const e = strict(o.expect, EXPECT);
  const expect: Plain = {};
  opt(expect, e, "top", (x) => array(x, id));
  opt(expect, e, "maturityIndex", range);
  opt(expect, e, "gapIndex", range);
  opt(expect, e, "risks", (x) => array(x, id));
  opt(expect, e, "notNow", (x) => array(x, id));
  out.expect = expect;
  return out;
}

/** The rubric as RubricSchema would parse it; undefined where the schema would refuse it. */
export function exactRubric(data: unknown): RubricFile | undefined {
  try {
    const o = strict(data, RUBRIC);
    if (o.gapcheck !== 1) no();
    const out: Plain = { gapcheck: 1, id: id(o.id) };
    out.version = typeof o.version === "string" && SEMVER.test(o.version) ? o.version : no();
    out.title = text(o.title);
    opt(out, o, "description", text);
    out.locales = array(o.locales, (l) => (typeof l === "string" && LOCALE_PATTERN.test(l) ? l : no()), 1);
    const s = strict(o.scale, SCALE);
    out.scale = { min: int(s.min), max: int(s.max), levels: levels(s.levels) };
    out.groups = array(o.groups, group, 1);
    opt(out, o, "tags", (x) => array(x, tag));
    out.dimensions = array(o.dimensions, dimension, 1);
    out.profiles = array(o.profiles, profile, 1);
    opt(out, o, "defaultProfile", id);
    opt(out, o, "history", history);
    opt(out, o, "fixtures", (x) => array(x, fixture));
    return out as unknown as RubricFile;
  } catch (err) {
    if (err === REFUSED) return undefined;
    throw err;
  }
}
