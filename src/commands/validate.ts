import { readdir } from "node:fs/promises";
import { join } from "node:path";
import type { Io } from "../context.js";
import { EXIT, type ExitCode } from "../errors.js";
import { formatFinding, sortFindings, type Finding } from "../findings.js";
import { messagesFor, type Lang } from "../i18n/messages.js";
import { bundledRubricsDir } from "../paths.js";
import { loadRubric } from "../rubric/load.js";
import { displayPath, initialLang } from "./shared.js";

export const VALIDATE_FORMATS = ["text", "json"] as const;
export type ValidateFormat = (typeof VALIDATE_FORMATS)[number];

export interface ValidateOptions {
  files: string[];
  format: ValidateFormat;
  strict: boolean;
  lang?: Lang;
  io: Io;
}

interface FileReport {
  file: string;
  findings: Finding[];
}

/** `gapcheck validate`: every finding of every file on stdout; exit 1 when any is an error. */
export async function validate(o: ValidateOptions): Promise<ExitCode> {
  const { io } = o;
  const t = messagesFor(initialLang(o.lang, io));
  const files = o.files.length > 0 ? o.files : await bundledRubrics();
  const reports: FileReport[] = [];
  for (const path of files) {
    const file = o.files.length > 0 ? path : displayPath(path, io);
    const loaded = await loadRubric(path, t);
    const findings = loaded.findings.map((f) => ({ ...f, file, severity: o.strict ? ("error" as const) : f.severity }));
    reports.push({ file, findings: sortFindings(findings) });
  }
  const all = reports.flatMap((r) => r.findings);
  const errors = all.filter((f) => f.severity === "error").length;
  const warnings = all.length - errors;

  if (o.format === "json") io.stdout.write(`${JSON.stringify(jsonReport(reports, errors, warnings), null, 2)}\n`);
  else for (const f of all) io.stdout.write(`${formatFinding(f)}\n`);
  io.stderr.write(`${t.cli.validateSummary(files.length, errors, warnings)}\n`);
  return errors > 0 ? EXIT.problems : EXIT.ok;
}

async function bundledRubrics(): Promise<string[]> {
  const names = (await readdir(bundledRubricsDir)).filter((n) => /\.ya?ml$/.test(n)).sort();
  return names.map((n) => join(bundledRubricsDir, n));
}

function jsonReport(reports: FileReport[], errors: number, warnings: number) {
  return {
    gapcheck: 1,
    kind: "validation",
    errors,
    warnings,
    files: reports.map((r) => ({
      file: r.file,
      errors: r.findings.filter((f) => f.severity === "error").length,
      warnings: r.findings.filter((f) => f.severity === "warning").length,
      findings: r.findings.map((f) => ({ rule: f.rule, severity: f.severity, message: f.message, line: f.line, col: f.col, path: jsonPath(f.path) })),
    })),
  };
}

/** `dimensions[0].items[2].id`: the finding's place in the document, independent of layout. */
export function jsonPath(path: readonly (string | number)[]): string {
  return path.map((k, i) => (typeof k === "number" ? `[${k}]` : /^[A-Za-z_$][\w$-]*$/.test(k) ? `${i ? "." : ""}${k}` : `[${JSON.stringify(k)}]`)).join("");
}
