import { expect } from "vitest";
import { run } from "./main.js";

/*
 * Every HTML document gapcheck writes, as the "done when" lists them (docs/reports.md#pages-to-trust): assess for
 * each profile, aggregate of the example team by group, compare of two and of three inputs, match
 * with a team of two, and the printable questionnaire, each in every language. Produced in-process
 * once per worker and kept: several test files read them.
 */

export const LANGS = ["en", "sv", "nb"] as const;
export type Lang = (typeof LANGS)[number];

export const PROFILES = ["cmo", "marketing-manager", "generalist", "interim"] as const;

/** The commands, without the format and language flags. */
export const OUTPUTS: Record<string, string[]> = {
  ...Object.fromEntries(PROFILES.map((p) => [`assess-${p}`, ["assess", "-a", "examples/answers.yaml", "-p", p]])),
  aggregate: ["aggregate", "examples/team/", "--by", "group"],
  compare2: ["compare", "examples/answers.yaml", "examples/day30.yaml"],
  compare3: ["compare", "examples/answers.yaml", "examples/day30.yaml", "test/cases/reports/day92.yaml"],
  match: ["match", "examples/answers.yaml", "examples/candidates/", "--team", "2"],
  template: ["template"],
};

const cache = new Map<string, Promise<string>>();

/** The HTML `gapcheck <name's command> -f html --lang <lang>` writes (computed once per worker). */
export function htmlOutput(name: string, lang: Lang): Promise<string> {
  const key = `${name}.${lang}`;
  let html = cache.get(key);
  if (!html) {
    html = run([...OUTPUTS[name]!, "-f", "html", "--lang", lang]).then((r) => {
      expect(r.status, `${key}: ${r.stderr}`).toBe(0);
      return r.stdout;
    });
    cache.set(key, html);
  }
  return html;
}
