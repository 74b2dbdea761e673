import { describe, expect, it } from "vitest";
import { htmlOutput, LANGS } from "../helpers/html-outputs.js";

/*
 * docs/reports.md#pages-to-trust, "%" in the HTML reports: the dimension table's % is a gap as a share
 * of the scale and the gap patterns' % a share of the weighted gap; each header says which (as the
 * terminal's do, test/terminal/percent-headers.test.ts), and the patterns say why their shares add up to more
 * than 100 %. (That no page is wider than 360 px with these longer headers: test/render/first-screen.test.ts.)
 */
const HEADERS = {
  en: { dims: "Gap % of scale", tags: "Share of gap %", overlap: "add up to more than 100 %" },
  sv: { dims: "Gap % av skalan", tags: "Andel av gapet (%)", overlap: "blir tillsammans mer än 100 %" },
  nb: { dims: "Gap % av skalaen", tags: "Andel av gapet %", overlap: "blir til sammen mer enn 100 %" },
} as const;

/** The texts of a table's header cells. */
function heads(html: string, table: string): string[] {
  const start = html.indexOf(`<table class="${table}">`);
  const head = html.slice(start, html.indexOf("</thead>", start));
  return [...head.matchAll(/<th\b[^>]*>(.*?)<\/th>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ""));
}

describe("the HTML reports say what each % is", () => {
  for (const name of ["assess-cmo", "aggregate"])
    it.each(LANGS)(`${name} in %s: the dimension table and the gap patterns`, async (lang) => {
      const html = await htmlOutput(name, lang);
      const want = HEADERS[lang];
      expect(heads(html, "dims")).toContain(want.dims);
      expect(heads(html, "tags")).toContain(want.tags);
      // The example's patterns hold 44 + 34 + 32 + 25 + 16 % of the gap (aggregate): one item carries several.
      const section = html.slice(
        html.indexOf('<section class="tags-section'),
        html.indexOf("</section>", html.indexOf('<section class="tags-section')),
      );
      expect(section).toContain(want.overlap);
    });
});
