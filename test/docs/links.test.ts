import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import GithubSlugger from "github-slugger";
import { describe, expect, it } from "vitest";
import { root } from "../helpers/exec.js";

/*
 * The docs are the contract (CONTRIBUTING.md#code), and code comments cite them by page and
 * section ("docs/team.md#anonymity"). A renamed heading or page must not leave a link or a citation
 * pointing nowhere: every relative link in the Markdown and every docs/… citation in the code must
 * name a file that exists and, after `#`, a heading of it, slugged as GitHub slugs it.
 */

const MARKDOWN = [
  "README.md",
  "CONTRIBUTING.md",
  "ARCHITECTURE.md",
  "CHANGELOG.md",
  ...readdirSync(join(root, "docs")).map((f) => `docs/${f}`),
]
  .filter((f) => f.endsWith(".md"))
  .sort();

/** The lines of a Markdown file outside fenced code blocks, with their numbers. */
function prose(file: string): Array<[number, string]> {
  let fenced = false;
  const out: Array<[number, string]> = [];
  readFileSync(join(root, file), "utf8")
    .split("\n")
    .forEach((line, i) => {
      if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
      else if (!fenced) out.push([i + 1, line]);
    });
  return out;
}

const anchorsOf = new Map<string, Set<string>>();
/** The anchors GitHub gives a Markdown file's headings (inline code, links and emphasis as their text). */
function anchors(file: string): Set<string> {
  let known = anchorsOf.get(file);
  if (!known) {
    const slugger = new GithubSlugger();
    known = new Set(
      prose(file)
        .filter(([, line]) => /^#{1,6}\s/.test(line))
        .map(([, line]) =>
          slugger.slug(
            line
              .replace(/^#+\s+/, "")
              .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
              .replace(/[`*_]/g, ""),
          ),
        ),
    );
    anchorsOf.set(file, known);
  }
  return known;
}

/** What is wrong with a link to `target` (a path relative to the repository, maybe with #anchor), or undefined. */
function broken(target: string): string | undefined {
  const [path = "", anchor] = target.split("#");
  if (!existsSync(join(root, path))) return `no file ${path}`;
  if (anchor === undefined) return undefined;
  if (!path.endsWith(".md") || statSync(join(root, path)).isDirectory()) return `#${anchor} in a file that is not Markdown`;
  return anchors(path).has(anchor) ? undefined : `${path} has no heading #${anchor}`;
}

describe("links in the docs and citations of them in the code", () => {
  it.each(MARKDOWN)("%s: every relative link names a file and a heading that exist", (file) => {
    const bad: string[] = [];
    for (const [n, line] of prose(file)) {
      // Inline code is shown, not linked: `[x](y)` inside backticks is an example.
      for (const [, url] of line.replace(/`[^`]*`/g, "").matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z]+:/i.test(url!)) continue; // https:, mailto:
        const target = url!.startsWith("#") ? `${file}${url}` : relative(root, resolve(root, dirname(file), url!));
        const why = broken(target.replace(/\\/g, "/"));
        if (why) bad.push(`${file}:${n}: (${url}) ${why}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it("every docs/… page and section cited in src/, test/ and scripts/ exists", () => {
    const bad: string[] = [];
    const files = ["src", "test", "scripts"].flatMap((dir) =>
      readdirSync(join(root, dir), { recursive: true, encoding: "utf8" })
        .filter((f) => /\.(ts|mjs|js|css)$/.test(f))
        .map((f) => join(dir, f))
        // This file names broken links on purpose, below.
        .filter((f) => f !== join("test", "docs", "links.test.ts")),
    );
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) {
      readFileSync(join(root, file), "utf8")
        .split("\n")
        .forEach((line, i) => {
          for (const [cited] of line.matchAll(/\bdocs\/[\w.-]+\.md(#[\w-]+)?/g)) {
            const why = broken(cited);
            if (why) bad.push(`${file}:${i + 1}: ${cited}: ${why}`);
          }
        });
    }
    expect(bad).toEqual([]);
  });

  it("catches a link to a heading that is not there, and reads headings as GitHub slugs them", () => {
    expect(broken("docs/team.md#anonymity")).toBeUndefined();
    expect(broken("docs/team.md#anonymityx")).toBe("docs/team.md has no heading #anonymityx");
    expect(broken("docs/nowhere.md")).toBe("no file docs/nowhere.md");
    // "## Workshop (`serve`)" in decisions.md: code spans and brackets as GitHub drops them.
    expect(anchors("docs/decisions.md").has("workshop-serve")).toBe(true);
  });
});
