export type Severity = "error" | "warning";

/** One problem in one input file, located 1-based (SPEC section 7). */
export interface Finding {
  file: string;
  line: number;
  col: number;
  severity: Severity;
  rule: string;
  message: string;
  /** Where in the document, as keys and indexes (empty for file-level problems). */
  path: (string | number)[];
}

export function formatFinding(f: Finding): string {
  return `${f.file}:${f.line}:${f.col} ${f.severity} ${f.rule} ${f.message}`;
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === "error");
}

/** Stable order: by position, then rule, so output never depends on which check ran first. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => a.line - b.line || a.col - b.col || a.rule.localeCompare(b.rule) || a.message.localeCompare(b.message));
}
