import { resolve } from "node:path";
import type { Io } from "../context.js";
import { EXIT, type ExitCode } from "../errors.js";
import { sortFindings } from "../findings.js";
import { loadMessages, resolveLang, type Lang } from "../i18n/messages.js";
import { expandGlobs } from "../io/glob.js";
import { FINDINGS_RENDERERS, type FileReport, type FindingsFormat } from "../render/findings/index.js";
import { loadRubricCached } from "../rubric/cache.js";
import { bundledRubricFiles, displayPath } from "./shared.js";

export interface ValidateOptions {
  files: string[];
  format: FindingsFormat;
  strict: boolean;
  lang?: Lang;
  io: Io;
}

/** `gapcheck validate`: every finding of every file on stdout; exit 1 when any is an error. */
export async function validate(o: ValidateOptions): Promise<ExitCode> {
  const { io } = o;
  const t = await loadMessages(resolveLang(o.lang, io.env));
  const targets =
    o.files.length > 0
      ? await expandGlobs(o.files, io.cwd)
      : (await bundledRubricFiles()).map((path) => ({ file: displayPath(path, io), path }));
  const reports: FileReport[] = [];
  for (const target of targets) {
    if ("pattern" in target) {
      reports.push({
        file: target.pattern,
        findings: [
          {
            file: target.pattern,
            line: 1,
            col: 1,
            severity: "error",
            rule: "file-unreadable",
            message: t.cli.noRubricsFound(target.pattern),
            path: [],
          },
        ],
      });
      continue;
    }
    const path = "path" in target ? (target.path as string) : resolve(io.cwd, target.file);
    const loaded = await loadRubricCached(path, t, io.env);
    // --strict changes only the exit code: each finding keeps its own severity in every format.
    const findings = loaded.findings.map((f) => ({ ...f, file: target.file }));
    reports.push({ file: target.file, findings: sortFindings(findings) });
  }
  const all = reports.flatMap((r) => r.findings);
  const errors = all.filter((f) => f.severity === "error").length;
  const warnings = all.length - errors;
  const line = t.cli.validateSummary(reports.length, errors, warnings);
  const summary = { files: reports.length, errors, warnings, line };
  io.stdout.write(FINDINGS_RENDERERS[o.format](reports, summary, { texts: t, root: resolve(io.cwd) }));
  if (o.format !== "github") io.stderr.write(`${line}\n`);
  // A file that cannot be read at all (missing, a folder, a FIFO, a pattern that matches nothing)
  // means the check could not run: exit 2, as for assess and report (docs/exit-codes.md#exit-codes).
  if (all.some((f) => f.rule === "file-unreadable")) return EXIT.cannotRun;
  return errors > 0 || (o.strict && warnings > 0) ? EXIT.problems : EXIT.ok;
}
