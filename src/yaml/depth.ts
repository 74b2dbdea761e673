import { CST, Lexer } from "yaml";

/**
 * Finds where nesting first goes deeper than `limit`, using only yaml's Lexer (a flat state machine).
 * This runs before parsing because the parser can abort Node itself on very deep input (TRAPS.md).
 * Block depth is estimated from the columns where nodes start: a new, deeper column on a new line,
 * or content after `- `, `? ` or `: ` on the same line, opens a level. That can only over-count by
 * a level or two per nesting, which the limit of 64 leaves room for.
 * Returns the offset of the token that crossed the limit, or undefined.
 */
export function findExcessiveNesting(text: string, limit: number): number | undefined {
  const check = nestingCheck(limit);
  for (const tok of new Lexer().lex(text)) {
    const deep = check(tok);
    if (deep !== undefined) return deep;
  }
  return undefined;
}

/**
 * The same check one token at a time, for the token stream that feeds the parser: call it with each
 * of the Lexer's tokens in order, and stop feeding the parser as soon as it returns an offset.
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

  return (tok) => {
    if (tok === CST.SCALAR) {
      scalarSourceNext = true;
      return undefined;
    }
    if (tok === CST.DOCUMENT || tok === CST.FLOW_END) return undefined;
    const type = scalarSourceNext ? "scalar" : CST.tokenType(tok);
    scalarSourceNext = false;
    switch (type) {
      case "newline":
        if (flow === 0) lineStart = true;
        break;
      case "space":
      case "comment":
      case "doc-start":
      case "doc-end":
      case "directive-line":
      case "byte-order-mark":
      case "comma":
        break;
      case "flow-map-start":
      case "flow-seq-start":
        if (flow === 0) openBlockLevel(false);
        flow++;
        afterIndicator = false;
        break;
      case "flow-map-end":
      case "flow-seq-end":
        flow = Math.max(0, flow - 1);
        break;
      default:
        if (flow === 0) openBlockLevel();
        afterIndicator = type === "seq-item-ind" || type === "explicit-key-ind" || type === "map-value-ind";
    }
    if (columns.length + flow > limit) return offset;
    advance(tok);
    return undefined;
  };
}
