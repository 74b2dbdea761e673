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

/**
 * The catalogue with every message function escaping the values it inserts (cached per catalogue).
 * Each section is copied when first read: a command reads a few of the thousand-odd messages, and
 * copying them all was a few milliseconds of every start-up (docs/performance.md).
 */
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
    const section: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) {
      Object.defineProperty(section, key, {
        enumerable: true,
        configurable: true,
        get: () => {
          const copied = copy(value);
          Object.defineProperty(section, key, { value: copied, enumerable: true, writable: true, configurable: true });
          return copied;
        },
      });
    }
    return section;
  };
  const result = copy(catalogue) as T;
  wrapped.set(catalogue, result);
  return result;
}
