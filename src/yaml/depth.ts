import { CST } from "yaml";

/**
 * Finds where nesting first goes deeper than `limit`, one token of yaml's Lexer (a flat state machine)
 * at a time: the parse feeds it each token before the parser, because the parser can abort Node
 * itself on very deep input (TRAPS.md), and stops as soon as it returns the offset of the token that
 * crossed the limit. Block depth is estimated from the columns where nodes start: a new, deeper
 * column on a new line, or content after `- `, `? ` or `: ` on the same line, opens a level. That can
 * only over-count by a level or two per nesting, which the limit of 64 leaves room for.
 * Why this is long: it is a state machine over the lexer's tokens; its state (offset, column, flow
 * depth, the stack of block columns) is shared by every case.
 */
export function nestingCheck(limit: number): (tok: string) => number | undefined {
  let offset = 0;
  let col = 0;
  let flow = 0;
  let lineStart = true;
  let afterIndicator = false;
  let scalarSourceNext = false;
  const columns: number[] = [];

  // `push` is false for a flow collection: it is counted as a flow level, not again as a block node.
  const openBlockLevel = (push = true) => {
    if (lineStart) while (columns.length > 0 && columns[columns.length - 1]! > col) columns.pop();
    if (push && (lineStart || afterIndicator) && (columns.length === 0 || columns[columns.length - 1]! < col)) columns.push(col);
    lineStart = false;
  };
  const advance = (tok: string) => {
    offset += tok.length;
    const nl = tok.lastIndexOf("\n");
    col = nl < 0 ? col + tok.length : tok.length - nl - 1;
  };

  // Tokens are told apart by their first character, as yaml's CST.tokenType does, without its chain
  // of string comparisons: this runs for every token of every file, before the parser.
  return (tok) => {
    if (scalarSourceNext) {
      scalarSourceNext = false;
      return content(tok, false);
    }
    switch (tok.charCodeAt(0)) {
      case SCALAR:
        scalarSourceNext = true;
        return undefined;
      case DOCUMENT:
      case FLOW_END:
        return undefined;
      case NEWLINE:
        return newline(tok);
      case CR:
        return tok === "\r\n" ? newline(tok) : content(tok, false);
      case SPACE:
      case TAB:
      case HASH:
      case PERCENT:
        return skip(tok);
      case COMMA:
      case BOM:
        return tok.length === 1 ? skip(tok) : content(tok, false);
      case DASH:
        return tok === "---" ? skip(tok) : content(tok, tok.length === 1);
      case DOT:
        return tok === "..." ? skip(tok) : content(tok, false);
      case QUESTION:
      case COLON:
        return content(tok, tok.length === 1);
      case BRACE_OPEN:
      case BRACKET_OPEN:
        if (tok.length !== 1) return content(tok, false);
        if (flow === 0) openBlockLevel(false);
        flow++;
        afterIndicator = false;
        return check(tok);
      case BRACE_CLOSE:
      case BRACKET_CLOSE:
        if (tok.length !== 1) return content(tok, false);
        flow = Math.max(0, flow - 1);
        return check(tok);
      default:
        // The empty token is a newline to yaml (the end of the input).
        return tok === "" ? newline(tok) : content(tok, false);
    }
  };

  function newline(tok: string) {
    if (flow === 0) lineStart = true;
    return check(tok);
  }
  /** A token that opens no level: space, comment, directive, comma, document markers, byte-order mark. */
  function skip(tok: string) {
    return check(tok);
  }
  /** A node or an indicator (`- `, `? `, `: `): it may open a block level. */
  function content(tok: string, indicator: boolean) {
    if (flow === 0) openBlockLevel();
    afterIndicator = indicator;
    return check(tok);
  }
  function check(tok: string) {
    if (columns.length + flow > limit) return offset;
    advance(tok);
    return undefined;
  }
}

const SCALAR = CST.SCALAR.charCodeAt(0);
const DOCUMENT = CST.DOCUMENT.charCodeAt(0);
const FLOW_END = CST.FLOW_END.charCodeAt(0);
const BOM = CST.BOM.charCodeAt(0);
const [NEWLINE, CR, SPACE, TAB, HASH, PERCENT, COMMA, DASH, DOT, QUESTION, COLON] = [..."\n\r \t#%,-.?:"].map((c) => c.charCodeAt(0));
const [BRACE_OPEN, BRACKET_OPEN, BRACE_CLOSE, BRACKET_CLOSE] = [..."{[}]"].map((c) => c.charCodeAt(0));
