import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { exactAnswer, exactEnvelope } from "../../src/answers/shape.js";
import { AnswersEnvelope, AnswerValue } from "../../src/model/schema.js";

// A well-formed answers file is checked without zod (start-up, docs/performance.md): the zod-free checks must
// accept exactly what the zod schemas accept, and return the same value.
const id = fc.constantFrom("a", "ai-workflows", "x1", "constructor", "prototype", "Bad", "-x", "", "a b");
const text = fc.oneof(fc.string({ maxLength: 6 }), id);
const scalar = fc.oneof(
  fc.integer({ min: -3, max: 7 }),
  fc.constantFrom(0.5, -0, 2 ** 53, Number.NaN, Number.POSITIVE_INFINITY, 1e21, "na", "NA", "", true, null),
  text,
);
const value: fc.Arbitrary<unknown> = fc.oneof(
  scalar,
  fc.constantFrom([], [1]),
  fc.dictionary(fc.constantFrom("level", "note", "nope"), scalar, { maxKeys: 3 }),
);
const envelope = fc.record(
  {
    gapcheck: fc.constantFrom(1, 2, "1"),
    rubric: fc.oneof(fc.record({ id, version: fc.oneof(text, fc.constant(1)) }, { requiredKeys: ["id"] }), scalar),
    profile: fc.oneof(id, scalar),
    locale: fc.constantFrom("en", "sv", "nb-NO", "EN", "e", 1),
    respondent: fc.oneof(fc.dictionary(fc.constantFrom("name", "role", "group", "organisation", "team"), scalar, { maxKeys: 3 }), scalar),
    date: fc.oneof(text, scalar),
    answers: fc.oneof(fc.dictionary(id, value, { maxKeys: 3 }), fc.constantFrom([], null, "x")),
    extra: scalar,
  },
  { requiredKeys: [] },
);

describe("the zod-free answers checks give zod's verdict and value", () => {
  it("on generated envelopes", () => {
    fc.assert(
      fc.property(envelope, (data) => {
        const zod = AnswersEnvelope.safeParse(data);
        const ours = exactEnvelope(data);
        expect(ours !== undefined).toBe(zod.success);
        if (zod.success) expect(JSON.stringify(ours)).toBe(JSON.stringify(zod.data));
      }),
      { numRuns: 4000 },
    );
  });

  it("on generated answers", () => {
    fc.assert(
      fc.property(value, (v) => {
        const zod = AnswerValue.safeParse(v);
        const ours = exactAnswer(v);
        expect(ours !== undefined).toBe(zod.success);
        if (zod.success) expect(ours).toStrictEqual(zod.data);
      }),
      { numRuns: 4000 },
    );
  });

  it("hand-picked: null is an answer (don't know), not a refusal; a fraction and an unknown key are refused", () => {
    expect(exactAnswer(null)).toBeNull();
    expect(exactAnswer("na")).toBe("na");
    expect(exactAnswer({ level: null, note: "x" })).toStrictEqual({ level: null, note: "x" });
    expect(exactAnswer(2.5)).toBeUndefined();
    expect(exactAnswer({ level: 1, nope: 1 })).toBeUndefined();
    expect(exactEnvelope({ gapcheck: 1, rubric: { id: "r" }, answers: {} })).toStrictEqual({
      gapcheck: 1,
      rubric: { id: "r" },
      answers: {},
    });
  });
});
