import { mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { inspect } from "../helpers/chromium.js";
import { htmlOutput, type Lang, LANGS, OUTPUTS } from "../helpers/html-outputs.js";
import { run } from "../helpers/main.js";

/*
 * docs/reports.md#pages-to-trust for the match report, measured in Debian's headless Chromium:
 * every bar (a candidate's, and each member's part of the best team's) starts and ends where its
 * share puts it on the 0–100 % track; the heat map's columns are named by their priorities (a turned
 * name on screen, the full title for a screen reader), not numbered; on a phone the heat map
 * scrolls inside its card with the names' column fixed, the page never scrolls sideways, and no
 * text is under 11 px. Screenshots are kept in $TMPDIR/gapcheck-match for a person to look at.
 */
const shots = join(tmpdir(), "gapcheck-match");
mkdirSync(shots, { recursive: true });

const MEASURE = `
const bad = [];
const within = (el, track) => {
  const t = track.getBoundingClientRect(), b = el.getBoundingClientRect();
  return { start: (b.left - t.left) / t.width, length: b.width / t.width, px: t.width };
};
const bars = [...document.querySelectorAll(".mbar")].map((bar) => {
  const at = within(bar, bar.closest(".mtrack"));
  const start = Number(bar.dataset.start), value = Number(bar.dataset.value);
  // Half a pixel either way: the browser rounds a box to its device pixels.
  const slack = 0.6 / at.px;
  if (Math.abs(at.start - start) > slack || Math.abs(at.length - value) > slack)
    bad.push(bar.dataset.id + " " + value + " from " + start + ": drawn from " + at.start + " for " + at.length);
  return { id: bar.dataset.id, team: Boolean(bar.closest(".team-row")), start, value };
});
for (const tick of document.querySelectorAll(".mscale-track i[data-tick]")) {
  const t = tick.closest(".mscale-track").getBoundingClientRect();
  const x = parseFloat(tick.style.left) / 100;
  if (Math.abs(x - Number(tick.dataset.tick)) > 1e-9) bad.push("tick " + tick.dataset.tick + " at " + x);
}
const box = document.querySelector(".heat-section .scroll");
const first = document.querySelector(".heat tbody th");
box.scrollLeft = box.scrollWidth;
const stays = first.getBoundingClientRect().left - box.getBoundingClientRect().left;
const texts = [...document.querySelectorAll(".mscale i, .turn, .heat td, .heat tbody th, .mrow .who, .mrow .num, .legend span")]
  .filter((e) => e.getClientRects().length > 0).map((e) => parseFloat(getComputedStyle(e).fontSize));
return {
  bad, bars,
  heads: [...document.querySelectorAll(".heat thead th.turned")].map((th) => ({
    shown: th.querySelector(".turn").innerText, full: th.querySelector(".sr").textContent })),
  width: document.documentElement.clientWidth, scrollWidth: document.documentElement.scrollWidth,
  boxScrolls: box.scrollWidth > box.clientWidth, firstColumnLeft: stays, smallest: Math.min(...texts),
};`;

interface Measured {
  bad: string[];
  bars: Array<{ id: string; team: boolean; start: number; value: number }>;
  heads: Array<{ shown: string; full: string }>;
  width: number;
  scrollWidth: number;
  boxScrolls: boolean;
  firstColumnLeft: number;
  smallest: number;
}

const measure = async (lang: Lang, size: string) => {
  const path = join(shots, `match.${lang}.html`);
  writeFileSync(path, await htmlOutput("match", lang));
  const png = join(shots, `match.${lang}.${size.split(",")[0]}.png`);
  return (await inspect<[Measured]>(`file://${path}`, size, [MEASURE], png))[0];
};

describe("the match report in headless Chromium (docs/reports.md#pages-to-trust)", () => {
  it.each(LANGS)("in %s: every bar at its share, the best team's bar made of its members, the heat map's columns named", async (lang) => {
    const r = await run([...OUTPUTS.match!, "--json", "--lang", lang]);
    const match = JSON.parse(r.stdout) as {
      candidates: Array<{ name: string; share: number }>;
      team: { share: number; members: Array<{ name: string; addedShare: number }> };
      organisation: { priorities: Array<{ title: string }> };
    };
    const m = await measure(lang, "1280,800");
    expect(m.bad).toEqual([]);
    expect(m.bars.filter((b) => !b.team).map((b) => [b.id, b.value])).toEqual(match.candidates.map((c) => [c.name, c.share]));
    const team = m.bars.filter((b) => b.team);
    expect(team.map((b) => b.id)).toEqual(match.team.members.map((x) => x.name));
    // The example's best two: Anna Berg adds 62 % and Erik Lund 21 % more; the bar ends at the team's 83 %
    // (to the rounding of the shares to four decimals).
    expect(team.map((b) => Math.round(b.value * 100))).toEqual([62, 21]);
    expect(team[1]!.start + team[1]!.value).toBeCloseTo(match.team.share, 3);
    // One column per 80/20 priority, named by its title, not by a number.
    expect(m.heads.map((h) => h.full.replace(/ \([^)]*\)$/, ""))).toEqual(match.organisation.priorities.map((p) => p.title));
    for (const h of m.heads) {
      expect(h.shown).not.toMatch(/^\s*\d+\s*$/);
      expect(h.full.startsWith(h.shown.replace(/…$/, "").replace(/\s+/g, " ").trim())).toBe(true);
    }
  });

  it.each(LANGS)(
    "in %s on phones: the heat map scrolls in its card with the names fixed, no sideways page, text at 11 px or more",
    async (lang) => {
      for (const size of ["360,740", "390,844"]) {
        const m = await measure(lang, size);
        const where = `${lang} ${size}`;
        expect(m.bad, where).toEqual([]);
        expect(m.scrollWidth, `${where}: page width`).toBeLessThanOrEqual(m.width);
        expect(m.boxScrolls, `${where}: the heat map scrolls in its card`).toBe(true);
        // Scrolled to its end, the names' column is still at the card's left edge.
        expect(Math.abs(m.firstColumnLeft), `${where}: the first column`).toBeLessThan(1);
        expect(m.smallest, `${where}: smallest text`).toBeGreaterThanOrEqual(11);
      }
    },
  );
});
