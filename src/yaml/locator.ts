/** A place in parsed data (keys and indexes) and where it is in the source; no dependencies. */
export type PathKey = string | number;

/** 1-based line and column. */
export interface Position {
  line: number;
  col: number;
}

/** Maps a path in the parsed data to a 1-based position; `key` points at the key instead of its value. */
export type Locator = (path: readonly PathKey[], part?: "value" | "key") => Position;
