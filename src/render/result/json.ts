import type { Renderer } from "../types.js";

/** Exactly one JSON document; the scorer already fixed key order and rounding. */
export const renderJson: Renderer = (result) => `${JSON.stringify(result, null, 2)}\n`;
