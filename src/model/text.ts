import type { TextValue } from "./schema.js";

/**
 * The text of a field in `locale`, falling back to the rubric's default locale and then to any text
 * the field has (validation warns about the missing translation; the user still sees words).
 */
export function textIn(value: TextValue | undefined, locale: string, defaultLocale: string): string {
  if (value === undefined) return "";
  if (typeof value === "string") return value;
  return value[locale] ?? value[defaultLocale] ?? Object.values(value)[0] ?? "";
}

/** Locales a text field has: a plain string counts as the default locale. */
export function localesOf(value: TextValue, defaultLocale: string): string[] {
  return typeof value === "string" ? [defaultLocale] : Object.keys(value);
}
