import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { relative } from "node:path";
import { expect } from "vitest";
import { root } from "./exec.js";

/** Golden files are written only on request: `UPDATE_GOLDENS=1 npx vitest run test/area/x.test.ts`. */
export const UPDATE_GOLDENS = process.env.UPDATE_GOLDENS === "1";

/** Compares with a golden file; a missing one fails (so deleting a golden cannot pass). */
export function expectGolden(file: string, actual: string): void {
  if (UPDATE_GOLDENS) {
    writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file)) throw new Error(`golden file ${relative(root, file)} is missing: run with UPDATE_GOLDENS=1 and review the diff`);
  expect(actual).toBe(readFileSync(file, "utf8"));
}
