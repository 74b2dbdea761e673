import type { ComparisonRenderer } from "./common.js";

/** Exactly one JSON document; compare() already fixed key order and rounding. */
export const renderComparisonJson: ComparisonRenderer = (comparison) => `${JSON.stringify(comparison, null, 2)}\n`;
