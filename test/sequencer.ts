import { relative } from "node:path";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/*
 * The order the two workers take the files in. A worker takes the next file of the list when it is
 * done with one, so a long file taken last runs alone while the other worker idles: on a fresh clone
 * (CI) vitest has no durations of earlier runs and starts the largest files first, which put
 * test/render/a11y.test.ts (about 47 CPU-seconds, a small file) at the very end. The costliest files
 * start first, costliest first; the rest follow in vitest's own order (its durations of the last
 * run, or sizes). The numbers are CPU-seconds of each file run alone on Node 20 on the 2-core
 * machine (2026-12-07); a wrong number costs only time, never a test.
 */
const COST: Record<string, number> = {
  "test/render/a11y.test.ts": 47,
  "test/render/print.test.ts": 28,
  "test/render/first-screen.test.ts": 24,
  "test/intake/template-html.test.ts": 13,
  "test/library/packed-package.test.ts": 13,
  "test/rubric/yaml-pieces.test.ts": 11,
  "test/compare/compare-charts.test.ts": 10,
  "test/rubric/cache-bytes.test.ts": 9,
  "test/serve/browser.test.ts": 8,
  "test/docs/docs.test.ts": 8,
  "test/code/registries.test.ts": 8,
  "test/rubric/fuzz.test.ts": 7,
};

export class CostlyFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const cost = (f: TestSpecification) => COST[relative(f.project.config.root, f.moduleId).replaceAll("\\", "/")] ?? 0;
    // Array.prototype.sort is stable: files of no listed cost keep vitest's order.
    return sorted.sort((a, b) => cost(b) - cost(a));
  }
}
