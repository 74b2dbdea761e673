import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { aggregate } from "../../src/commands/aggregate.js";
import { root } from "../helpers/exec.js";
import { fakeIo } from "../helpers/io.js";
import { inspect } from "../helpers/chromium.js";

describe("the aggregate HTML report in headless Chromium", () => {
  it("draws a level chart per item, marks the disagreements, and one radar line per group", async () => {
    const io = fakeIo(root);
    expect(
      await aggregate({
        inputs: ["examples/team"],
        by: "group",
        minGroup: 3,
        format: "html",
        pareto: 0.8,
        notes: false,
        skipInvalid: false,
        io,
      }),
    ).toBe(0);
    const html = io.out();
    // One level chart per rubric item whose counts are shown (2026.3.0 has 57 items; 17 got no level
    // from anyone here and 1 is not applicable to most), and again beside each of the 5 that split the team.
    expect(html.match(/<svg class="levels/g)).toHaveLength(57 - 17 - 1 + 5);
    expect(html.match(/<svg class="levels split"/g)).toHaveLength(5 + 5);
    expect(html.match(/<tr class="split">/g)).toHaveLength(5);
    // Two groups, each a closed line on the wide and on the phone's radar.
    expect(html.match(/<polygon points="[^"]+" class="group-line" stroke="#[0-9a-f]+"/g)).toHaveLength(4);
    const dir = mkdtempSync(join(tmpdir(), "gapcheck-aggregate-html-"));
    try {
      const page = join(dir, "team.html");
      const png = join(dir, "team.png");
      writeFileSync(page, html);
      // Measured and photographed in one load: the report's CSS has no rule that depends on the
      // viewport's height (only max-width and print), so the 6000 px the screenshot needs measure as 3000 did.
      const [m] = await inspect<[{ w: number; h: number; scroll: number; inner: number }]>(
        `file://${page}`,
        "1200,6000",
        [
          "const s = document.querySelector('#group-radar').getBoundingClientRect();" +
            " return { w: s.width, h: s.height, scroll: document.documentElement.scrollWidth," +
            " inner: document.documentElement.clientWidth };",
        ],
        png,
      );
      expect(m.w).toBeGreaterThan(200);
      expect(m.h).toBeGreaterThan(200);
      expect(m.scroll).toBeLessThanOrEqual(m.inner);
      expect(existsSync(png)).toBe(true);
      expect(statSync(png).size).toBeGreaterThan(10_000);
      expect(readFileSync(png).subarray(0, 4).toString("hex")).toBe("89504e47");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
