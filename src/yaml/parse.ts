import {
  Composer,
  Lexer,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  Parser,
  type Scalar,
  YAMLParseError,
  type Document,
  type Node as YamlNode,
  type Pair,
  type YAMLMap,
} from "yaml";
import { hasErrors, sortFindings, visible, type Finding, type Severity } from "../findings.js";
import type { Messages } from "../i18n/messages.js";
import type { Source } from "../io/read.js";
import { nestingCheck } from "./depth.js";
import { layoutMistakes, type LayoutMistake } from "./layout.js";
import type { Locator, PathKey, Position } from "./locator.js";
import { cutIntoPieces } from "./pieces.js";

export const MAX_DEPTH = 64;
const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);
const CORE_TAG = /^tag:yaml\.org,2002:(str|int|float|bool|null|seq|map)$/;

export interface ParsedYaml {
  /** undefined when the file could not be read as one YAML document. */
  data: unknown;
  locate: Locator;
  findings: Finding[];
}

/** Files up to this many characters keep their document for the locator; larger ones re-compose it on demand. */
const KEEP_DOCUMENT_BELOW = 256 * 1024;
/** About this many characters of a large file are parsed at a time (pieces.ts). */
const PIECE_SIZE = 64 * 1024;

export interface ParseOptions {
  /** Files of this many characters or more are parsed in pieces when their shape allows (256 KB). */
  piecesFrom?: number;
  /** About how many characters a piece holds (64 KB). */
  pieceSize?: number;
}

/**
 * Parses one YAML (or JSON) document with every check of docs/rules.md#hostile-and-broken-input, keeping source positions.
 * Never throws for bad input: every problem becomes a located finding. A large file is parsed in
 * pieces when its shape allows, which gives the same data with a fraction of the memory (docs/performance.md);
 * the options exist for the tests, which cut small files to compare both ways.
 */
export function parseYaml(source: Source, t: Messages, options: ParseOptions = {}): ParsedYaml {
  const { piecesFrom = KEEP_DOCUMENT_BELOW, pieceSize = PIECE_SIZE } = options;
  if (source.text.length >= piecesFrom) {
    const pieces = parseInPieces(source, t, pieceSize);
    if (pieces) return { data: pieces.data, locate: lazyLocator(source.text, positionsIn(source.text)), findings: [] };
  }
  return parseWhole(source, t, MAX_DEPTH);
}

/**
 * The data of a file parsed piece by piece, or undefined when it cannot be cut or a piece has any
 * finding: then the whole file is parsed, and its findings (with their positions) are the ones reported.
 * A piece of sequence items is one level less deep than in the file, hence its lower depth limit.
 */
function parseInPieces(source: Source, t: Messages, pieceSize: number): { data: Record<string, unknown> } | undefined {
  const pieces = cutIntoPieces(source.text, pieceSize);
  if (!pieces) return undefined;
  const data: Record<string, unknown> = {};
  const lists = new Map<string, unknown[]>();
  for (const piece of pieces) {
    const parsed = parseWhole({ ...source, text: piece.text }, t, MAX_DEPTH - 1);
    if (parsed.findings.length > 0) return undefined;
    if (piece.kind === "keys") {
      const value = parsed.data;
      if (value === null || typeof value !== "object" || Array.isArray(value)) return undefined;
      const entries = Object.entries(value);
      if (entries.length !== piece.keys.length || entries.some(([k], i) => k !== piece.keys[i])) return undefined;
      for (const [k, v] of entries) data[k] = v;
    } else {
      if (!Array.isArray(parsed.data)) return undefined;
      let list = lists.get(piece.key);
      if (!list) {
        list = [];
        lists.set(piece.key, list);
        data[piece.key] = list;
      }
      for (const item of parsed.data) list.push(item);
    }
  }
  return { data };
}

function parseWhole(source: Source, t: Messages, maxDepth: number): ParsedYaml {
  const findings: Finding[] = [];
  const posAt = positionsIn(source.text);
  const add = (rule: string, message: string, pos: Position, path: PathKey[] = [], severity: Severity = "error") =>
    findings.push({ file: source.name, line: pos.line, col: pos.col, severity, rule, message: visible(message), path });
  const noLocator: Locator = () => ({ line: 1, col: 1 });

  if (source.text.trim() === "") {
    add("empty-file", t.yaml.emptyFile, { line: 1, col: 1 });
    return { data: undefined, locate: noLocator, findings };
  }
  const composed = composeDocument(source.text, maxDepth);
  if (composed.deepAt !== undefined) {
    add("too-deep", t.yaml.tooDeep(MAX_DEPTH), posAt(composed.deepAt));
    return { data: undefined, locate: noLocator, findings };
  }
  const doc = composed.doc;
  const linesWithError = new Set<number>();
  // The parser notices an indentation slip or an unclosed bracket lines later and reports its
  // follow-on errors too: where the layout scan finds the real mistake, report that instead, and
  // keep only the parser's errors before it (they cannot be caused by it).
  const syntaxErrors = doc.errors.filter((e) => e.code !== "MULTIPLE_DOCS");
  const mistakes = syntaxErrors.length > 0 ? layoutMistakes(source.text) : [];
  const firstMistake = mistakes[0]?.line ?? Number.POSITIVE_INFINITY;
  for (const m of mistakes) {
    linesWithError.add(m.line);
    add("yaml-syntax", t.yaml.syntax(layoutMessage(m, t)), { line: m.line, col: m.col });
  }
  for (const err of doc.errors) {
    if (err.code !== "MULTIPLE_DOCS" && posAt(err.pos[0]).line >= firstMistake) continue;
    // yaml often reports follow-on errors on the line of the first one; the first says what to fix.
    const pos = posAt(err.pos[0]);
    if (linesWithError.has(pos.line)) continue;
    linesWithError.add(pos.line);
    const rule = err.code === "MULTIPLE_DOCS" ? "multiple-documents" : "yaml-syntax";
    const message =
      err.code === "MULTIPLE_DOCS" ? t.yaml.multipleDocuments : t.yaml.syntax(t.yaml.codes[err.code] ?? firstLine(err.message));
    add(rule, message, pos);
  }
  if (findings.length > 0) return { data: undefined, locate: noLocator, findings: sortFindings(findings) };

  const eager = makeLocator(doc, posAt);
  if (doc.directives?.yaml.explicit && doc.directives.yaml.version !== "1.2") {
    add("yaml-directive", t.yaml.directive(doc.directives.yaml.version), posAt(Math.max(0, source.text.indexOf("%YAML"))));
  }
  checkNodes(doc, source.text, posAt, t, add);
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) {
    add("empty-file", t.yaml.emptyFile, { line: 1, col: 1 });
  }
  if (hasErrors(findings)) return { data: undefined, locate: eager, findings };

  let data: unknown;
  try {
    data = doc.toJS(); // expands aliases up to yaml's default maxAliasCount
  } catch {
    add("alias-limit", t.yaml.aliasLimit, { line: 1, col: 1 });
    return { data: undefined, locate: eager, findings };
  }
  // A large file's document (several times the size of its data) is not kept while the data is
  // validated and scored: it is composed again only if a finding needs a position (docs/performance.md memory).
  return { data, locate: source.text.length <= KEEP_DOCUMENT_BELOW ? eager : lazyLocator(source.text, posAt), findings };
}

function lazyLocator(text: string, posAt: (offset: number) => Position): Locator {
  let locate: Locator | undefined;
  return (path, part) => {
    locate ??= makeLocator(composeDocument(text).doc, posAt);
    return locate(path, part);
  };
}

/**
 * yaml's parseDocument, spelled out so the document can be composed with uniqueKeys off (checkNodes
 * checks duplicate keys with a Set: yaml's own check is quadratic, TRAPS.md) and one document kept.
 * The nesting check (depth.ts) sees every token before the parser does, on the same lexer pass: the
 * parser never sees input nested deeper than MAX_DEPTH, which can abort Node (TRAPS.md). `deepAt`
 * is the offset where the whole text first goes too deep, even past a second document.
 */
function composeDocument(text: string, maxDepth = MAX_DEPTH): { doc: Document; deepAt?: number } {
  const parser = new Parser();
  const composer = new Composer({ uniqueKeys: false });
  const tooDeep = nestingCheck(maxDepth);
  const lexer = new Lexer().lex(text);
  let deepAt: number | undefined;
  // Explicit next() calls: leaving the compose loop early must not close the lexer, whose rest is lexed below.
  function* cst() {
    for (let r = lexer.next(); !r.done; r = lexer.next()) {
      deepAt = tooDeep(r.value);
      if (deepAt !== undefined) return;
      yield* parser.next(r.value);
    }
    yield* parser.end();
  }
  let doc: Document | undefined;
  for (const next of composer.compose(cst(), true, text.length)) {
    if (deepAt !== undefined) break;
    if (!doc) doc = next;
    else {
      doc.errors.push(new YAMLParseError([next.range[0], next.range[1]], "MULTIPLE_DOCS", "more than one document"));
      break;
    }
  }
  // After a second document the rest is only lexed: too deep anywhere in the text still says so.
  if (deepAt === undefined) {
    for (let r = lexer.next(); !r.done && deepAt === undefined; r = lexer.next()) deepAt = tooDeep(r.value);
  }
  return deepAt === undefined ? { doc: doc! } : { doc: doc!, deepAt };
}

/** The structural checks yaml itself does not make: keys, tags and numbers. */
function checkNodes(
  doc: Document,
  text: string,
  posAt: (offset: number) => Position,
  t: Messages,
  add: (rule: string, message: string, pos: Position) => void,
) {
  const at = (node: { range?: [number, number, number] | null } | null | undefined) => posAt(node?.range?.[0] ?? 0);
  // A node's range starts at its value; its tag stands before it, possibly on the line above.
  // Only a JSON-shaped document (braces or brackets at the top) can hold a would-be JSON comment.
  const jsonShaped = (isMap(doc.contents) || isSeq(doc.contents)) && doc.contents.flow === true;
  const tagAt = (node: { range?: [number, number, number] | null }) => {
    let i = text.lastIndexOf("!", node.range?.[0] ?? 0);
    while (i > 0 && text[i - 1] === "!") i--;
    return posAt(Math.max(0, i));
  };
  const checkTag = (node: YamlNode) => {
    if (node.tag && !CORE_TAG.test(node.tag))
      add("yaml-tag", t.yaml.customTag(node.tag.replace(/^tag:yaml\.org,2002:/, "!!")), tagAt(node));
  };
  const scalar = (node: Scalar) => {
    checkTag(node);
    // JSON has no comments; YAML reads `// …` inside braces as text, so say what it is.
    if (jsonShaped && node.type === "PLAIN" && typeof node.source === "string" && /^(\/\/|\/\*)/.test(node.source)) {
      add("yaml-syntax", t.yaml.jsonComment, at(node));
    }
    const v = node.value;
    if (typeof v === "number") {
      if (!Number.isFinite(v)) add("bad-number", t.yaml.nonFinite(String(node.source ?? v)), at(node));
      else if (Number.isInteger(v) && !Number.isSafeInteger(v)) add("bad-number", t.yaml.unsafeInteger(String(node.source ?? v)), at(node));
    }
    if (typeof v === "bigint") add("bad-number", t.yaml.unsafeInteger(String(v)), at(node));
  };
  const map = (node: YAMLMap) => {
    checkTag(node);
    const seen = new Map<string, YamlNode>();
    for (const pair of node.items) {
      const keyNode = pair.key as YamlNode | null;
      if (!isScalar(keyNode)) {
        add("yaml-syntax", t.yaml.complexKey, at(keyNode ?? (pair.value as YamlNode | null)));
        continue;
      }
      const key = String(keyNode.value);
      if (FORBIDDEN_KEYS.has(key)) add("forbidden-key", t.yaml.forbiddenKey(key), at(keyNode));
      const first = seen.get(key);
      if (first) {
        const p = at(first);
        add("duplicate-key", t.yaml.duplicateKey(key, p.line, p.col), at(keyNode));
      } else seen.set(key, keyNode);
    }
  };
  // The anchors met so far, in that order: an alias refers to an earlier one. (yaml's Alias.resolve
  // walks the whole document for each alias: a rubric's few aliases made that a tenth of the cold parse.)
  const anchors = new Set<string>();
  // Every node, each before its children and keys before values, as yaml's visit() goes (the order of
  // the findings), written out: visit's generic machinery was a fifth of the cold parse.
  const walk = (node: unknown): void => {
    const anchor = (node as { anchor?: string } | null)?.anchor;
    if (anchor) anchors.add(anchor);
    if (isScalar(node)) scalar(node);
    else if (isMap(node)) {
      map(node);
      for (const pair of node.items) {
        walk(pair.key);
        walk(pair.value);
      }
    } else if (isSeq(node)) {
      checkTag(node);
      for (const item of node.items) walk(item);
    } else if (isPair(node)) {
      walk(node.key);
      walk(node.value);
    } else if (isAlias(node) && !anchors.has(node.source)) {
      add("yaml-syntax", t.yaml.syntax(t.yaml.codes.MISSING_ANCHOR!), at(node));
    }
  };
  walk(doc.contents);
}

function makeLocator(doc: Document, posAt: (offset: number) => Position): Locator {
  // Each map's pairs indexed by key once: a file with thousands of findings stays linear.
  const index = new WeakMap<object, Map<string, Pair>>();
  const pairOf = (map: YAMLMap, key: string) => {
    let byKey = index.get(map);
    if (!byKey) {
      byKey = new Map();
      for (const p of map.items) if (isPair(p) && isScalar(p.key) && !byKey.has(String(p.key.value))) byKey.set(String(p.key.value), p);
      index.set(map, byKey);
    }
    return byKey.get(key);
  };
  return (path, part = "value") => {
    let node: unknown = doc.contents;
    let lastRange: [number, number, number] | null | undefined = (doc.contents as YamlNode | null)?.range;
    for (let i = 0; i < path.length; i++) {
      const seg = path[i]!;
      if (isMap(node)) {
        const pair = pairOf(node, String(seg));
        if (!pair) break;
        const keyRange = (pair.key as YamlNode).range;
        const isLast = i === path.length - 1;
        if (isLast && part === "key") return posAt(keyRange?.[0] ?? 0);
        const value = pair.value as YamlNode | null;
        // `key:` with nothing after it has no value node worth pointing at: point at the key.
        lastRange = value?.range && !(isScalar(value) && value.value === null && value.source === "") ? value.range : keyRange;
        node = value;
      } else if (isSeq(node) && typeof seg === "number") {
        const item = node.items[seg] as YamlNode | undefined;
        if (!item) break;
        lastRange = item.range ?? lastRange;
        node = item;
      } else break;
    }
    return posAt(lastRange?.[0] ?? 0);
  };
}

/**
 * Offset → 1-based line and column, the column in characters (code points), as the encoding check
 * counts them. Computed from the text itself: yaml's LineCounter can miss a line while it recovers
 * from a syntax error, which would shift every later position.
 */
export function positionsIn(text: string): (offset: number) => Position {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return (offset) => {
    const at = Math.max(0, Math.min(offset, text.length));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, col: [...text.slice(starts[lo]!, at)].length + 1 };
  };
}

function layoutMessage(m: LayoutMistake, t: Messages): string {
  switch (m.kind) {
    case "tab":
      return t.layout.tab;
    case "unclosed":
      return m.bracket === "{" || m.bracket === "["
        ? t.layout.unclosed(m.bracket, m.bracket === "{" ? "}" : "]")
        : t.layout.unclosedQuote(m.bracket);
    case "too-deep":
      return t.layout.tooDeep(m.line === 0 ? 0 : m.col - 1, m.above);
    case "misaligned":
      return t.layout.misaligned(m.spaces, m.expected);
  }
}

function firstLine(message: string): string {
  return message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
}
