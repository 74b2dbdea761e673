import * as z from "zod";
import { ID_PATTERN, LOCALE_PATTERN } from "./patterns.js";

// gapcheck parses each file once per process: compiling zod's fast paths costs more than it saves.
z.config({ jitless: true });

/*
 * The file formats of docs/rubric-format.md and docs/answers-format.md as strict zod schemas: unknown keys are errors and
 * nothing is coerced. Custom error messages are codes ("id", "text", …) that the finding mapper
 * (model/zod-findings.ts) turns into words in the user's language.
 */

export const Id = z.string().regex(ID_PATTERN, { error: "id" });
export const LocaleCode = z.string().regex(LOCALE_PATTERN, { error: "locale" });
/** A plain string is the text in the rubric's default (first) locale. */
export const Text = z.union([z.string().min(1), z.record(LocaleCode, z.string().min(1))], { error: "text" });
const LevelKey = z.string().regex(/^-?\d+$/, { error: "levelKey" });
const Level = z.int();
// Bounded so that products of weights can neither underflow to 0 nor overflow.
const Weight = z.number().min(0.001).max(1000);

const Scale = z.strictObject({
  min: z.int(),
  max: z.int(),
  levels: z.record(LevelKey, Text),
});

const Poles = z.strictObject({ low: Text, high: Text });

const Group = z.strictObject({
  id: Id,
  title: Text,
  poles: Poles.optional(),
});

const Tag = z.strictObject({
  id: Id,
  title: Text,
});

const Item = z.strictObject({
  id: Id,
  /** Extension of docs/rubric-format.md: a short label for tables and progress lines; defaults to `text`. */
  title: Text.optional(),
  text: Text,
  levels: z.record(LevelKey, Text).optional(),
  weight: Weight.default(1),
  effort: z.int().min(1).max(5).default(3),
  action: Text,
  tags: z.array(Id).optional(),
  /** (1.1) Below this level is a legal or ethical risk. */
  floor: z.int().optional(),
  /** (1.1) The rule at stake (e.g. GDPR art. 7); required with `floor`. */
  floorReason: Text.optional(),
});

const Dimension = z.strictObject({
  id: Id,
  group: Id,
  title: Text,
  summary: Text.optional(),
  weight: Weight.default(1),
  items: z.array(Item).min(1),
});

const Profile = z.strictObject({
  id: Id,
  title: Text,
  description: Text.optional(),
  targets: z.record(Id, Level),
  itemTargets: z.record(Id, Level).optional(),
  weights: z.record(Id, Weight).optional(),
  /** (1.1) Items that do not apply to this role: not applicable in every score. */
  exclude: z.array(Id).optional(),
});

/** An answer: a level, null ("don't know"), `na` (not applicable), or one of those with a note. */
const NotApplicable = z.literal("na");
export const AnswerObject = z.strictObject({ level: z.union([Level, NotApplicable]).nullable(), note: z.string().optional() });
export const AnswerValue = z.union([Level, z.null(), NotApplicable, AnswerObject], { error: "answer" });
const AnswerMap = z.record(z.string(), AnswerValue);

/** docs/rubric-format.md#history: how item ids changed since earlier versions, so saved answers keep loading. */
const History = z.strictObject({
  renamed: z.record(Id, Id).optional(),
  removed: z.array(Id).optional(),
});

const Range = z.tuple([z.number(), z.number()], { error: "range" });

const Fixture = z.strictObject({
  name: Text,
  profile: Id.optional(),
  answers: AnswerMap,
  expect: z.strictObject({
    top: z.array(Id).optional(),
    maturityIndex: Range.optional(),
    gapIndex: Range.optional(),
    /** (1.1) Exactly these risks, in order. */
    risks: z.array(Id).optional(),
    /** Exactly these "not now" gaps (plan.notNow), in rank order: what a role must not be told to drop. */
    notNow: z.array(Id).optional(),
  }),
});

export const RubricSchema = z.strictObject({
  gapcheck: z.literal(1),
  id: Id,
  version: z.string().regex(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/, { error: "semver" }),
  title: Text,
  description: Text.optional(),
  locales: z.array(LocaleCode).min(1),
  scale: Scale,
  groups: z.array(Group).min(1),
  tags: z.array(Tag).optional(),
  dimensions: z.array(Dimension).min(1),
  profiles: z.array(Profile).min(1),
  defaultProfile: Id.optional(),
  history: History.optional(),
  fixtures: z.array(Fixture).optional(),
});

/** The answers file without its entries: each entry is checked on its own, so all are reported. */
export const AnswersEnvelope = z.strictObject({
  gapcheck: z.literal(1),
  rubric: z.strictObject({ id: Id, version: z.string().optional() }),
  profile: Id.optional(),
  /** docs/answers-format.md: the language a draft was answered in, so that --resume continues in it. */
  locale: LocaleCode.optional(),
  respondent: z
    .strictObject({
      name: z.string().optional(),
      role: z.string().optional(),
      group: z.string().optional(),
      organisation: z.string().optional(),
    })
    .optional(),
  date: z.string().optional(),
  answers: z.record(z.string(), z.unknown()),
});

export const AnswersSchema = AnswersEnvelope.extend({ answers: AnswerMap });

export type TextValue = z.infer<typeof Text>;
export type RubricFile = z.infer<typeof RubricSchema>;
export type DimensionFile = RubricFile["dimensions"][number];
export type ItemFile = DimensionFile["items"][number];
export type ProfileFile = RubricFile["profiles"][number];
export type FixtureFile = NonNullable<RubricFile["fixtures"]>[number];
export type AnswersFile = z.infer<typeof AnswersSchema>;
export type HistoryFile = z.infer<typeof History>;
export type AnswerValueFile = z.infer<typeof AnswerValue>;

/** (1.2) A client profile (`-p FILE`): one of the rubric's profiles tailored for one client. */
export const ClientProfileSchema = z.strictObject({
  gapcheck: z.literal(1),
  kind: z.literal("profile"),
  rubric: z.strictObject({ id: Id, version: z.string().optional() }),
  id: Id,
  title: Text,
  description: Text.optional(),
  extends: Id,
  targets: z.record(Id, Level).optional(),
  itemTargets: z.record(Id, Level).optional(),
  weights: z.record(Id, Weight).optional(),
  exclude: z.array(Id).optional(),
});
export type ClientProfileFile = z.infer<typeof ClientProfileSchema>;
