import { visible } from "../findings.js";

/*
 * Values inserted into a message (a file name, an id, a text from a file) are shown with their
 * control characters escaped, so a file named "a\nb.json" cannot split a one-line message or steer
 * the terminal; the message's own line breaks (e.g. "Interrupted …\nContinue with: …") stay.
 */

const wrapped = new WeakMap<object, object>();

function escapeValue(value: unknown): unknown {
  if (typeof value === "string") return visible(value);
  if (Array.isArray(value)) return value.map((v) => (typeof v === "string" ? visible(v) : v));
  return value;
}

/** The catalogue with every message function escaping the values it inserts (cached per catalogue). */
export function escapingInserted<T extends object>(catalogue: T): T {
  const known = wrapped.get(catalogue);
  if (known) return known as T;
  const copy = (node: unknown): unknown => {
    if (typeof node === "function") return (...args: unknown[]) => (node as (...a: unknown[]) => unknown)(...args.map(escapeValue));
    if (node === null || typeof node !== "object" || Array.isArray(node)) return node;
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, copy(v)]));
  };
  const result = copy(catalogue) as T;
  wrapped.set(catalogue, result);
  return result;
}
