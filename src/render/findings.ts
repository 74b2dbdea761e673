import type { FindingsFormat } from "../formats.js";
import { formatFinding, visible, type Finding } from "../findings.js";
import { RULE_DOCS, RULE_IDS, type RuleId } from "../rule-docs.js";

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

/** `ruleDocs`: what each rule finds, in the language of the run (SARIF describes every rule). */
export type FindingsRenderer = (reports: FileReport[], summary: FindingsSummary, ruleDocs?: Readonly<Record<RuleId, string>>) => string;

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

/** GitHub Actions workflow commands: annotations on the pull request's lines, then the summary. */
const github: FindingsRenderer = (reports, s) => {
  const prop = (v: string) =>
    visible(v).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
  const data = (v: string) => visible(v.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A"));
  const lines = reports.flatMap((r) =>
    r.findings.map(
      (f) => `::${f.severity} file=${prop(f.file)},line=${f.line},col=${f.col},title=${prop(`gapcheck ${f.rule}`)}::${data(f.message)}`,
    ),
  );
  lines.push(`${s.errors > 0 ? "::error::" : "::notice::"}${data(s.line)}`);
  return `${lines.join("\n")}\n`;
};

/** SARIF 2.1.0, for code-scanning uploads: every rule described, every result located. */
const sarif: FindingsRenderer = (reports, _summary, ruleDocs) => {
  const index = new Map(RULE_IDS.map((id, i) => [id as string, i]));
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "gapcheck",
            version: __GAPCHECK_VERSION__,
            informationUri: "https://www.npmjs.com/package/gapcheck",
            rules: RULE_IDS.map((id) => ({
              id,
              name: id.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase()),
              shortDescription: { text: ruleDocs?.[id] ?? RULE_DOCS[id][1] },
              defaultConfiguration: { level: RULE_DOCS[id][0] },
            })),
          },
        },
        results: reports.flatMap((r) =>
          r.findings.map((f) => ({
            ruleId: f.rule,
            ...(index.has(f.rule) ? { ruleIndex: index.get(f.rule) } : {}),
            level: f.severity,
            message: { text: f.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: f.file.replace(/\\/g, "/") },
                  region: { startLine: f.line, startColumn: f.col },
                },
              },
            ],
          })),
        ),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

export const FINDINGS_RENDERERS = { text, json, github, sarif } satisfies Record<FindingsFormat, FindingsRenderer>;
export { VALIDATE_FORMATS as FINDINGS_FORMATS, type FindingsFormat } from "../formats.js";

/** `dimensions[0].items[2].id`: the finding's place in the document, independent of layout. */
export function jsonPath(path: readonly (string | number)[]): string {
  return path
    .map((k, i) => (typeof k === "number" ? `[${k}]` : /^[A-Za-z_$][\w$-]*$/.test(k) ? `${i ? "." : ""}${k}` : `[${JSON.stringify(k)}]`))
    .join("");
}
