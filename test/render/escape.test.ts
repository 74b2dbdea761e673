import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { csvCell, escapeHtml, escapeMarkdown, escapeTerminal, terminalSafe } from "../../src/render/escape.js";
import { root } from "../helpers/exec.js";

/* The one escaping function per format (docs/formats.md#text-from-users; issue 24 point 4), case by case. */

describe("escapeHtml", () => {
  it("turns & < > \" ' into entities and nothing else", () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a> ok`)).toBe("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt; ok");
  });
});

describe("escapeMarkdown", () => {
  it.each([
    ["**bold** _em_ `code` ~~s~~ $x$", "\\*\\*bold\\*\\* \\_em\\_ \\`code\\` \\~\\~s\\~\\~ \\$x\\$"],
    ["[link](https://x) ![img](y)", "\\[link\\](https://x) !\\[img\\](y)"],
    ["<script>alert(1)</script> &amp; <https://x>", "&lt;script&gt;alert(1)&lt;/script&gt; &amp;amp; &lt;https://x&gt;"],
    ["a|b \\ c", "a\\|b \\\\ c"],
    ["line one\n# two\r\n- three\tfour", "line one # two - three four"],
    ["# heading", "\\# heading"],
    ["### heading", "\\### heading"],
    ["- item", "\\- item"],
    ["+ item", "\\+ item"],
    ["1. item", "1\\. item"],
    ["12) item", "12\\) item"],
    ["---", "\\---"],
    ["===", "\\==="],
    ["    indented code", "indented code"],
    ["\u001b[31mred\u202e", "\\u001b\\[31mred\\u202e"],
  ])("%j → %j", (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  it("leaves numbers, signs inside text and a lone # as they are", () => {
    for (const s of ["50.0", "−10.0", "+17.5", "-2", "#", "80/20", "3 → 4 (+1)", "a - b", "C#"]) expect(escapeMarkdown(s), s).toBe(s);
  });
});

describe("csvCell", () => {
  it("prefixes a text that starts like a formula with ' (OWASP), then quotes per RFC 4180", () => {
    expect(csvCell('=HYPERLINK("x")', ",")).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell("+1", ",")).toBe("'+1");
    expect(csvCell("-2+3", ";")).toBe("'-2+3");
    expect(csvCell("@SUM(A1)", ",")).toBe("'@SUM(A1)");
    expect(csvCell("\tx", ",")).toBe("'\tx");
    expect(csvCell("a,b", ",")).toBe('"a,b"');
    expect(csvCell("a,b", ";")).toBe("a,b");
    expect(csvCell("a;b", ";")).toBe('"a;b"');
    expect(csvCell("two\nlines", ",")).toBe('"two\nlines"');
    expect(csvCell(" edge", ",")).toBe('" edge"');
    expect(csvCell("plain", ",")).toBe("plain");
  });
});

describe("escapeTerminal and terminalSafe", () => {
  it("shows control characters and direction overrides as escapes and folds line breaks", () => {
    expect(escapeTerminal("\u001b[31mred\u001b]0;title\u0007 \u202eevil\u2066x\r\nnext\tcol")).toBe(
      "\\u001b[31mred\\u001b]0;title\\u0007 \\u202eevil\\u2066x next col",
    );
    expect(escapeTerminal("plain ÅÄÖ 漢字 😀")).toBe("plain ÅÄÖ 漢字 😀");
  });

  it("maps every string of a tree, keeps numbers, and returns the same object when nothing needs escaping", () => {
    const clean = { a: "x", b: [1, "y", { c: null }] };
    expect(terminalSafe(clean)).toBe(clean);
    const dirty = JSON.parse('{"a":"x","b":[1,"\\u001b[2J",{"c":null}],"__proto__":"\\u0007"}');
    const safe = terminalSafe(dirty);
    expect(safe).toEqual(JSON.parse('{"a":"x","b":[1,"\\\\u001b[2J",{"c":null}],"__proto__":"\\\\u0007"}'));
    expect(Object.getPrototypeOf(safe)).toBe(Object.prototype);
    expect(safe.a).toBe("x");
  });
});

describe("one escaping function per format", () => {
  it("no renderer defines its own HTML, Markdown or CSV escaping (they import src/render/escape.ts)", () => {
    const files = (dir: string): string[] =>
      readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
      );
    const own = files("src")
      .filter((f) => !f.endsWith(join("render", "escape.ts")))
      .filter((f) => {
        const text = readFileSync(join(root, f), "utf8");
        // An entity table, a backslash-escaping class of Markdown characters, or the formula rule.
        return /"&lt;"|&amp;"|\[\\\\`\*_|\^\[=\+\\-@/.test(text);
      });
    expect(own).toEqual([]);
  });
});
