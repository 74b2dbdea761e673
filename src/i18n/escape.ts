import { visible } from "../findings.js";

/*
 * Values inserted into a message (a file name, an id, a text from a file) are shown with their
 * control characters escaped, so a file named "a\nb.json" cannot split a one-line message or steer
 * the terminal; the message's own line breaks (e.g. "Interrupted …\nContinue with: …") stay.
 */

const wrapped = new WeakMap<object, object>();

const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const needsEscape = (v: unknown) => typeof v === "string" && CONTROL.test(v);

// Fast path first: messages are built for every finding, and almost no value needs escaping.
function escapeValue(value: unknown): unknown {
  if (typeof value === "string") return CONTROL.test(value) ? visible(value) : value;
  if (Array.isArray(value) && value.some(needsEscape)) return value.map((v) => (needsEscape(v) ? visible(v as string) : v));
  return value;
}

/** The catalogue with every message function escaping the values it inserts (cached per catalogue). */
export function escapingInserted<T extends object>(catalogue: T): T {
  const known = wrapped.get(catalogue);
  if (known) return known as T;
  const copy = (node: unknown): unknown => {
    if (typeof node === "function") {
      const fn = node as (...a: unknown[]) => unknown;
      return (...args: unknown[]) =>
        fn(...(args.some((a) => needsEscape(a) || (Array.isArray(a) && a.some(needsEscape))) ? args.map(escapeValue) : args));
    }
    if (node === null || typeof node !== "object" || Array.isArray(node)) return node;
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, copy(v)]));
  };
  const result = copy(catalogue) as T;
  wrapped.set(catalogue, result);
  return result;
}
