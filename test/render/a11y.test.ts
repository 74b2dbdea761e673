import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { inspect } from "../helpers/chromium.js";
import { htmlOutput, type Lang, LANGS, OUTPUTS } from "../helpers/html-outputs.js";

/*
 * docs/reports.md#pages-to-trust "Accessible": axe-core (the npm package, injected into the page) finds no WCAG 2.2 AA
 * violation in any HTML output, in Debian's headless Chromium. A violation is reported with its rule,
 * the element and axe's own summary.
 *
 * An axe run costs about as much as the rest of a report's tests, so by default each output is
 * checked twice, at 1280 px in one language and at 390 px in the next, the languages rotating over
 * the outputs: every output at both widths, every language at both widths over the list. The
 * languages share every colour and element; what differs is text. GAPCHECK_A11Y=full runs all six
 * combinations for every output.
 */
const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const RUN_AXE = `${AXE};
return axe.run(document, {
  runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
  resultTypes: ["violations"], elementRef: false, ancestry: false, xpath: false, performanceTimer: false,
}).then((r) => r.violations.flatMap((v) =>
  v.nodes.map((n) => v.id + " " + n.target.join(" ") + ": " + (n.failureSummary || "").replace(/\\s+/g, " ").slice(0, 240))));`;

const FULL = process.env.GAPCHECK_A11Y === "full";
const SIZES = ["1280,800", "390,844"] as const;
/** The (language, size) pairs axe runs for the k-th output. */
function runs(k: number): Array<[Lang, string]> {
  if (FULL) return LANGS.flatMap((lang) => SIZES.map((size): [Lang, string] => [lang, size]));
  return [
    [LANGS[k % 3]!, SIZES[0]],
    [LANGS[(k + 1) % 3]!, SIZES[1]],
  ];
}

const dir = mkdtempSync(join(tmpdir(), "gapcheck-a11y-"));

describe("axe-core on every HTML output (docs/reports.md#pages-to-trust)", () => {
  Object.keys(OUTPUTS).forEach((name, k) => {
    const where = runs(k)
      .map(([lang, size]) => `${lang} at ${size.split(",")[0]} px`)
      .join(", ");
    // A hang guard, not a speed limit: on a busy machine an axe run can take tens of seconds.
    it(`${name}: no violation in ${where}`, { timeout: 300_000 }, async () => {
      const found: string[] = [];
      for (const [lang, size] of runs(k)) {
        const file = join(dir, `${name}.${lang}.html`);
        writeFileSync(file, await htmlOutput(name, lang));
        const [violations] = await inspect<[string[]]>(`file://${file}`, size, [RUN_AXE]);
        found.push(...violations.map((v) => `${lang} ${size.split(",")[0]} px: ${v}`));
      }
      expect(found, name).toEqual([]);
    });
  });
});
