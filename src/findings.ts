export type Severity = "error" | "warning";

/** One problem in one input file, located 1-based (docs/rules.md#the-finding-line). */
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
  return visible(`${f.file}:${f.line}:${f.col} ${f.severity} ${f.rule} ${f.message}`);
}

/**
 * Control characters from a file (a newline in an id, an escape sequence in a version) shown as
 * escapes: a finding stays one line, and nothing a file holds can steer the user's terminal.
 */
export function visible(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) =>
    c === "\n" ? "\\n" : c === "\t" ? "\\t" : c === "\r" ? "\\r" : `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === "error");
}

/** Stable order: by position, then rule, so output never depends on which check ran first. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => a.line - b.line || a.col - b.col || a.rule.localeCompare(b.rule) || a.message.localeCompare(b.message));
}
