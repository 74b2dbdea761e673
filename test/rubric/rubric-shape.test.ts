import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { RubricSchema } from "../../src/model/schema.js";
import { exactRubric } from "../../src/rubric/shape.js";

// A well-formed rubric is checked without zod (the cold path of `validate`, docs/performance.md): the zod-free
// check must accept exactly what RubricSchema accepts, and return the same value, keys in the same order.
const bundled = deepFreeze(parse(readFileSync(new URL("../../rubrics/marketing-leadership.yaml", import.meta.url), "utf8")) as unknown);

/** Frozen, so that a check which changed its input would throw rather than spoil the later cases. */
function deepFreeze<T>(v: T): T {
  if (v !== null && typeof v === "object") for (const x of Object.values(v)) deepFreeze(x);
  return Object.freeze(v);
}
const shallow = (v: unknown) => (Array.isArray(v) ? [...v] : { ...(v as object) }) as Record<string | number, unknown>;

const same = (data: unknown) => {
  const zod = RubricSchema.safeParse(data);
  const ours = exactRubric(data);
  expect(ours !== undefined).toBe(zod.success);
  if (zod.success) expect(JSON.stringify(ours)).toBe(JSON.stringify(zod.data));
};

/** Every path to a value in the data (objects' keys and arrays' indexes). */
function paths(v: unknown, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (Array.isArray(v)) {
    for (const [i, x] of v.entries()) paths(x, [...at, i], out);
  } else if (v !== null && typeof v === "object") for (const [k, x] of Object.entries(v)) paths(x, [...at, k], out);
  return out;
}
const all = paths(bundled).filter((p) => p.length > 0);

const scalar = fc.constantFrom<unknown>(
  0,
  1,
  3,
  6,
  -1,
  0.5,
  0.0001,
  2000,
  2 ** 53,
  "",
  "x",
  "Bad Id",
  "en",
  "1.0.0",
  null,
  true,
  [],
  {},
  [1, 2],
  { en: "" },
  { EN: "x" },
  { en: "x" },
);

describe("the zod-free rubric check gives zod's verdict and value", () => {
  it("on the bundled rubric (defaults applied, keys in the schema's order)", () => {
    expect(exactRubric(bundled)).toBeDefined();
    same(bundled);
  });

  it("on the bundled rubric with one value changed, removed or an unknown key added", () => {
    fc.assert(
      fc.property(fc.nat(all.length - 1), fc.constantFrom("set", "delete", "add"), scalar, (n, how, value) => {
        // New objects along the path only; the rest of the rubric is shared (and frozen).
        const data = shallow(bundled);
        const path = all[n]!;
        let parent = data;
        for (const k of path.slice(0, -1)) {
          parent[k] = shallow(parent[k]);
          parent = parent[k] as Record<string | number, unknown>;
        }
        const last = path[path.length - 1]!;
        if (how === "set") parent[last] = value;
        else if (how === "delete") {
          if (Array.isArray(parent)) parent.splice(last as number, 1);
          else delete parent[last];
        } else if (parent[last] !== null && typeof parent[last] === "object" && !Array.isArray(parent[last]))
          parent[last] = { ...(parent[last] as object), unknownKey: value };
        same(data);
      }),
      { numRuns: 400 },
    );
  });
});
