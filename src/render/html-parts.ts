/*
 * Small pieces of markup the HTML renderers share. A wide table scrolls inside its card on a phone
 * (docs/reports.md#pages-to-trust): the scrolling box can take keyboard focus and is named, so a keyboard or screen-reader
 * user can reach and scroll it (axe: scrollable-region-focusable).
 */

/** A named, focusable box that scrolls `inner` sideways when it is wider than the screen. */
export function scrollRegion(label: string, inner: string, esc: (s: string) => string): string {
  return `<div class="scroll" tabindex="0" role="region" aria-label="${esc(label)}">${inner}</div>`;
}
