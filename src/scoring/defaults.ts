/*
 * What scoring uses when the caller does not say: a module with no imports, so the command line can
 * show these defaults in its help without loading the scorer.
 */

/** The share of the weighted gap the priority list must reach when --pareto is not given. */
export const DEFAULT_PARETO = 0.8;

/** How many priorities human formats show in full when --focus is not given (docs/reports.md). */
export const DEFAULT_FOCUS = 5;
