import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningWorkshop, serve } from "../../src/index.js";
import { type Tab, withTab } from "../helpers/chromium.js";
import { run } from "../helpers/main.js";

/*
 * The workshop's pages in headless Chromium (docs/workshop.md): a participant on a 390 px phone answers five
 * items, reloads half-way and finds the answers kept, sends; the facilitator page in a second tab
 * shows the count and, after three participants, the consensus with disagreements first, the
 * distributions hidden until "reveal". axe-core finds no violation on either page. The screenshots
 * go to $GAPCHECK_SHOTS (default a temporary folder) to be looked at.
 */

const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const shots = process.env.GAPCHECK_SHOTS ?? mkdtempSync(join(tmpdir(), "gapcheck-serve-shots-"));
const PHONE = "390,844";

/** The violations axe-core finds on the page as it is now (WCAG 2.x A and AA). */
async function axeViolations(tab: Tab): Promise<string[]> {
  await tab.evaluate<void>(`${AXE};undefined`);
  return tab.evaluate<string[]>(
    `axe.run(document, { runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] }).then((r) =>
      r.violations.map((v) => v.id + ": " + v.nodes.map((n) => n.target.join(" ")).join(", ")))`,
  );
}

/** Waits in the page until `condition` (an expression) holds; a hang guard, not a timing. */
function until(tab: Tab, condition: string): Promise<void> {
  return tab.evaluate<void>(
    `new Promise((resolve, reject) => { let n = 0; const t = setInterval(() => {
      if (${condition}) { clearInterval(t); resolve(); }
      else if (++n > 400) { clearInterval(t); reject(new Error("never: " + ${JSON.stringify(condition)})); }
    }, 25); })`,
  );
}

const h1 = "document.querySelector('main h1')?.textContent";

describe("the workshop pages in Chromium", () => {
  let w: RunningWorkshop;
  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    const dir = mkdtempSync(join(tmpdir(), "gapcheck-serve-browser-"));
    w = await serve({ folder: join(dir, "ws"), host: "127.0.0.1", groups: ["marketing", "sales"], lang: "en", title: "Acme first week" });
  });
  afterAll(async () => {
    await w?.close();
  });

  it("a participant on a phone answers five items, reloads and keeps them, reviews and sends", async () => {
    const levels = [4, 3, null, 1, 0] as const; // null: don't know
    const ids = await withTab(w.participantUrl, PHONE, async (tab) => {
      await tab.screenshot(join(shots, "participant-start.png"));
      expect(await axeViolations(tab)).toEqual([]);
      await tab.evaluate(
        "document.querySelector('input[name=group][value=marketing]').click(); document.querySelector('button.primary').click()",
      );
      await until(tab, `${h1} && document.querySelector('.progress')`);
      expect(await tab.evaluate("document.querySelector('.progress').textContent")).toMatch(/^Question 1 of \d+$/);
      expect(await tab.evaluate("document.querySelector('legend').textContent")).toContain(
        "Pick the highest level whose description fully holds.",
      );
      // Every level's description is on the screen, the highest first, and don't know / not applicable.
      const options = await tab.evaluate<string[]>("[...document.querySelectorAll('.choice')].map((c) => c.textContent)");
      expect(options[0]).toMatch(/^4 · /);
      expect(options.slice(-2)).toEqual(["Don't know", "Not applicable here"]);
      await tab.screenshot(join(shots, "participant-item.png"));
      expect(await axeViolations(tab)).toEqual([]);

      const seen: string[] = [];
      for (const [i, level] of levels.entries()) {
        seen.push(await tab.evaluate<string>(h1));
        const value = level === null ? "dk" : String(level);
        await tab.evaluate(`document.querySelector('input[name=level][value="${value}"]').click()`);
        if (i === 1)
          await tab.evaluate("const n = document.querySelector('#note'); n.value = 'only in e-mail'; n.dispatchEvent(new Event('input'))");
        await tab.evaluate("document.querySelector('button.primary').click()");
        if (i === 2) {
          await tab.reload(); // half-way: nothing is lost, the same question is on the screen
          await until(tab, h1);
          expect(await tab.evaluate("document.querySelector('.progress').textContent")).toMatch(/^Question 4 of/);
          await tab.evaluate("document.querySelector('.nav button').click()"); // back
          await until(tab, `document.querySelector('.progress')?.textContent.startsWith('Question 3 ')`);
          expect(await tab.evaluate("document.querySelector('input[name=level]:checked').value")).toBe("dk");
          await tab.evaluate("document.querySelector('button.primary').click()");
          await until(tab, `document.querySelector('.progress')?.textContent.startsWith('Question 4 ')`);
        }
      }
      // The rest unanswered: next until the review.
      await tab.evaluate(`(async () => { for (let i = 0; i < 200 && !document.querySelector('ol.review'); i++) {
        document.querySelector('button.primary').click(); await new Promise((r) => setTimeout(r, 0)); } })()`);
      await until(tab, "document.querySelector('ol.review')");
      expect(await tab.evaluate("document.querySelector('main p').textContent")).toMatch(/^5 of \d+ questions answered\.$/);
      await tab.screenshot(join(shots, "participant-review.png"));
      expect(await axeViolations(tab)).toEqual([]);
      await tab.evaluate("document.querySelector('button.primary').click()");
      await until(tab, `${h1} === 'Thank you, your answers are in'`);
      await tab.screenshot(join(shots, "participant-sent.png"));
      // After sending, the same browser changes its answer: the same file is replaced (200).
      await tab.evaluate("document.querySelector('button.primary').click()");
      await until(tab, "document.querySelector('ol.review')");
      expect(await tab.evaluate("document.querySelector('form .nav button.primary').textContent")).toBe("Send my changes");
      await tab.evaluate("document.querySelector('form .nav button.primary').click()");
      await until(tab, `${h1} === 'Thank you, your answers are in'`);
      expect(await tab.evaluate("document.documentElement.outerHTML.includes(location.pathname.split('/')[2])")).toBe(false);
      return seen;
    });
    const files = readdirSync(w.folder).filter((f) => f.startsWith("answers-"));
    expect(files).toHaveLength(1);
    const doc = parse(readFileSync(join(w.folder, files[0]!), "utf8"));
    expect(doc.respondent).toEqual({ group: "marketing" });
    expect(Object.keys(doc.answers)).toHaveLength(5);
    expect(doc.answers[Object.keys(doc.answers)[1]!]).toEqual({ level: 3, note: "only in e-mail" });
    expect(Object.values(doc.answers)).toEqual([4, { level: 3, note: "only in e-mail" }, null, 1, 0]);
    expect(ids).toHaveLength(5);
  });

  it("the facilitator page counts live and, after three participants, shows the consensus with disagreements first", async () => {
    await withTab(w.facilitatorUrl, "1280,1600", async (tab) => {
      await until(tab, "document.querySelector('#count').textContent !== ''");
      expect(await tab.evaluate("document.querySelector('#count').textContent")).toBe("1 answered");
      expect(await tab.evaluate("document.querySelector('.code').textContent")).toBe(w.code);
      expect(await tab.evaluate("document.querySelector('.join svg') !== null")).toBe(true);
      expect(await tab.evaluate("document.querySelector('#live').textContent")).toContain("when 3 people have answered");
      // Two more participants (through the API, as their pages would send), disagreeing on the first item.
      const first = Object.keys(
        parse(readFileSync(join(w.folder, readdirSync(w.folder).find((f) => f.startsWith("answers-"))!), "utf8")).answers,
      )[0]!;
      for (const level of [2, 0]) {
        const res = await fetch(`${w.participantUrl}/answers`, {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ answers: { [first]: level }, group: "sales" }),
        });
        expect(res.status).toBe(201);
      }
      await until(tab, "document.querySelector('#count').textContent === '3 answered'");
      await until(tab, "document.querySelector('#live h2')");
      const headings = await tab.evaluate<string[]>("[...document.querySelectorAll('#live h2')].map((h) => h.textContent)");
      expect(headings[0]).toBe("Discuss these before deciding");
      expect(headings).toEqual(
        expect.arrayContaining(["Where groups differ", "Risks to handle first", "Focus priorities", "30/90-day plan"]),
      );
      expect(await tab.evaluate("document.querySelectorAll('.card').length")).toBeGreaterThanOrEqual(1);
      expect(await tab.evaluate("document.querySelector('.card').textContent")).toContain("Distribution hidden");
      expect(await tab.evaluate("document.querySelectorAll('.dist').length")).toBe(0);
      await tab.screenshot(join(shots, "facilitator-hidden.png"));
      expect(await axeViolations(tab)).toEqual([]);
      await tab.evaluate("document.querySelector('#reveal').click()");
      expect(await tab.evaluate("document.querySelector('#reveal').getAttribute('aria-pressed')")).toBe("true");
      expect(await tab.evaluate("document.querySelectorAll('.card .dist').length")).toBeGreaterThanOrEqual(1);
      await tab.screenshot(join(shots, "facilitator-revealed.png"));
      expect(await axeViolations(tab)).toEqual([]);
      const hrefs = await tab.evaluate<string[]>("[...document.querySelectorAll('a[data-download]')].map((a) => a.href)");
      expect(hrefs).toEqual(["json", "html", "md", "csv"].map((ext) => `${w.facilitatorUrl}/result.${ext}`));
    });
    expect(existsSync(join(shots, "facilitator-revealed.png"))).toBe(true);
  });

  it("the offline form (template -f form): fill in, save my answers, and aggregate reads the saved file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gapcheck-form-"));
    const made = await run(["template", "-f", "form", "-o", join(dir, "form.html"), "--lang", "sv"]);
    expect(made.status).toBe(0);
    const html = readFileSync(join(dir, "form.html"), "utf8");
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-/);
    expect(html).not.toMatch(/<script src|<link|https?:\/\/(?!www\.w3\.org)/);
    const saved = await withTab(`file://${join(dir, "form.html")}`, PHONE, async (tab) => {
      // The browser speaks English, so the page does; the language switch turns it Swedish.
      expect(await tab.evaluate(h1)).toBe("Welcome to the workshop");
      await tab.evaluate("const l = document.querySelector('#lang'); l.value = 'sv'; l.dispatchEvent(new Event('change'))");
      expect(await tab.evaluate(h1)).toBe("Välkommen till workshopen");
      expect(await tab.evaluate("document.documentElement.lang")).toBe("sv");
      // What "Save my answers" hands to the browser's download, caught instead of written to a folder.
      await tab.evaluate(`const B = window.Blob; window.saved = [];
        window.Blob = function (parts, o) { window.saved.push(parts.join("")); return new B(parts, o); };
        HTMLAnchorElement.prototype.click = function () { window.savedAs = this.download; };`);
      await tab.evaluate("document.querySelector('button.primary').click()");
      await until(tab, "document.querySelector('.progress')");
      for (const value of ["3", "na"]) {
        await tab.evaluate(`document.querySelector('input[name=level][value="${value}"]').click()`);
        await tab.evaluate("document.querySelector('button.primary').click()");
      }
      await tab.evaluate(`(async () => { for (let i = 0; i < 200 && !document.querySelector('ol.review'); i++) {
        document.querySelector('button.primary').click(); await new Promise((r) => setTimeout(r, 0)); } })()`);
      await until(tab, "document.querySelector('ol.review')");
      expect(await tab.evaluate("document.querySelector('form .nav button.primary').textContent")).toBe("Spara mina svar");
      await tab.evaluate("document.querySelector('form .nav button.primary').click()");
      await until(tab, `${h1} === 'Dina svar är sparade'`);
      await tab.screenshot(join(shots, "form-saved.png"));
      expect(await axeViolations(tab)).toEqual([]);
      expect(await tab.evaluate("window.savedAs")).toMatch(/^gapcheck-answers-\d{4}-\d{2}-\d{2}\.json$/);
      return tab.evaluate<string[]>("window.saved");
    });
    expect(saved).toHaveLength(1);
    const doc = JSON.parse(saved[0]!);
    expect(doc).toMatchObject({ gapcheck: 1, rubric: { id: "marketing-leadership" }, locale: "sv" });
    expect(Object.values(doc.answers)).toEqual([3, "na"]);
    mkdirSync(join(dir, "answers"));
    for (const i of [1, 2, 3]) writeFileSync(join(dir, "answers", `p${i}.json`), saved[0]!.replace('"na"', String(i)));
    const aggregated = await run(["aggregate", join(dir, "answers"), "--json"]);
    expect(aggregated.status).toBe(0);
    const result = JSON.parse(aggregated.stdout);
    expect(result.panel.respondents).toBe(3);
    expect(result.panel.items.find((i: { item: string }) => i.item === Object.keys(doc.answers)[0]).median).toBe(3);
    expect(result.panel.items.find((i: { item: string }) => i.item === Object.keys(doc.answers)[1]).median).toBe(2);
  });
});
