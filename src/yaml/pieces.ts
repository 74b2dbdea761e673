/**
 * How a large YAML file is cut into pieces that parse on their own (docs/performance.md memory): yaml's syntax
 * tree and document of a whole 10,000-item rubric are about 110 MB at once, a piece's a few hundred KB.
 *
 * Only a plain shape is cut: a block mapping at the top, each key on a line of its own at column 0
 * (comments and blank lines between), no document markers or directives. A key whose value is a
 * block sequence indented by two (`key:` then `  - …` lines) is cut further between its items.
 * Anything else is one piece, or no cut at all (undefined). The caller parses each piece and uses
 * the pieces only when every one parses without a finding; otherwise it parses the whole text, so
 * what is reported never depends on the cut.
 */

export type Piece =
  /** Top-level keys with their values, as a mapping. */
  | { kind: "keys"; text: string; keys: string[] }
  /** Items of the sequence under `key`, as a sequence indented by two. */
  | { kind: "items"; text: string; key: string };

const TOP_KEY = /^([A-Za-z_][A-Za-z0-9_-]*):(?=[ \n]|$)/;
const BARE_KEY_LINE = /^[A-Za-z_][A-Za-z0-9_-]*:[ ]*(#.*)?$/;
const ITEM_START = /^ {2}-(?: |$)/;

interface Region {
  key: string;
  start: number;
  end: number;
}

/** The text cut into pieces of about `size` characters each, or undefined when its shape is not plain enough. */
export function cutIntoPieces(text: string, size: number): Piece[] | undefined {
  if (text.includes("\r") || text.charCodeAt(0) === 0xfeff) return undefined;
  const regions = topLevelRegions(text);
  if (regions === undefined || regions.length === 0) return undefined;

  const pieces: Piece[] = [];
  let keys: Region[] = [];
  const flushKeys = () => {
    if (keys.length === 0) return;
    pieces.push({ kind: "keys", text: text.slice(keys[0]!.start, keys.at(-1)!.end), keys: keys.map((r) => r.key) });
    keys = [];
  };
  for (const region of regions) {
    const items = region.end - region.start > size ? itemPieces(text, region, size) : undefined;
    if (items === undefined) {
      keys.push(region);
      // The regions are contiguous: the piece so far runs from the first one's start to this one's end.
      if (region.end - keys[0]!.start > size) flushKeys();
      continue;
    }
    flushKeys();
    pieces.push(...items);
  }
  flushKeys();
  return pieces;
}

/** Each top-level key's lines (up to the next key), or undefined when a line at column 0 is anything but a key, comment or blank. */
function topLevelRegions(text: string): Region[] | undefined {
  const regions: Region[] = [];
  const seen = new Set<string>();
  for (let start = 0; start < text.length; ) {
    const nl = text.indexOf("\n", start);
    const end = nl < 0 ? text.length : nl + 1;
    const first = text[start];
    if (first !== " " && first !== "\n" && first !== "#") {
      const key = TOP_KEY.exec(text.slice(start, Math.min(end, start + 200)))?.[1];
      // A duplicate key is the whole parse's to report.
      if (key === undefined || seen.has(key)) return undefined;
      seen.add(key);
      const last = regions.at(-1);
      if (last) last.end = start;
      regions.push({ key, start, end: text.length });
    } else if (regions.length === 0 && first === " ") return undefined;
    start = end;
  }
  return regions;
}

/**
 * A `key:` region holding a block sequence indented by two, cut between items; undefined when the
 * key has a value on its own line or any line is indented by one or two without starting an item.
 */
function itemPieces(text: string, region: Region, size: number): Piece[] | undefined {
  const firstNl = text.indexOf("\n", region.start);
  if (firstNl < 0 || firstNl >= region.end) return undefined;
  if (!BARE_KEY_LINE.test(text.slice(region.start, firstNl))) return undefined;
  const pieces: Piece[] = [];
  let pieceStart = -1;
  for (let start = firstNl + 1; start < region.end; ) {
    const nl = text.indexOf("\n", start);
    const end = nl < 0 || nl >= region.end ? region.end : nl + 1;
    const line = text.slice(start, Math.min(end, start + 8));
    const blankOrComment = /^ *(#|\n|$)/.test(line);
    if (ITEM_START.test(line)) {
      if (pieceStart < 0) pieceStart = start;
      else if (start - pieceStart > size) {
        pieces.push({ kind: "items", key: region.key, text: text.slice(pieceStart, start) });
        pieceStart = start;
      }
    } else if (!blankOrComment && !line.startsWith("   ")) return undefined;
    else if (!blankOrComment && pieceStart < 0) return undefined;
    start = end;
  }
  if (pieceStart < 0) return undefined;
  pieces.push({ kind: "items", key: region.key, text: text.slice(pieceStart, region.end) });
  return pieces;
}
