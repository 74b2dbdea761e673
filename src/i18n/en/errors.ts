/** Reading files: I/O, YAML, schema, answers and profile files, in words a user can act on. */
export const errors = {
  io: {
    isDirectory: "is a directory, not a file",
    tooLarge: (max: number) => `file is larger than ${max / 1024 / 1024} MiB, the most gapcheck reads`,
    unreadable: (code: string) =>
      code === "ENOENT"
        ? "no such file"
        : code === "EACCES" || code === "EPERM"
          ? "permission denied"
          : `cannot read the file (${code || "unknown error"})`,
    notUtf8: (byte: number) => `not valid UTF-8 (byte 0x${byte.toString(16).padStart(2, "0")}); save the file as UTF-8`,
    notRegular: (kind: string) =>
      "is " +
      (kind === "fifo" ? "a named pipe (FIFO)" : kind === "socket" ? "a socket" : kind === "device" ? "a device" : "not a regular file") +
      "; gapcheck reads only regular files (use - to read stdin)",
    writeProblem: (path: string, code: string) => writeProblem(path, code),
    emptyPath: (flag: string) => `${flag}: the file name is empty; give the file to write`,
  },
  yaml: {
    emptyFile: "the file is empty; expected a YAML mapping",
    tooDeep: (max: number) => `nesting is deeper than ${max} levels`,
    multipleDocuments: "more than one YAML document (---); put everything in one document",
    syntax: (detail: string) => `YAML syntax error: ${detail}`,
    /** yaml's error codes in words; others fall back to the parser's own (English) text. */
    codes: {
      BAD_DQ_ESCAPE: "invalid escape sequence in a double-quoted text",
      BLOCK_IN_FLOW: "a block list or mapping cannot stand inside brackets or braces",
      MULTIPLE_ANCHORS: "a value can have only one anchor",
      MULTIPLE_TAGS: "a value can have only one tag",
      BAD_PROP_ORDER: "anchors and tags must come before the value",
      ALIAS_PROPS: "an alias cannot have an anchor or a tag",
      TAB_AS_INDENT: "tabs are not allowed for indentation; use spaces",
      BAD_INDENT: "wrong indentation",
      MISSING_CHAR: "a closing bracket, brace or quote is missing",
      BLOCK_AS_IMPLICIT_KEY: "a block value cannot be a key; is a colon or indentation wrong?",
      UNEXPECTED_TOKEN: "unexpected character",
      BAD_SCALAR_START: "a plain value cannot start with this character; put it in quotes",
      MULTILINE_IMPLICIT_KEY: "a key cannot span several lines",
      BAD_DIRECTIVE: "unknown directive",
      IMPOSSIBLE: "the document cannot be read",
      KEY_OVER_1024_CHARS: "a key is longer than 1024 characters",
      UNEXPECTED_FLOW_END: "unexpected closing bracket or brace",
      MISSING_ANCHOR: "an alias refers to an anchor that does not exist",
    } as Record<string, string>,
    directive: (version: string) => `%YAML ${version} directive is not supported; gapcheck reads YAML 1.2 (remove the directive)`,
    jsonComment: "comments (// or /* */) are not allowed in JSON; remove them, or write the file as YAML with # comments",
    complexKey: "keys must be plain text",
    forbiddenKey: (key: string) => `key "${key}" is not allowed`,
    duplicateKey: (key: string, line: number, col: number) => `key "${key}" is already used at ${line}:${col}`,
    customTag: (tag: string) => `tag ${tag} is not allowed; write plain values`,
    nonFinite: (src: string) => `${src} is not a finite number`,
    unsafeInteger: (src: string) => `${src} is too large to be an exact integer`,
    aliasLimit: "too many alias expansions (an alias bomb?); write the values out instead",
  },
  schema: {
    topLevel: (got: string) => `the file must hold a mapping of keys at the top, got ${got}`,
    missingField: (field: string) => `missing required field "${field}"`,
    unknownKey: (key: string, allowed: string[]) => `unknown key "${key}"; allowed here: ${allowed.join(", ")}`,
    unknownKeyNoHint: (key: string) => `unknown key "${key}"`,
    expected: (what: string, got: string) => `expected ${what}, got ${got}`,
    tooSmall: (min: number | bigint, inclusive: boolean, unit: string) =>
      unit === "number" ? `must be ${inclusive ? "at least" : "greater than"} ${min}` : `must have at least ${min} ${unit}`,
    tooBig: (max: number | bigint, inclusive: boolean, unit: string) =>
      unit === "number" ? `must be ${inclusive ? "at most" : "less than"} ${max}` : `must have at most ${max} ${unit}`,
    pattern: (what: string) => `must be ${what}`,
    oneOf: (key: string, values: string[], got: string) => `"${key}" must be ${values.join(" or ")}, got ${got}`,
    invalid: "has an invalid value",
    types: {
      string: "text",
      number: "a number",
      integer: "an integer",
      boolean: "true or false",
      object: "a mapping",
      array: "a list",
      null: "null",
      missing: "nothing",
    } as Record<string, string>,
    /** Descriptions used in custom schema errors, keyed by the code the schema carries. */
    custom: {
      id: "an id of lowercase letters, digits and hyphens (e.g. ai-workflows; not constructor or prototype)",
      locale: "a locale code such as en, sv or nb",
      semver: "a version such as 2026.1.0",
      text: "a text, or a map from locale to text (e.g. { en: ..., sv: ... })",
      answer: 'a level (an integer), null for "don\'t know", na for not applicable, or { level, note }',
      levelKey: "an integer level",
      range: "a range [low, high]",
    } as Record<string, string>,
    itemsUnit: "entries",
    charsUnit: "characters",
  },
  profileFile: {
    otherRubric: (got: string, expected: string) =>
      `this client profile is for rubric "${got}", not "${expected}"; use the rubric it was made for (--rubric)`,
    otherVersion: (got: string, expected: string) =>
      `this client profile was made for version ${got} of the rubric, this is ${expected}; its ids are checked against this version`,
    sameIdAsRubric: (id: string) => `"${id}" is already a profile of the rubric; give the client profile an id of its own`,
    invalid: (file: string, count: number) => `${file}: ${count} problem${count === 1 ? "" : "s"} in the client profile`,
  },
  answers: {
    otherRubric: (got: string, expected: string) =>
      `answers are for rubric "${got}", not "${expected}"; use the rubric they were made for (--rubric)`,
    otherVersion: (got: string, expected: string) =>
      `answers were made for version ${got} of the rubric, this is ${expected}; scoring them anyway`,
    unknownItem: (id: string) => `no item "${id}" in this rubric`,
    badLevel: (id: string, min: number, max: number) =>
      `answer for "${id}" must be an integer ${min}..${max}, null for "don't know", or na for not applicable`,
  },
};

/** Why a file could not be written, in words (never a bare ENOENT). */
function writeProblem(path: string, code: string): string {
  if (path === "") return "the file name is empty; give the file to write";
  const folder = path.includes("/") ? path.slice(0, path.lastIndexOf("/")) || "/" : ".";
  const why: Record<string, string> = {
    ENOENT: `the folder ${folder} does not exist; create it first, or choose another place`,
    ENOTDIR: `part of the path ${folder} is a file, not a folder`,
    ENOCREATE: `files cannot be created in the folder ${folder}`,
    EISDIR: "it is a folder; give a file name",
    EROFS: "the file system is read-only",
    EACCES: "permission denied",
    EREADONLY: "the file is read-only; gapcheck does not replace a file its owner protected (make it writable, or choose another file)",
    EPERM: "permission denied",
    ENOSPC: "the disk is full",
    EDQUOT: "the disk quota is used up",
    EFBIG: "the file would exceed the file size limit (ulimit -f)",
    ELOOP: "too many symbolic links",
    ENAMETOOLONG: "the file name is too long",
  };
  return `cannot write ${path}: ${why[code] ?? `unexpected error (${code || "unknown"})`}`;
}
