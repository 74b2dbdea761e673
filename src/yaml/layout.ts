/*
 * A line-by-line look at a YAML file's layout, used only when the yaml parser reported a syntax
 * error: the parser notices an indentation slip or an unclosed bracket lines later, and one slip
 * makes it report many follow-on errors. This scan finds the line where the mistake really is.
 * It knows block mappings and lists, flow brackets, quotes, comments and block scalars (| and >);
 * whatever it does not understand it leaves to the parser's own message.
 */

export type LayoutMistake =
  | { kind: "tab"; line: number; col: number }
  | { kind: "unclosed"; line: number; col: number; bracket: string }
  | { kind: "too-deep"; line: number; col: number; above: number }
  | { kind: "misaligned"; line: number; col: number; spaces: number; expected: number[] };

/**
 * The first layout mistakes of the text, in line order (one per mistake; tabs: one per line).
 * Why this is long: one pass over the lines keeps a small state (open brackets, the indentation of
 * each level, block scalars); the checks read and change it together.
 */
export function layoutMistakes(text: string): LayoutMistake[] {
  // JSON and other flow-only documents have no block layout: the parser's own messages fit them.
  if (/^(\s|#.*\n)*[[{]/.test(text)) return [];
  const lines = text.split(/\r?\n/);
  const out: LayoutMistake[] = [];
  // The open block levels: their indentation, the line that opened each, how many lines stand at it.
  const stack: Array<{ indent: number; line: number; count: number }> = [{ indent: 0, line: 1, count: 0 }];
  const top = () => stack[stack.length - 1]!;
  let opensBlock = true; // the previous content line ends with "key:" or "-": the next may go deeper
  let blockScalar: number | null = null; // indentation of the line that started a | or > scalar
  let flow: { line: number; col: number; bracket: string; indent: number; depth: number } | null = null;
  let quote: string | null = null; // a quoted text continues on the next line
  let quoteAt = { line: 0, col: 0 };
  for (let n = 0; n < lines.length; n++) {
    const raw = lines[n]!;
    const indent = raw.length - raw.replace(/^ +/, "").length;
    const rest = raw.slice(indent);
    if (blockScalar !== null) {
      if (rest === "" || indent > blockScalar) continue;
      blockScalar = null;
    }
    if (quote === null && flow === null && /^\t/.test(rest)) {
      out.push({ kind: "tab", line: n + 1, col: indent + 1 });
      continue;
    }
    if (quote === null && (rest === "" || rest.startsWith("#"))) continue;
    if (flow !== null && quote === null && indent <= flow.indent && /^(- |-$|[^\s#{}[\]]+:(\s|$))/.test(rest)) {
      // A block line at or left of the line that opened the bracket: the bracket was never closed.
      out.push({ kind: "unclosed", line: flow.line, col: flow.col, bracket: flow.bracket });
      return out;
    }
    if (flow === null && quote === null) {
      if (indent > top().indent && !opensBlock) {
        // After the first line of a block, that first line may be the odd one (5 spaces, then 6s).
        const first = top();
        if (first.count === 1 && first.line === n && stack.length > 1 && nextIndent(lines, n + 1) === indent) {
          out.push({ kind: "misaligned", line: first.line, col: first.indent + 1, spaces: first.indent, expected: [indent] });
        } else out.push({ kind: "too-deep", line: n + 1, col: indent + 1, above: top().indent });
        return out;
      }
      if (indent < top().indent) {
        let popped = top();
        while (stack.length > 1 && top().indent > indent) popped = stack.pop()!;
        if (top().indent !== indent) {
          // One odd line between siblings (7 spaces among 6s) is the mistake, not the sibling after it.
          // The next content line decides which of the two lines is the odd one.
          const odd = popped.count === 1 && popped.line === n && top().indent < indent && nextIndent(lines, n + 1) === indent;
          const line = odd ? popped.line : n + 1;
          const spaces = odd ? popped.indent : indent;
          out.push({ kind: "misaligned", line, col: spaces + 1, spaces, expected: odd ? [indent] : [top().indent, popped.indent] });
          return out;
        }
        top().count++;
      } else if (indent > top().indent) stack.push({ indent, line: n + 1, count: 1 });
      else top().count++;
    }
    // Walk the line: quotes, brackets, comments; then see whether it opens a block.
    const startFlow = flow;
    let lastToken = "";
    for (let i: number = quote === null ? indent : 0; i < raw.length; i++) {
      const ch: string = raw[i]!;
      if (quote !== null) {
        if (quote === '"' && ch === "\\") i++;
        else if (ch === quote && !(quote === "'" && raw[i + 1] === "'")) quote = null;
        else if (ch === quote) i++;
        continue;
      }
      if (ch === "#" && (i === 0 || /\s/.test(raw[i - 1]!))) break;
      if ((ch === '"' || ch === "'") && (i === indent || /[\s[{,:-]/.test(raw[i - 1]!))) {
        quote = ch;
        quoteAt = { line: n + 1, col: i + 1 };
      } else if (ch === "{" || ch === "[") {
        if (flow === null) flow = { line: n + 1, col: i + 1, bracket: ch, indent, depth: 0 };
        flow.depth++;
      } else if ((ch === "}" || ch === "]") && flow !== null) {
        if (--flow.depth === 0) flow = null;
      }
      if (!/\s/.test(ch)) lastToken = ch;
    }
    if (flow === null && startFlow === null && quote === null) {
      const content = rest.replace(/\s+#.*$/, "").trimEnd();
      if (/(^|\s)[|>][+-]?\d*$/.test(content)) blockScalar = indent;
      // "key: &anchor" and "key: !tag" open a block too: the anchor or tag names the block below.
      const properties = /(^-|:)(\s+[&!]\S*)+$/.test(content);
      opensBlock = lastToken === ":" || properties || (/^-( |$)/.test(content) && /(:|^-)$/.test(content));
      // The content of a list item ("- key: value") is a level of its own, two columns in.
      const dash = /^((?:- +)+)/.exec(content);
      if (dash) {
        const inner = indent + dash[1]!.length;
        if (top().indent !== inner) stack.push({ indent: inner, line: n + 1, count: 1 });
        if (/:(\s|$)/.test(content)) opensBlock = opensBlock || lastToken === ":";
      }
    } else opensBlock = false;
  }
  // At the end of the file an open quote comes before any bracket it stands in.
  if (quote !== null) out.push({ kind: "unclosed", line: quoteAt.line, col: quoteAt.col, bracket: quote });
  else if (flow !== null) out.push({ kind: "unclosed", line: flow.line, col: flow.col, bracket: flow.bracket });
  return out;
}

/** The indentation of the first content line at or after index `from` (-1 at the end). */
function nextIndent(lines: string[], from: number): number {
  for (let k = from; k < lines.length; k++) {
    const rest = lines[k]!.trimStart();
    if (rest !== "" && !rest.startsWith("#")) return lines[k]!.length - lines[k]!.replace(/^ +/, "").length;
  }
  return -1;
}
