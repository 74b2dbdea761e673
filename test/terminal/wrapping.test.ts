import { select } from "@inquirer/prompts";
import { render } from "@inquirer/testing";
import { Chalk } from "chalk";
import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli.js";
import { messagesFor } from "../../src/i18n/messages.js";
import "../../src/i18n/all.js"; // every catalogue, for messagesFor("sv" | "nb")
import { itemTitle, textResolver, type Rubric } from "../../src/model/rubric.js";
import { defaultRubricPath, packageRoot } from "../../src/paths.js";
import { selectConfig } from "../../src/prompt/prompts.js";
import { itemScreen, reviewScreen } from "../../src/prompt/screens.js";
import { RENDERERS } from "../../src/render/result/index.js";
import { displayWidth, wrap } from "../../src/text/wrap.js";
import { loadRubric } from "../../src/rubric/load.js";
import type { Result } from "../../src/scoring/result.js";
import { fakeIo } from "../helpers/io.js";

const renderTable = RENDERERS.table;

/*
 * Issue 10, point 8: terminal text is wrapped in linear time, to the terminal's width, without
 * losing a character and without breaking a word that fits on a line.
 */

const plain = { color: new Chalk({ level: 0 }) };

async function resultOf(lang: string): Promise<Result> {
  const io = fakeIo(packageRoot());
  expect(await main(["assess", "-a", "examples/answers.yaml", "--json", "--lang", lang], io)).toBe(0);
  return JSON.parse(io.out()) as Result;
}
const en = await resultOf("en");
const results = { en, sv: await resultOf("sv"), nb: await resultOf("nb") };

const long = {
  words: `${Array.from({ length: 1000 }, (_, i) => `word${String(i).padStart(5, "0")}`).join(" ")} end`,
  cjk: "漢字かな交じり文の行動計画".repeat(800),
  url: `https://example.com/${"path/segment-".repeat(800)}end.html`,
  emoji: "👩‍👩‍👧‍👦🇸🇪👍🏽".repeat(700),
};

/** A copy of the example result with `text` as the first priority's action. */
function withAction(text: string): Result {
  const r = structuredClone(en);
  r.priorities[0]!.action = text;
  return r;
}

/** The table's text with borders, padding and line breaks removed: what was printed, in order. */
const content = (table: string) => table.replace(/[│┌┐└┘├┤┬┴┼─\n ]/g, "");
const maxWidth = (text: string) => Math.max(...text.split("\n").map((l) => stringWidth(l)));

describe("long texts in every format (issue 10.8)", () => {
  it.each(Object.keys(RENDERERS))(
    "a 10,000-character action renders in %s",
    (format) => {
      const text = long.words;
      expect(text.length).toBeGreaterThanOrEqual(10_000);
      const out = RENDERERS[format as keyof typeof RENDERERS](withAction(text), { ...plain, width: 80 });
      expect(out).toContain(
        // CSV: one row per item, no action column
        format === "csv" ? en.items[0]!.id : format === "table" ? "word00999" : text.slice(0, 200),
      );
    },
    120_000,
  );

  it.each(Object.entries(long))(
    "a long %s action is wrapped, never cut, at 60 and 200 columns",
    (_kind, text) => {
      expect(text.length).toBeGreaterThanOrEqual(10_000);
      for (const width of [60, 200]) {
        const out = renderTable(withAction(text), { ...plain, width });
        expect(maxWidth(out), `width ${width}`).toBeLessThanOrEqual(width);
        expect(out).not.toContain("…");
        expect(content(out)).toContain(text.replace(/ /g, ""));
      }
    },
    120_000,
  );

  it("a CJK and a URL action are fully present, line by line within the width", () => {
    const cjk = "データ保護の担当者を決め、同意の記録を毎月確認する。顧客の声を聞く仕組みを作る。";
    const url = "Read https://example.com/guides/marketing-automation/consent-management-for-small-teams?lang=en#section-3 first";
    for (const text of [cjk, url]) {
      const out = renderTable(withAction(text), { ...plain, width: 60 });
      expect(maxWidth(out)).toBeLessThanOrEqual(60);
      expect(content(out)).toContain(text.replace(/ /g, ""));
    }
  });

  it.each(Object.keys(results))("every line of the %s table fits 60 and 200 columns", (lang) => {
    for (const width of [60, 200]) {
      const out = renderTable(results[lang as keyof typeof results], {
        ...plain,
        width,
      });
      expect(maxWidth(out), `${lang} at ${width}`).toBeLessThanOrEqual(width);
    }
  });

  it.each(Object.keys(results))("dimension names keep every word at 60 columns (%s)", (lang) => {
    const r = results[lang as keyof typeof results];
    const out = renderTable(r, { ...plain, width: 60 });
    const words = new Set(out.split(/[│\s]+/));
    // The terminal names the dimensions holding most of the gap on its "where it lies" line
    // (the full dimension table is in the other formats, checked below).
    const heading = `${messagesFor(lang as "en" | "sv" | "nb").report.dimensionsShare}:`;
    const at = out.split("\n").findIndex((l) => l.startsWith(heading));
    expect(at, heading).toBeGreaterThanOrEqual(0);
    const top = [...r.dimensions]
      .filter((d) => d.share > 0)
      .sort((a, b) => b.share - a.share)
      .slice(0, 4);
    expect(top.length).toBeGreaterThan(0);
    for (const d of top) for (const word of d.title.split(" ")) expect(words, `${d.title}: "${word}"`).toContain(word);
    for (const u of r.unanswered) for (const word of u.title.split(" ")) expect(words, `${u.title}: "${word}"`).toContain(word);
  });

  it.each(Object.keys(results))("the markdown and HTML dimension tables hold every dimension name whole (%s)", (lang) => {
    const r = results[lang as keyof typeof results];
    const rows = RENDERERS.markdown(r, { ...plain, width: 60 })
      .split("\n")
      .filter((l) => l.startsWith("|"));
    const html = RENDERERS.html(r, { ...plain, width: 60 });
    const htmlText = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
    for (const d of r.dimensions) {
      expect(
        rows.some((l) => l.includes(`| ${d.title} |`)),
        `markdown: ${d.title}`,
      ).toBe(true);
      expect(html, `html: ${d.title}`).toContain(htmlText(d.title));
    }
  });
});

describe("wrap and displayWidth", () => {
  it("measure CJK and emoji as two columns and ignore colour codes", () => {
    expect(displayWidth("漢字")).toBe(4);
    expect(displayWidth("👍🏽")).toBe(2);
    expect(displayWidth("\u001b[1mbold\u001b[22m")).toBe(4);
    expect(displayWidth("漢".repeat(10_000))).toBe(20_000);
  });

  it("break a word only when it alone is wider than the line, and keep every character", () => {
    expect(wrap("Marknadsautomation och CRM", 20)).toEqual(["Marknadsautomation", "och CRM"]);
    const flags = "🇸🇪🇳🇴".repeat(40);
    const lines = wrap(flags, 10);
    expect(lines.join("")).toBe(flags);
    expect(lines.every((l) => stringWidth(l) <= 10)).toBe(true);
    expect(wrap("a b", 10, { firstIndent: "• ", indent: "  " })).toEqual(["• a b"]);
  });
});

describe("interactive screens at 60 columns (issue 10.8)", async () => {
  const t = messagesFor("en");
  const rubric = (await loadRubric(defaultRubricPath(), t)).rubric as Rubric;
  const ctx = { rubric, t, text: textResolver(rubric, "en"), width: 58 };
  const ref = rubric.itemById.get("crm-sales-integration")!;

  /** Every word of `text` appears whole on one line of `screen`. */
  const wordsWhole = (screen: string, text: string) => {
    const words = new Set(screen.split(/\s+/));
    for (const word of text.split(/\s+/)) expect(words, `"${word}" in\n${screen}`).toContain(word);
  };

  it("the progress line and the choices wrap between words and fit the width", async () => {
    const screen = itemScreen(ctx, ref, { canGoBack: true, canSkip: true });
    const { answer, events, getScreen } = await render(select, selectConfig(screen));
    const shown = getScreen();
    for (const line of shown.split("\n")) expect(stringWidth(line), line).toBeLessThanOrEqual(60);
    wordsWhole(shown, t.prompt.progress(ref.order + 1, rubric.items.length, ctx.text(ref.dimension.title), ctx.text(itemTitle(ref.item))));
    wordsWhole(shown, t.prompt.skipDimension(ctx.text(ref.dimension.title)));
    events.keypress("enter");
    await answer;
  });

  it("the review title and its entries wrap between words and fit the width", async () => {
    const answers = new Map(rubric.items.map((r) => [r.item.id, { level: 1 }]));
    const screen = reviewScreen(ctx, answers);
    for (const line of screen.message.split("\n")) expect(stringWidth(line)).toBeLessThanOrEqual(58);
    for (const c of screen.choices)
      if ("name" in c) for (const line of c.name.split("\n")) expect(stringWidth(line) + 2, line).toBeLessThanOrEqual(60);
    wordsWhole(screen.message, t.prompt.review(rubric.items.length, rubric.items.length));
  });
});
