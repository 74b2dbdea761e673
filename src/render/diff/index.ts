import type { DiffFormat } from "../../formats.js";
import type { Lang, Messages } from "../../i18n/messages.js";
import { escapeMarkdown as cell, terminalSafe } from "../escape.js";
import { formatter } from "../format.js";
import { displayWidth, wrap } from "../../text/wrap.js";
import type { Breaking, Change, FixtureScore, RubricDiff } from "../../diff/compare.js";

/** The text format's width (the terminal's, else COLUMNS, else 80); the others ignore it. */
export interface DiffRenderOptions {
  width?: number;
}

/** Renderers of a rubric diff, pure like the result renderers. */
export type DiffRenderer = (diff: RubricDiff, t: Messages, lang: Lang, options?: DiffRenderOptions) => string;

interface Section {
  title: string;
  rows: [string, string, string][]; // what, before, after
}

function breakingText(b: Breaking, t: Messages): string {
  switch (b.kind) {
    case "rubric-id":
      return t.diff.rubricIdChanged(b.old, b.new);
    case "item-removed":
      return t.diff.itemRemoved(b.id);
    case "item-renamed":
      return t.diff.itemRenamed(b.old, b.new);
    case "scale":
      return t.diff.scaleChanged(b.old, b.new);
    case "profile-removed":
      return t.diff.profileRemoved(b.id);
  }
}

function sections(d: RubricDiff, t: Messages, lang: Lang): Section[] {
  const f = formatter(lang);
  const list = (title: string, ids: string[]): Section => ({ title, rows: ids.map((id): Section["rows"][number] => [id, "", ""]) });
  const changes = <T>(title: string, cs: Change<T>[], show: (v: T) => string): Section => ({
    title,
    rows: cs.map((c): Section["rows"][number] => [c.what, show(c.old), show(c.new)]),
  });
  const num = (v: number | null) => (v === null ? "–" : String(v));
  const fixture = (s: FixtureScore | null) =>
    s === null
      ? t.diff.unscorable
      : `${t.diff.top} [${s.top.join(", ")}] · ${t.diff.gapIndex} ${f.index(s.gapIndex)} · ` +
        `${t.diff.maturity} ${f.index(s.maturityIndex)}`;
  const all = [
    list(t.diff.itemsAdded, d.items.added),
    list(
      t.diff.itemsRemoved,
      d.items.removed.map((id) => (d.items.removedDeclared.includes(id) ? `${id} (${t.history.declared})` : id)),
    ),
    {
      title: t.diff.itemsRenamed,
      rows: d.items.renamed.map((r): Section["rows"][number] => [r.declared ? `${r.to} (${t.history.declared})` : r.to, r.from, r.to]),
    },
    changes(t.diff.itemsMoved, d.items.moved, String),
    list(t.diff.dimensionsAdded, d.dimensions.added),
    list(t.diff.dimensionsRemoved, d.dimensions.removed),
    list(t.diff.profilesAdded, d.profiles.added),
    list(t.diff.profilesRemoved, d.profiles.removed),
    changes(t.diff.scale, d.scale, String),
    changes(t.diff.targets, d.targets, num),
    changes(t.diff.weights, d.weights, num),
    changes(t.diff.efforts, d.efforts, String),
    changes(t.diff.texts, d.texts, (v) => (v === null ? "–" : v)),
    {
      title: t.diff.fixtures,
      rows: d.fixtures.map((x): Section["rows"][number] => [`${x.name} (${x.profile})`, fixture(x.old), fixture(x.new)]),
    },
  ].filter((s) => s.rows.length > 0);
  // Identical rubrics: the fixtures score the same under both, which is no change worth listing.
  const fixturesOnly = all.length === 1 && all[0]!.title === t.diff.fixtures;
  return fixturesOnly && d.fixtures.every((x) => JSON.stringify(x.old) === JSON.stringify(x.new)) ? [] : all;
}

function warningText(w: RubricDiff["warnings"][number], t: Messages): string {
  return t.diff.versionUnchanged(w.version);
}

const text: DiffRenderer = (unsafe, t, lang, options = {}) => {
  const d = terminalSafe(unsafe);
  const { width } = options;
  // Wrapped at spaces only: an id or a file name is one token, never cut.
  const wrapped = (line: string, firstIndent: string, indent: string) =>
    width === undefined ? [firstIndent + line] : wrap(line, width, { firstIndent, indent, breakWords: false });
  const out = [...wrapped(t.diff.heading(d.old.id, d.old.version, d.new.version), "", "  ")];
  out.push(...wrapped(d.breaking.length ? t.diff.breaking : t.diff.notBreaking, "", ""));
  for (const b of d.breaking) out.push(...wrapped(breakingText(b, t), "  ! ", "    "));
  for (const w of d.warnings) out.push(...wrapped(warningText(w, t), "  ! ", "    "));
  const parts = sections(d, t, lang);
  if (parts.length === 0) out.push(...wrapped(t.diff.none, "", ""));
  for (const s of parts) {
    out.push("", ...wrapped(`${s.title} (${s.rows.length})`, "", "  "));
    for (const [what, before, after] of s.rows) {
      const line = before || after ? `  ${what}: ${before} → ${after}` : `  ${what}`;
      if (width === undefined || displayWidth(line) <= width) out.push(line);
      // Too long for one line (a changed text): what changed, then before and after, each wrapped.
      else out.push(...wrapped(`${what}:`, "  ", "    "), ...wrapped(before, "    ", "    "), ...wrapped(after, "    → ", "      "));
    }
  }
  return `${out.join("\n")}\n`;
};

/** Markdown to paste into a pull request. */
const markdown: DiffRenderer = (d, t, lang) => {
  const out = [`### ${cell(t.diff.heading(d.old.id, d.old.version, d.new.version))}`, ""];
  out.push(d.breaking.length ? `**${t.diff.breaking}**` : t.diff.notBreaking);
  if (d.breaking.length) out.push("", ...d.breaking.map((b) => `- ${cell(breakingText(b, t))}`));
  if (d.warnings.length) out.push("", ...d.warnings.map((w) => `> **${cell(warningText(w, t))}**`));
  const parts = sections(d, t, lang);
  if (parts.length === 0) out.push("", t.diff.none);
  for (const s of parts) {
    out.push("", `#### ${s.title} (${s.rows.length})`, "");
    const withValues = s.rows.some(([, b, a]) => b || a);
    if (withValues) {
      out.push(`| ${t.diff.change} | ${t.diff.before} | ${t.diff.after} |`, "| --- | --- | --- |");
      for (const [what, before, after] of s.rows) out.push(`| ${cell(what)} | ${cell(before)} | ${cell(after)} |`);
    } else for (const [what] of s.rows) out.push(`- \`${what}\``);
  }
  return `${out.join("\n")}\n`;
};

const json: DiffRenderer = (d) => `${JSON.stringify({ gapcheck: 1, kind: "diff", ...d }, null, 2)}\n`;

export const DIFF_RENDERERS = { text, json, markdown } satisfies Record<DiffFormat, DiffRenderer>;
export type { DiffFormat } from "../../formats.js";
