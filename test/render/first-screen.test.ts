import { mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { inspect } from "../helpers/chromium.js";
import { htmlOutput, LANGS, type Lang, OUTPUTS } from "../helpers/html-outputs.js";

/*
 * docs/reports.md#pages-to-trust "The decision first", "Phones" and "Print", measured in Debian's headless Chromium the way a
 * reader meets a report: the first screen (1280×800, and 390×844 on a phone) holds the headline, the
 * risks, the focus priorities by name with their points and the first 30 days (the team report:
 * how many items split the room and the largest unknown; the comparison: its regressions); no page
 * scrolls sideways at 360 px; printed, a report is A4 with its summary on page 1 alone.
 * Screenshots of the first screens are kept in $TMPDIR/gapcheck-first-screen for a person to look at.
 */
const shots = join(tmpdir(), "gapcheck-first-screen");
mkdirSync(shots, { recursive: true });

/** Bottom edge (px from the top of the page) of each element the first screen must show, by what it is. */
const FIRST_SCREEN = `
const bottom = (sel) => [...document.querySelectorAll(sel)].map((e) => ({ sel, text: e.textContent.trim().slice(0, 40),
  bottom: e.getBoundingClientRect().bottom + scrollY }));
return { height: innerHeight, width: document.documentElement.clientWidth, scrollWidth: document.documentElement.scrollWidth,
  marks: [".glance .key-message", ".glance-risks li", ".glance-focus li", ".glance-first li", ".glance-team", ".key-regressions",
    ".match-summary .key-message", ".team-row"]
    .flatMap(bottom) };`;

interface FirstScreen {
  height: number;
  width: number;
  scrollWidth: number;
  marks: Array<{ sel: string; text: string; bottom: number }>;
}

const file = (name: string, lang: Lang) => {
  const path = join(shots, `${name}.${lang}.html`);
  return htmlOutput(name, lang).then((html) => {
    writeFileSync(path, html);
    return path;
  });
};

describe("the decision on the first screen (docs/reports.md#pages-to-trust)", () => {
  const cases: Array<[string, Lang, string[]]> = [
    ["assess-cmo", "en", [".glance .key-message", ".glance-risks li", ".glance-focus li", ".glance-first li"]],
    ["assess-cmo", "sv", [".glance .key-message", ".glance-risks li", ".glance-focus li", ".glance-first li"]],
    ["assess-marketing-manager", "nb", [".glance .key-message", ".glance-focus li", ".glance-first li"]],
    ["aggregate", "en", [".glance .key-message", ".glance-focus li", ".glance-first li", ".glance-team"]],
    ["aggregate", "sv", [".glance .key-message", ".glance-focus li", ".glance-first li", ".glance-team"]],
    ["compare2", "en", [".key-regressions"]],
    ["compare2", "sv", [".key-regressions"]],
    // The match: its headline and the best team's bar.
    ["match", "en", [".match-summary .key-message", ".team-row"]],
    ["match", "sv", [".match-summary .key-message", ".team-row"]],
  ];
  it.each(cases)("%s in %s: headline, risks, focus and first 30 days above the fold at 1280×800 and 390×844", async (name, lang, must) => {
    const path = await file(name, lang);
    for (const size of ["1280,800", "390,844"]) {
      const [m] = await inspect<[FirstScreen]>(
        `file://${path}`,
        size,
        [FIRST_SCREEN],
        join(shots, `${name}.${lang}.${size.split(",")[0]}.png`),
      );
      for (const sel of must)
        expect(
          m.marks.some((x) => x.sel === sel),
          `${name} ${lang} ${size}: ${sel} is shown`,
        ).toBe(true);
      const below = m.marks.filter((x) => x.bottom > m.height + 0.5).map((x) => `${x.sel} "${x.text}" ends at ${Math.round(x.bottom)} px`);
      expect(below, `${name} ${lang} at ${size}: below the first screen (${m.height} px)`).toEqual([]);
    }
  });

  it.each(LANGS)("no page scrolls sideways at 360 px in %s", async (lang) => {
    for (const name of Object.keys(OUTPUTS)) {
      const [m] = await inspect<[FirstScreen]>(`file://${await file(name, lang)}`, "360,740", [FIRST_SCREEN]);
      expect(m.scrollWidth, `${name} ${lang}: page width at 360 px`).toBeLessThanOrEqual(m.width);
    }
  });
});
