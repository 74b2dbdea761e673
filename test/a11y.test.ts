import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { inspect } from "./helpers/chromium.js";
import { htmlOutput, type Lang, OUTPUTS } from "./helpers/html-outputs.js";

/*
 * SPEC 16 "Accessible": axe-core (the npm package, injected into the page) finds no WCAG 2.2 AA
 * violation in any HTML output, in Debian's headless Chromium. A violation is reported with its rule,
 * the element and axe's own summary.
 *
 * An axe run costs about as much as the rest of a report's tests, so every output is checked in
 * every language and at both widths, but not in all six combinations: English at 1280 and 390 px
 * (the layouts differ), Swedish (the longest words) on the phone and Bokmål on the desktop. The
 * languages share every colour and element; what differs is text, which these cover.
 * GAPCHECK_A11Y=full runs all six.
 */
const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const RUN_AXE = `${AXE};
return axe.run(document, {
  runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
  resultTypes: ["violations"], elementRef: false, ancestry: false, xpath: false, performanceTimer: false,
}).then((r) => r.violations.flatMap((v) =>
  v.nodes.map((n) => v.id + " " + n.target.join(" ") + ": " + (n.failureSummary || "").replace(/\\s+/g, " ").slice(0, 240))));`;

const FULL = process.env.GAPCHECK_A11Y === "full";
const RUNS: Array<[Lang, string[]]> = FULL
  ? [
      ["en", ["1280,800", "390,844"]],
      ["sv", ["1280,800", "390,844"]],
      ["nb", ["1280,800", "390,844"]],
    ]
  : [
      ["en", ["1280,800", "390,844"]],
      ["sv", ["390,844"]],
      ["nb", ["1280,800"]],
    ];

const dir = mkdtempSync(join(tmpdir(), "gapcheck-a11y-"));

describe("axe-core on every HTML output (SPEC 16)", () => {
  for (const name of Object.keys(OUTPUTS)) {
    const where = RUNS.map(([lang, sizes]) => `${lang} at ${sizes.map((s) => s.split(",")[0]).join(" and ")} px`).join(", ");
    it(`${name}: no violation in ${where}`, async () => {
      const found: string[] = [];
      for (const [lang, sizes] of RUNS) {
        const file = join(dir, `${name}.${lang}.html`);
        writeFileSync(file, await htmlOutput(name, lang));
        for (const size of sizes) {
          const [violations] = await inspect<[string[]]>(`file://${file}`, size, [RUN_AXE]);
          found.push(...violations.map((v) => `${lang} ${size.split(",")[0]} px: ${v}`));
        }
      }
      expect(found, name).toEqual([]);
    });
  }
});
