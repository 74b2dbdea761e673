import type { FindingsFormat } from "../../formats.js";
import { formatFinding, visible, type Finding } from "../../findings.js";
import { en } from "../../i18n/en.js";
import type { Messages } from "../../i18n/messages.js";
import { RULE_DOCS, RULE_IDS } from "../../rule-docs.js";
import { artifactLocation, fileUri, SRCROOT } from "./sarif-uri.js";

/** The findings of one file, as `validate` reports them. */
export interface FileReport {
  file: string;
  findings: Finding[];
}

export interface FindingsSummary {
  files: number;
  errors: number;
  warnings: number;
  /** The summary line in the user's language. */
  line: string;
}

export interface FindingsOptions {
  /** What each rule finds and how to fix it, in the language of the run (SARIF describes every rule); default English. */
  texts?: Pick<Messages, "ruleDocs" | "ruleHelp" | "ruleSeverity">;
  /** The absolute folder relative file names are relative to (SARIF's %SRCROOT%); without it SARIF does not say. */
  root?: string;
}

export type FindingsRenderer = (reports: FileReport[], summary: FindingsSummary, options?: FindingsOptions) => string;

const text: FindingsRenderer = (reports) => reports.flatMap((r) => r.findings.map((f) => `${formatFinding(f)}\n`)).join("");

const json: FindingsRenderer = (reports, s) =>
  `${JSON.stringify(
    {
      gapcheck: 1,
      kind: "validation",
      errors: s.errors,
      warnings: s.warnings,
      files: reports.map((r) => ({
        file: r.file,
        errors: r.findings.filter((f) => f.severity === "error").length,
        warnings: r.findings.filter((f) => f.severity === "warning").length,
        findings: r.findings.map((f) => ({
          rule: f.rule,
          severity: f.severity,
          message: f.message,
          line: f.line,
          col: f.col,
          path: jsonPath(f.path),
        })),
      })),
    },
    null,
    2,
  )}\n`;

/**
 * GitHub Actions workflow commands: annotations on the pull request's lines, then the summary. A
 * property value (`file=`, `title=`) escapes `%`, CR, LF, `:` and `,`, and the message `%`, CR and LF,
 * as the runner unescapes them: a file name with a newline still names that file.
 */
const github: FindingsRenderer = (reports, s) => {
  // Escaped first, so CR and LF become %0D/%0A; any other control character is then shown (visible), never sent raw.
  const prop = (v: string) =>
    visible(v.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C"));
  const data = (v: string) => visible(v.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A"));
  const lines = reports.flatMap((r) =>
    r.findings.map(
      (f) => `::${f.severity} file=${prop(f.file)},line=${f.line},col=${f.col},title=${prop(`gapcheck ${f.rule}`)}::${data(f.message)}`,
    ),
  );
  lines.push(`${s.errors > 0 ? "::error::" : "::notice::"}${data(s.line)}`);
  return `${lines.join("\n")}\n`;
};

/**
 * SARIF 2.1.0, as GitHub code scanning ingests it: every rule with a short and a full description
 * and help, every result located by a percent-encoded URI (sarif-uri.ts), columns in code points.
 */
const sarif: FindingsRenderer = (reports, _summary, { texts = en, root } = {}) => {
  const index = new Map(RULE_IDS.map((id, i) => [id as string, i]));
  const results = reports.flatMap((r) =>
    r.findings.map((f) => ({
      ruleId: f.rule,
      ...(index.has(f.rule) ? { ruleIndex: index.get(f.rule) } : {}),
      level: f.severity,
      message: { text: f.message },
      locations: [{ physicalLocation: { artifactLocation: artifactLocation(f.file), region: { startLine: f.line, startColumn: f.col } } }],
    })),
  );
  const relative = results.some((r) => r.locations[0]!.physicalLocation.artifactLocation.uriBaseId === SRCROOT);
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "gapcheck",
            version: __GAPCHECK_VERSION__,
            rules: RULE_IDS.map((id) => {
              const [level] = RULE_DOCS[id];
              const help = texts.ruleHelp[id];
              return {
                id,
                name: id.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase()),
                shortDescription: { text: texts.ruleDocs[id] },
                fullDescription: { text: `${texts.ruleDocs[id]} ${texts.ruleSeverity[level]}` },
                help: { text: help, markdown: help },
                defaultConfiguration: { level },
              };
            }),
          },
        },
        // The folder relative paths start from, where gapcheck ran (with a trailing slash, as SARIF requires).
        ...(relative && root !== undefined ? { originalUriBaseIds: { [SRCROOT]: { uri: fileUri(root.replace(/[\\/]*$/, "/")) } } } : {}),
        // Columns are counted in characters (yaml/parse.ts): SHALL be said when there are results.
        columnKind: "unicodeCodePoints",
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

export const FINDINGS_RENDERERS = { text, json, github, sarif } satisfies Record<FindingsFormat, FindingsRenderer>;
export { VALIDATE_FORMATS as FINDINGS_FORMATS, type FindingsFormat } from "../../formats.js";

/** `dimensions[0].items[2].id`: the finding's place in the document, independent of layout. */
export function jsonPath(path: readonly (string | number)[]): string {
  return path
    .map((k, i) => (typeof k === "number" ? `[${k}]` : /^[A-Za-z_$][\w$-]*$/.test(k) ? `${i ? "." : ""}${k}` : `[${JSON.stringify(k)}]`))
    .join("");
}
