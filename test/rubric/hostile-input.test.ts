import { spawnSync } from "node:child_process";
import {
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RULE_DOCS, RULE_IDS, type RuleId } from "../../src/rule-docs.js";
import { bin, expectNoStack, root, type Run } from "../helpers/exec.js";
import { run as runInProcess } from "../helpers/main.js";

/*
 * The bad-input catalogue (docs/rules.md#hostile-and-broken-input): every kind of hostile or broken rubric and answers file,
 * run through main(argv, io) in-process (a sample also through the built binary, which must print
 * the same bytes). Rubric cases run `gapcheck validate FILE`, answers cases
 * `gapcheck assess --answers FILE --json` against the bundled rubric. Each case states its exit code
 * and the LINE:COL severity rule of every located line it must print; the exact text of everything
 * it prints is kept in one golden file, test/cases/hostile/expected.txt (UPDATE_GOLDENS=1
 * rewrites it: review the diff line by line before keeping it).
 *
 * Input files live in test/cases/hostile/ (r-* rubrics, a-* answers). Inputs that are large or must
 * be modified by the run (4 MiB files, --out targets, links) are made in a fresh temporary folder,
 * shown as $TMP in the golden file.
 *
 * A case with `bug` documents a defect in src found by this catalogue: its expectations state the
 * correct behaviour and fail until the defect is fixed; its golden block records what gapcheck
 * prints today, marked with a `! known bug` line, so the rest of the golden file stays checkable.
 */

const DIR = "test/cases/hostile";
const GOLDEN = join(root, DIR, "expected.txt");
const UPDATE = process.env.UPDATE_GOLDENS === "1";
const MIB4 = 4 * 1024 * 1024;
/** A case still running after this long hangs and fails. Speed is the bench's business. */
const HANG_MS = 30_000;

let TMP = "";

/** The LINE:COL severity rule of a located line; a RegExp when more than one fix would be right. */
type At = string | RegExp;

interface Case {
  id: string;
  /** What the case is about (one line; goes into the golden file). */
  what: string;
  /** Arguments after `gapcheck`; a function when they name files made in $TMP. */
  args: string[] | (() => string[]);
  /** Bytes on stdin, and how the golden file shows them. */
  stdin?: { bytes: () => Buffer; label: string };
  exit: 0 | 1 | 2;
  /** Every located line, in order, as "LINE:COL severity rule"; or just "some located error". */
  at: At[] | "some-error";
  /** Files the located lines may name (default: the last file argument). */
  files?: () => string[];
  /** An unlocated `gapcheck: …` line the case must print (a usage problem, not a problem inside a file). */
  plain?: RegExp;
  /** More checks on the run (files left untouched, a message's content). */
  also?: (run: Run) => void;
  /** Runs before the command (puts the files of a $TMP folder back as they were). */
  prepare?: () => void;
  /** Kill the process after this many ms (default 10 s; a hang is then a failed case, not a stuck suite). */
  /** A src defect: what is wrong today. */
  bug?: string;
}

const argsOf = (c: Case): string[] => (typeof c.args === "function" ? c.args() : c.args);
const file = (name: string) => `${DIR}/${name}`;
const validate = (name: string) => ["validate", file(name)];
const assess = (name: string) => ["assess", "--answers", file(name), "--json"];
const tmp = (name: string) => join(TMP, name);
const bytesOf = (path: string) => readFileSync(join(root, path));

/** The answers example, the rubric, and their bytes before any case ran: no case may change them. */
const EXAMPLE = "examples/answers.yaml";
const RUBRIC = "rubrics/marketing-leadership.yaml";

const CASES: Case[] = [
  // ---------------------------------------------------------------- rubric files: encoding and size
  { id: "r-bom", what: "a UTF-8 byte order mark before a valid rubric is accepted", args: validate("r-bom.yaml"), exit: 0, at: [] },
  { id: "r-crlf", what: "CRLF line endings in a valid rubric are accepted", args: validate("r-crlf.yaml"), exit: 0, at: [] },
  { id: "r-json", what: "the starter rubric written as JSON is accepted", args: validate("r-json.json"), exit: 0, at: [] },
  {
    id: "r-json-comments",
    what: "JSON with // and /* */ comments",
    args: validate("r-json-comments.json"),
    exit: 1,
    at: ["2:3 error yaml-syntax", "3:18 error yaml-syntax"],
  },
  {
    id: "r-json-duplicate-key",
    what: "JSON with a duplicate key (JSON.parse would keep the last)",
    args: validate("r-json-duplicate-key.json"),
    exit: 1,
    at: ["4:3 error duplicate-key"],
  },
  {
    id: "r-invalid-utf8",
    what: "a Latin-1 byte (0xe9) in a text",
    args: validate("r-invalid-utf8.yaml"),
    exit: 1,
    at: ["3:11 error encoding"],
  },
  {
    id: "r-overlong-utf8",
    what: "an overlong UTF-8 sequence (C0 AF)",
    args: validate("r-overlong-utf8.yaml"),
    exit: 1,
    at: ["2:9 error encoding"],
  },
  {
    id: "r-surrogate-utf8",
    what: "a UTF-16 surrogate encoded as UTF-8 (ED A0 80)",
    args: validate("r-surrogate-utf8.yaml"),
    exit: 1,
    at: ["3:9 error encoding"],
  },
  {
    id: "r-utf16le",
    what: "a UTF-16LE file with its byte order mark",
    args: validate("r-utf16le.yaml"),
    exit: 1,
    at: ["1:1 error encoding"],
  },
  {
    id: "r-utf16le-nobom",
    what: "a UTF-16LE file without a byte order mark (every other byte is NUL)",
    args: validate("r-utf16le-nobom.yaml"),
    exit: 1,
    at: ["1:1 error encoding"],
  },
  {
    id: "r-utf16be-nobom",
    what: "a UTF-16BE file without a byte order mark",
    args: validate("r-utf16be-nobom.yaml"),
    exit: 1,
    at: ["1:1 error encoding"],
  },
  {
    id: "r-too-large",
    what: "a file of 4 MiB + 1 byte is refused without being parsed",
    args: () => ["validate", tmp("big.yaml")],
    files: () => [tmp("big.yaml")],
    exit: 1,
    at: ["1:1 error file-too-large"],
  },
  {
    id: "r-exactly-4mib",
    what: "a valid rubric padded to exactly 4 MiB is read",
    args: () => ["validate", tmp("edge.yaml")],
    files: () => [tmp("edge.yaml")],
    exit: 0,
    at: [],
  },
  {
    id: "r-dev-zero",
    what: "an endless device (/dev/zero) is refused at once, never read forever",
    args: ["validate", "/dev/zero"],
    exit: 2, // docs/rules.md#hostile-and-broken-input: a device is refused at once, and an unreadable input is exit 2
    at: [/^1:1 error (file-too-large|file-unreadable)$/],
  },
  {
    id: "r-directory",
    what: "a directory instead of a file",
    args: ["validate", DIR],
    files: () => [DIR],
    exit: 2,
    at: ["1:1 error file-unreadable"],
  },
  { id: "r-missing", what: "a file that does not exist", args: validate("no-such-file.yaml"), exit: 2, at: ["1:1 error file-unreadable"] },
  // ---------------------------------------------------------------- rubric files: empty and wrong shape
  { id: "r-empty", what: "an empty file (0 bytes)", args: validate("r-empty.yaml"), exit: 1, at: ["1:1 error empty-file"] },
  {
    id: "r-whitespace",
    what: "a file of blanks, newlines and a tab",
    args: validate("r-whitespace.yaml"),
    exit: 1,
    at: ["1:1 error empty-file"],
  },
  { id: "r-comment-only", what: "a file of comments only", args: validate("r-comment-only.yaml"), exit: 1, at: ["1:1 error empty-file"] },
  {
    id: "r-doc-marker-only",
    what: "only `---` and `...`",
    args: validate("r-doc-marker-only.yaml"),
    exit: 1,
    at: ["1:1 error empty-file"],
  },
  { id: "r-scalar-top", what: "a scalar at the top", args: validate("r-scalar-top.yaml"), exit: 1, at: ["1:1 error invalid-type"] },
  { id: "r-list-top", what: "a list at the top", args: validate("r-list-top.yaml"), exit: 1, at: ["1:1 error invalid-type"] },
  // ---------------------------------------------------------------- rubric files: YAML features refused
  {
    id: "r-tabs",
    what: "tabs used for indentation",
    args: validate("r-tabs.yaml"),
    exit: 1,
    at: ["4:1 error yaml-syntax", "5:1 error yaml-syntax"],
  },
  {
    id: "r-multiple-documents",
    what: "a second document after a valid rubric",
    args: validate("r-multiple-documents.yaml"),
    exit: 1,
    at: ["91:1 error multiple-documents"],
  },
  {
    id: "r-yaml-1-1",
    what: "a %YAML 1.1 directive before a valid rubric",
    args: validate("r-yaml-1-1.yaml"),
    exit: 1,
    at: ["1:1 error yaml-directive"],
  },
  {
    id: "r-custom-tags",
    what: "custom and non-core tags on scalars and a list: !!js/function, !secret, !!binary, !!timestamp, !!omap",
    args: validate("r-custom-tags.yaml"),
    exit: 1,
    at: ["2:5 error yaml-tag", "3:8 error yaml-tag", "4:7 error yaml-tag", "5:7 error yaml-tag", "6:7 error yaml-tag"],
  },
  {
    id: "r-custom-tag-map",
    what: "custom tags on mappings: `--- !evil` on the whole document and `!!set` on a flow mapping",
    args: validate("r-custom-tag-map.yaml"),
    exit: 1,
    at: ["1:5 error yaml-tag", "6:10 error yaml-tag"],
  },
  { id: "r-alias-bomb", what: "a billion-laughs alias bomb", args: validate("r-alias-bomb.yaml"), exit: 1, at: ["1:1 error alias-limit"] },
  {
    id: "r-undefined-alias",
    what: "an alias (*nowhere) with no anchor",
    args: validate("r-undefined-alias.yaml"),
    exit: 1,
    at: ["2:5 error yaml-syntax"],
  },
  {
    id: "r-alias-key",
    what: "an alias used as a key, pointing at the text __proto__",
    args: validate("r-alias-key.yaml"),
    exit: 1,
    at: ["3:1 error yaml-syntax"],
  },
  {
    id: "r-complex-key",
    what: "a list and a mapping used as keys",
    args: validate("r-complex-key.yaml"),
    exit: 1,
    at: ["2:3 error yaml-syntax", "4:1 error yaml-syntax"],
  },
  {
    id: "r-long-key",
    what: "an implicit key of 20,000 characters",
    args: validate("r-long-key.yaml"),
    exit: 1,
    at: ["7:1 error yaml-syntax"],
  },
  {
    id: "r-unterminated",
    what: "a file cut off inside a quoted string in a flow mapping",
    args: validate("r-unterminated.yaml"),
    exit: 1,
    at: ["48:21 error yaml-syntax"],
  },
  {
    id: "r-duplicate-keys",
    what: "duplicate keys at the top and in a nested mapping",
    args: validate("r-duplicate-keys.yaml"),
    exit: 1,
    at: ["9:1 error duplicate-key", "16:3 error duplicate-key"],
  },
  {
    id: "r-forbidden-keys",
    what: "__proto__, constructor and prototype keys, plain, quoted and inside a list",
    args: validate("r-forbidden-keys.yaml"),
    exit: 1,
    at: [
      "2:1 error forbidden-key",
      "4:3 error forbidden-key",
      "5:3 error forbidden-key",
      "6:1 error duplicate-key",
      "6:1 error forbidden-key",
      "7:12 error forbidden-key",
    ],
  },
  {
    id: "r-merge-key",
    what: "a `<<` merge key next to a __proto__ key",
    args: validate("r-merge-key.yaml"),
    exit: 1,
    at: ["5:3 error forbidden-key"],
  },
  {
    id: "r-numbers",
    what: "-.inf, .inf, .nan, 1e400, -1e400, 9007199254740993 and 0x20000000000001 (2^53 + 1); 9007199254740991 is fine",
    args: validate("r-numbers.yaml"),
    exit: 1,
    at: [
      "3:8 error bad-number",
      "4:8 error bad-number",
      "5:9 error bad-number",
      "6:7 error bad-number",
      "7:6 error bad-number",
      "8:5 error bad-number",
      "10:6 error bad-number",
    ],
  },
  {
    id: "r-huge-scale",
    what: "a scale maximum of 99999999999999999999 in a valid rubric",
    args: validate("r-huge-scale.yaml"),
    exit: 1,
    at: ["15:8 error bad-number"],
  },
  // ---------------------------------------------------------------- rubric files: nesting
  { id: "r-deep-flow", what: "3,000 nested flow lists", args: validate("r-deep-flow.yaml"), exit: 1, at: ["2:68 error too-deep"] },
  {
    id: "r-deep-flow-maps",
    what: "500 nested flow mappings",
    args: validate("r-deep-flow-maps.yaml"),
    exit: 1,
    at: ["1:257 error too-deep"],
  },
  {
    id: "r-deep-block",
    what: "200 nested block mappings, one column deeper each",
    args: validate("r-deep-block.yaml"),
    exit: 1,
    at: ["65:65 error too-deep"],
  },
  { id: "r-deep-dashes", what: "1,000 `- ` on one line", args: validate("r-deep-dashes.yaml"), exit: 1, at: ["3:129 error too-deep"] },
  // ---------------------------------------------------------------- rubric files: texts and ids
  {
    id: "r-control-chars",
    what: "raw BEL, ESC, DEL and vertical tab in texts are kept as text; the file's real problems are reported",
    args: validate("r-control-chars.yaml"),
    exit: 1,
    at: [
      "1:1 error missing-field",
      "1:1 error missing-field",
      "1:1 error missing-field",
      "1:1 error missing-field",
      "1:1 error missing-field",
      "1:1 error missing-field",
      "4:1 error unknown-key",
    ],
  },
  {
    id: "r-escaped-controls",
    what: "\\0, a lone surrogate \\uD800 and an ANSI escape written as escapes in a title: accepted",
    args: validate("r-escaped-controls.yaml"),
    exit: 0,
    at: [],
  },
  {
    id: "r-emoji-column",
    what: "a finding after two emoji on its line is located in characters, as an encoding finding is",
    args: validate("r-emoji-column.yaml"),
    exit: 1,
    at: ["3:13 error yaml-tag"],
  },
  {
    id: "r-message-escapes",
    what: "an id with a newline and a version holding terminal escape sequences (written as YAML escapes)",
    args: validate("r-message-escapes.yaml"),
    exit: 1,
    at: ["7:5 error invalid-value", "8:10 error invalid-value"],
    also: (run) => expect(run.stdout, "no raw ESC or BEL from the file reaches the terminal").not.toMatch(/[\x07\x1b]/),
  },
  {
    id: "r-reserved-dimension-id",
    what: "a dimension with the id `constructor` that no profile gives a target",
    args: validate("r-reserved-dimension-id.yaml"),
    exit: 1,
    at: "some-error",
  },
  {
    id: "r-reserved-item-id",
    what: "an item with the id `constructor` (an answers file could never name it: forbidden-key)",
    args: validate("r-reserved-item-id.yaml"),
    exit: 1,
    at: "some-error",
  },
  // ---------------------------------------------------------------- answers files
  {
    id: "a-bom-crlf",
    what: "the example answers with a BOM and CRLF line endings are accepted",
    args: assess("a-bom-crlf.yaml"),
    exit: 0,
    at: [],
  },
  { id: "a-json", what: "the example answers as JSON are accepted", args: assess("a-json.json"), exit: 0, at: [] },
  {
    id: "a-json-trailing-comma",
    what: "JSON with trailing commas is valid YAML flow style: accepted",
    args: assess("a-json-trailing-comma.json"),
    exit: 0,
    at: [],
  },
  {
    id: "a-all-null",
    what: 'every answer null ("don\'t know"): accepted, nothing answered',
    args: assess("a-all-null.yaml"),
    exit: 0,
    at: [],
  },
  {
    id: "a-other-version",
    what: "answers made for another version of the rubric: a warning, exit 0",
    args: assess("a-other-version.yaml"),
    exit: 0,
    at: ["6:46 warning rubric-version"],
  },
  {
    id: "a-level-out-of-range",
    what: "levels 5, -1 and 99999 on a 0..4 scale",
    args: assess("a-level-out-of-range.yaml"),
    exit: 2,
    at: ["4:17 error level-out-of-scale", "5:23 error level-out-of-scale", "6:20 error level-out-of-scale"],
    also: (run) => expect(run.stderr).toContain('answer for "ai-workflows" must be an integer 0..4'),
  },
  {
    id: "a-non-integer",
    what: "levels 2.5 and { level: 1.5 } (1e0 is the integer 1: accepted)",
    args: assess("a-non-integer.yaml"),
    exit: 2,
    at: ["4:17 error invalid-type", "5:32 error invalid-type"],
  },
  {
    id: "a-string-level",
    what: 'levels "2", two, { level: "3" }, true, [] and {}: nothing is coerced',
    args: assess("a-string-level.yaml"),
    exit: 2,
    at: [
      "4:17 error invalid-type",
      "5:23 error invalid-type",
      "6:29 error invalid-type",
      "7:16 error invalid-type",
      "8:17 error invalid-type",
      "9:19 error missing-field",
    ],
  },
  {
    id: "a-entry-extra-key",
    what: "answer entries { level: 2, notes: … } (typo), { note: … } (no level) and { level: 2, note: 7 }",
    args: assess("a-entry-extra-key.yaml"),
    exit: 2,
    at: ["4:29 error unknown-key", "5:23 error missing-field", "6:38 error invalid-type"],
  },
  {
    id: "a-unknown-item",
    what: "answers for unknown items ai-workflow (a typo) and Ai-Personalisation",
    args: assess("a-unknown-item.yaml"),
    exit: 2,
    at: ["5:3 error unknown-item", "6:3 error unknown-item"],
    also: (run) =>
      expect(
        run.stderr.split("\n").find((l) => l.includes('"ai-workflow"')),
        "docs/answers-format.md: the error names the allowed values",
      ).toMatch(/"?ai-workflows\b/),
  },
  {
    id: "a-other-rubric",
    what: "answers made for another rubric (my-rubric)",
    args: assess("a-other-rubric.yaml"),
    exit: 2,
    at: ["2:15 error rubric-mismatch"],
  },
  { id: "a-unknown-profile", what: "profile: ceo", args: assess("a-unknown-profile.yaml"), exit: 2, at: ["3:10 error unknown-profile"] },
  {
    id: "a-unknown-top-key",
    what: "an unknown top-level key (respondant)",
    args: assess("a-unknown-top-key.yaml"),
    exit: 2,
    at: ["3:1 error unknown-key"],
  },
  { id: "a-missing-answers", what: "no `answers` key", args: assess("a-missing-answers.yaml"), exit: 2, at: ["1:1 error missing-field"] },
  { id: "a-missing-rubric", what: "no `rubric` key", args: assess("a-missing-rubric.yaml"), exit: 2, at: ["1:1 error missing-field"] },
  {
    id: "a-answers-null",
    what: "`answers:` with nothing after it",
    args: assess("a-answers-null.yaml"),
    exit: 2,
    at: ["3:1 error invalid-type"],
  },
  { id: "a-answers-list", what: "`answers` as a list", args: assess("a-answers-list.yaml"), exit: 2, at: ["4:3 error invalid-type"] },
  { id: "a-gapcheck-2", what: "gapcheck: 2", args: assess("a-gapcheck-2.yaml"), exit: 2, at: ["4:11 error invalid-value"] },
  {
    id: "a-gapcheck-string",
    what: 'gapcheck: "1" (a string, not coerced)',
    args: assess("a-gapcheck-string.yaml"),
    exit: 2,
    at: ["4:11 error invalid-value"],
  },
  {
    id: "a-version-number",
    what: "rubric version 2026.1 written as a number",
    args: assess("a-version-number.yaml"),
    exit: 2,
    at: ["2:46 error invalid-type"],
  },
  {
    id: "a-duplicate-item",
    what: "the same item answered twice",
    args: assess("a-duplicate-item.yaml"),
    exit: 2,
    at: ["6:3 error duplicate-key"],
  },
  {
    id: "a-forbidden-keys",
    what: "__proto__ and constructor as item ids, prototype inside an entry",
    args: assess("a-forbidden-keys.yaml"),
    exit: 2,
    at: ["4:3 error forbidden-key", "5:3 error forbidden-key", "6:29 error forbidden-key"],
  },
  {
    id: "a-numbers",
    what: "levels .inf, .nan, 1e400 and 9007199254740993",
    args: assess("a-numbers.yaml"),
    exit: 2,
    at: ["4:17 error bad-number", "5:14 error bad-number", "6:15 error bad-number", "7:16 error bad-number"],
  },
  { id: "a-deep", what: "a level nested 100 lists deep", args: assess("a-deep.yaml"), exit: 2, at: ["4:87 error too-deep"] },
  {
    id: "a-custom-tag-map",
    what: "`answers: !custom` (a custom tag on a mapping)",
    args: assess("a-custom-tag-map.yaml"),
    exit: 2,
    at: ["9:10 error yaml-tag"],
  },
  {
    id: "a-syntax-line-shift",
    what: "JSON with a lost opening line: the syntax errors after it are on lines 5 to 8",
    args: assess("a-syntax-line-shift.json"),
    exit: 2,
    at: ["1:1 error yaml-syntax", "5:4 error yaml-syntax", "6:14 error yaml-syntax", "7:1 error yaml-syntax", "8:1 error yaml-syntax"],
  },
  { id: "a-empty", what: "an empty answers file", args: assess("a-empty.yaml"), exit: 2, at: ["1:1 error empty-file"] },
  { id: "a-list-top", what: "a list at the top", args: assess("a-list-top.yaml"), exit: 2, at: ["1:1 error invalid-type"] },
  {
    id: "a-invalid-utf8",
    what: "a Latin-1 ö in the respondent's name",
    args: assess("a-invalid-utf8.yaml"),
    exit: 2,
    at: ["3:22 error encoding"],
  },
  {
    id: "a-stdin-invalid-utf8",
    what: "the same file on stdin (--answers -)",
    args: ["assess", "--answers", "-", "--json"],
    stdin: { bytes: () => bytesOf(file("a-invalid-utf8.yaml")), label: file("a-invalid-utf8.yaml") },
    files: () => ["<stdin>"],
    exit: 2,
    at: ["3:22 error encoding"],
  },
  {
    id: "a-stdin-empty",
    what: "an empty stdin",
    args: ["assess", "--answers", "-", "--json"],
    stdin: { bytes: () => Buffer.alloc(0), label: "/dev/null" },
    files: () => ["<stdin>"],
    exit: 2,
    at: ["1:1 error empty-file"],
  },
  {
    id: "a-stdin-too-large",
    what: "4 MiB + 1 byte on stdin",
    args: ["assess", "--answers", "-", "--json"],
    stdin: { bytes: () => Buffer.alloc(MIB4 + 1, 0x20), label: "(4 MiB + 1 spaces)" },
    files: () => ["<stdin>"],
    exit: 2,
    at: ["1:1 error file-too-large"],
  },
  {
    id: "a-too-large",
    what: "an answers file of 4 MiB + 1 byte",
    args: () => ["assess", "--answers", tmp("big-answers.yaml"), "--json"],
    files: () => [tmp("big-answers.yaml")],
    exit: 2,
    at: ["1:1 error file-too-large"],
  },
  {
    id: "a-directory",
    what: "a directory as the answers file",
    args: ["assess", "--answers", DIR, "--json"],
    files: () => [DIR],
    exit: 2,
    at: ["1:1 error file-unreadable"],
  },
  {
    id: "a-missing",
    what: "an answers file that does not exist",
    args: assess("no-such-file.yaml"),
    exit: 2,
    at: ["1:1 error file-unreadable"],
  },
  {
    id: "a-reserved-dimension-id",
    what: "valid answers scored with the rubric r-reserved-dimension-id (assess refuses an invalid rubric with exit 2)",
    args: ["assess", "--rubric", file("r-reserved-dimension-id.yaml"), "--answers", file("a-reserved-dimension-id.yaml"), "--json"],
    files: () => [file("r-reserved-dimension-id.yaml")],
    exit: 2,
    at: "some-error",
    also: (run) => {
      if (run.status === 0) expect(JSON.parse(run.stdout).summary.gapIndex, "a complete set of answers gives a gap index").not.toBeNull();
    },
  },
  {
    id: "a-tiny-weights",
    what: "weights so tiny (1e-200) that their product would underflow to 0: refused, weights are 0.001..1000",
    args: ["assess", "--rubric", file("r-tiny-weights.yaml"), "--answers", file("a-tiny-weights.yaml"), "--json"],
    files: () => [file("r-tiny-weights.yaml"), file("a-tiny-weights.yaml")],
    exit: 2,
    at: "some-error",
  },
  // ---------------------------------------------------------------- --out naming an input
  {
    id: "out-is-answers",
    what: "--out names the answers file: exit 2, the file unchanged byte for byte",
    args: () => ["assess", "--answers", tmp("out/answers.yaml"), "--json", "--out", tmp("out/answers.yaml")],
    exit: 2,
    at: [],
    plain: /^gapcheck: --out: .+ is one of the input files; choose another file$/,
    prepare: () => resetFolder("out"),
    also: () => expectUntouched("out"),
  },
  {
    id: "out-is-answers-dotted",
    what: "--out names the answers file by another spelling (dir/../dir/./answers.yaml)",
    args: () => ["assess", "--answers", tmp("out/answers.yaml"), "--json", "--out", `${TMP}/out/../out/./answers.yaml`],
    exit: 2,
    at: [],
    plain: /is one of the input files/,
    prepare: () => resetFolder("out"),
    also: () => expectUntouched("out"),
  },
  {
    id: "out-is-answers-symlink",
    what: "--out names the answers file through a symbolic link",
    args: () => ["assess", "--answers", tmp("out/link.yaml"), "--json", "--out", tmp("out/answers.yaml")],
    exit: 2,
    at: [],
    plain: /is one of the input files/,
    prepare: () => resetFolder("out"),
    also: () => expectUntouched("out"),
  },
  {
    id: "out-is-rubric",
    what: "--out names the rubric file (--rubric)",
    args: () => [
      "assess",
      "--rubric",
      tmp("out/rubric.yaml"),
      "--answers",
      tmp("out/answers.yaml"),
      "--json",
      "--out",
      tmp("out/rubric.yaml"),
    ],
    exit: 2,
    at: [],
    plain: /is one of the input files/,
    prepare: () => resetFolder("out"),
    also: () => expectUntouched("out"),
  },
  {
    id: "out-is-answers-hardlink",
    what: "--out names a hard link of the answers file (the same file under another name)",
    args: () => ["assess", "--answers", tmp("hard/answers.yaml"), "--json", "--out", tmp("hard/other-name.yaml")],
    exit: 2,
    at: [],
    plain: /is one of the input files/,
    prepare: () => resetFolder("hard"),
    also: () => expectUntouched("hard"),
  },
];

/** Files each $TMP folder holds before its cases run, to check that nothing changed them. */
const setUp: Record<string, Record<string, Buffer>> = {};

function expectUntouched(folder: string) {
  const dir = tmp(folder);
  const names = readdirSync(dir).sort();
  expect(names, "no temporary file left behind, nothing added").toEqual(Object.keys(setUp[folder]!).sort());
  for (const [name, bytes] of Object.entries(setUp[folder]!))
    expect(readFileSync(join(dir, name)).equals(bytes), `${folder}/${name} is unchanged`).toBe(true);
}

/** Makes a $TMP folder hold exactly its files as set up: a case that wrongly wrote there cannot spoil the next. */
function resetFolder(folder: string) {
  const dir = tmp(folder);
  for (const name of readdirSync(dir)) rmSync(join(dir, name), { recursive: true });
  const files = setUp[folder]!;
  for (const [name, bytes] of Object.entries(files))
    if (name !== "link.yaml" && name !== "other-name.yaml") writeFileSync(join(dir, name), bytes);
  if ("link.yaml" in files) symlinkSync(join(dir, "answers.yaml"), join(dir, "link.yaml"));
  if ("other-name.yaml" in files) linkSync(join(dir, "answers.yaml"), join(dir, "other-name.yaml"));
}

beforeAll(() => {
  TMP = mkdtempSync(join(tmpdir(), "gapcheck-hostile-"));
  writeFileSync(tmp("big.yaml"), Buffer.alloc(MIB4 + 1, 0x20));
  writeFileSync(tmp("big-answers.yaml"), `# ${"x".repeat(MIB4)}\n`);
  const starter = readFileSync(join(root, "templates/starter.yaml"));
  const pad = MIB4 - starter.length - 3; // "# " + pad + "\n"
  writeFileSync(tmp("edge.yaml"), Buffer.concat([starter, Buffer.from(`# ${"x".repeat(pad)}\n`)]));
  expect(statSync(tmp("edge.yaml")).size).toBe(MIB4);

  const answers = bytesOf(EXAMPLE);
  const rubric = bytesOf(RUBRIC);
  setUp.out = { "answers.yaml": answers, "rubric.yaml": rubric, "link.yaml": answers };
  setUp.hard = { "answers.yaml": answers, "other-name.yaml": answers };
  for (const folder of ["out", "hard"]) {
    mkdirSync(tmp(folder));
    resetFolder(folder);
  }
});

// ------------------------------------------------------------------ running and describing a case

interface Outcome extends Run {
  ms: number;
  signal: NodeJS.Signals | null;
}

/** Runs the case in-process (helpers/main.ts): the same streams, environment and exit code as the binary. */
async function runCase(c: Case): Promise<Outcome> {
  const started = performance.now();
  const r = await runInProcess(argsOf(c), { input: c.stdin ? c.stdin.bytes() : "" });
  return { ...r, signal: null, ms: performance.now() - started };
}

const mask = (s: string) => (TMP ? s.split(TMP).join("$TMP") : s);
const outLines = (s: string) => (s === "" ? [] : s.replace(/\n$/, "").split("\n"));

/** A result on stdout in one line: the golden file checks what matters without 600 lines of JSON. */
function summariseJson(stdout: string): string {
  const r = JSON.parse(stdout);
  return (
    `JSON result: rubric ${r.rubric.id} ${r.rubric.version}, ` +
    `profile ${r.profile.id}, ${r.summary.answered} of ${r.summary.items} answered, ` +
    `maturityIndex ${r.summary.maturityIndex}, gapIndex ${r.summary.gapIndex},` +
    ` ${r.priorities.length} priorities`
  );
}

function describeRun(c: Case, run: Outcome): string {
  const args = argsOf(c);
  const lines = [`## ${c.id} — ${c.what}`];
  if (c.bug) lines.push(`! known bug: ${c.bug}`);
  lines.push(mask(`$ gapcheck ${args.join(" ")}${c.stdin ? ` < ${c.stdin.label}` : ""}`));
  lines.push(run.signal ? `exit killed (${run.signal}) after ${HANG_MS} ms` : `exit ${run.status}`);
  const isJson = args.includes("--json") && run.status === 0 && run.stdout.trim().startsWith("{");
  if (isJson) lines.push(`1> ${summariseJson(run.stdout)}`);
  else for (const l of outLines(run.stdout)) lines.push(mask(`1> ${l}`));
  for (const l of outLines(run.stderr)) lines.push(mask(`2> ${l}`));
  // Keep control characters out of the golden file: show them as escapes.
  return `${lines.join("\n").replace(/[\x00-\x08\x0b-\x1f\x7f]/g, (ch) => `\\x${ch.charCodeAt(0).toString(16).padStart(2, "0")}`)}\n`;
}

const HEADER = `# gapcheck hostile-input catalogue (test/rubric/hostile-input.test.ts). Rewrite with UPDATE_GOLDENS=1 and review.
# Per case: the command, its exit code, stdout lines (1>) and stderr lines (2>). $TMP is a fresh
# temporary folder; a JSON result on stdout is summarised in one line. "! known bug" marks output
# that is wrong today: the case's own expectations in the test state what is right.
`;

function readGolden(): Map<string, string> {
  const blocks = new Map<string, string>();
  if (!existsSync(GOLDEN)) return blocks;
  const text = readFileSync(GOLDEN, "utf8");
  for (const part of text.split(/\n(?=## )/).slice(1)) {
    const id = part.slice(3).split(" ")[0]!;
    blocks.set(id, part.endsWith("\n") ? part : `${part}\n`);
  }
  return blocks;
}

// ------------------------------------------------------------------ what every line must look like

const LOCATED = /^(.+?):(\d+):(\d+) (error|warning) ([a-z0-9-]+) (.+)$/;
const SUMMARY = /^\d+ files? checked: \d+ errors?, \d+ warnings?$/;

/** Lines of a file as gapcheck counts them (BOM dropped, bad bytes as one character each). */
function fileLines(name: string, c: Case): string[] | undefined {
  let bytes: Buffer | undefined;
  if (name === "<stdin>") bytes = c.stdin?.bytes();
  else {
    const path = name.startsWith("/") ? name : join(root, name);
    if (existsSync(path) && statSync(path).isFile()) bytes = readFileSync(path);
  }
  if (bytes === undefined) return undefined;
  return new TextDecoder("utf-8").decode(bytes).split(/\r?\n/);
}

function checkLines(c: Case, run: Outcome) {
  const args = argsOf(c);
  const files = c.files ? c.files() : [args.filter((a) => !a.startsWith("-")).at(-1)!];
  const located: string[] = [];
  const jsonOut = args.includes("--json") && run.status === 0;
  if (!jsonOut) expect(run.stdout.trim() === "" || args[0] === "validate", "assess prints nothing on stdout when it fails").toBe(true);
  const lines = [...(jsonOut ? [] : outLines(run.stdout)), ...outLines(run.stderr)];
  let plainSeen = false;
  for (const line of lines) {
    const m = LOCATED.exec(line);
    if (m) {
      const [, name, l, col, severity, rule, message] = m;
      expect(files, `${line}\nnames the input file`).toContain(name);
      expect(RULE_IDS, `${line}\nhas a known rule id`).toContain(rule);
      expect(severity, `${line}\nhas the rule's severity`).toBe(RULE_DOCS[rule as RuleId][0]);
      expect(message!.trim(), line).not.toBe("");
      const lineNo = Number(l);
      const colNo = Number(col);
      expect(lineNo, line).toBeGreaterThanOrEqual(1);
      expect(colNo, line).toBeGreaterThanOrEqual(1);
      const text = fileLines(name!, c);
      if (text && !(rule === "file-too-large" || rule === "file-unreadable")) {
        expect(lineNo, `${line}\nline within the file`).toBeLessThanOrEqual(text.length);
        expect(colNo, `${line}\ncolumn within the line`).toBeLessThanOrEqual([...text[lineNo - 1]!].length + 1);
      }
      located.push(`${l}:${col} ${severity} ${rule}`);
    } else if (SUMMARY.test(line) && args[0] === "validate") {
      // the summary line of validate
    } else if (c.plain?.test(line)) {
      plainSeen = true;
    } else {
      throw new Error(`unexpected line (neither located nor a summary):\n${line}`);
    }
  }
  if (c.plain) expect(plainSeen, `prints a line matching ${c.plain}`).toBe(true);
  if (c.at === "some-error") {
    expect(
      located.some((l) => / error /.test(l)),
      `some located error line:\n${lines.join("\n")}`,
    ).toBe(true);
  } else {
    expect(located.length, `located lines:\n${lines.join("\n")}`).toBe(c.at.length);
    c.at.forEach((want, i) => {
      if (typeof want === "string") expect(located[i]).toBe(want);
      else expect(located[i]).toMatch(want);
    });
  }
  if (jsonOut) {
    expect(() => JSON.parse(run.stdout), "stdout holds exactly one JSON document").not.toThrow();
    expect(JSON.parse(run.stdout)).toMatchObject({ gapcheck: 1, kind: "result" });
  }
}

// ------------------------------------------------------------------ the tests

describe("hostile and broken input (docs/rules.md#hostile-and-broken-input), end to end", () => {
  const golden = readGolden();
  const actual = new Map<string, string>();
  const before = { answers: bytesOf(EXAMPLE), rubric: bytesOf(RUBRIC) };

  it("has at least 40 cases, rubric and answers both, with unique ids", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(CASES.map((c) => c.id)).size).toBe(CASES.length);
    expect(CASES.filter((c) => c.id.startsWith("r-")).length).toBeGreaterThanOrEqual(20);
    expect(CASES.filter((c) => c.id.startsWith("a-")).length).toBeGreaterThanOrEqual(20);
    for (const name of readdirSync(join(root, DIR)).filter((f) => f !== "expected.txt")) {
      expect(
        CASES.some((c) => [...argsOf(c), c.stdin?.label ?? ""].some((a) => a.endsWith(`/${name}`))),
        `${name} is used by a case`,
      ).toBe(true);
    }
  });

  it.each(CASES.map((c) => [c.id, c] as const))("%s", { timeout: HANG_MS }, async (_id, c) => {
    c.prepare?.();
    const run = await runCase(c);
    const block = describeRun(c, run);
    actual.set(c.id, block);
    expectNoStack(run);
    if (!UPDATE) expect(block, "golden block (UPDATE_GOLDENS=1 rewrites expected.txt)").toBe(golden.get(c.id));
    expect(run.signal, `not killed (it ran ${Math.round(run.ms)} ms)`).toBeNull();
    expect(run.status, `exit code; stderr:\n${run.stderr.slice(0, 2000)}`).toBe(c.exit);
    checkLines(c, run);
    c.also?.(run);
  });

  // The in-process runs above skip what only the binary adds (the bundle, bin/gapcheck.js setting
  // the exit code, real pipes): a sample of the catalogue runs there too and must print the same.
  it.each(["r-alias-bomb", "r-control-chars", "a-stdin-invalid-utf8", "out-is-answers-symlink"])(
    "%s, through the built binary, prints the same",
    (id) => {
      const c = CASES.find((k) => k.id === id)!;
      c.prepare?.();
      const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1", LANG: "C.UTF-8" };
      for (const k of ["FORCE_COLOR", "LC_ALL", "LC_MESSAGES", "GAPCHECK_DEBUG"]) delete env[k];
      const started = performance.now();
      const r = spawnSync(process.execPath, [bin, ...argsOf(c)], {
        cwd: root,
        env,
        input: c.stdin ? c.stdin.bytes() : "",
        encoding: "utf8",
        timeout: HANG_MS,
        killSignal: "SIGKILL",
      });
      const outcome: Outcome = {
        stdout: r.stdout ?? "",
        stderr: r.stderr ?? "",
        status: r.status,
        signal: r.signal,
        ms: performance.now() - started,
      };
      expectNoStack(outcome);
      expect(describeRun(c, outcome)).toBe(golden.get(id));
      c.also?.(outcome);
    },
  );

  it("left the example answers and the bundled rubric byte-identical", () => {
    expect(bytesOf(EXAMPLE).equals(before.answers)).toBe(true);
    expect(bytesOf(RUBRIC).equals(before.rubric)).toBe(true);
  });

  afterAll(() => {
    if (!UPDATE || actual.size !== CASES.length) return;
    writeFileSync(GOLDEN, `${HEADER}\n${CASES.map((c) => actual.get(c.id)!).join("\n")}`);
  });
});
