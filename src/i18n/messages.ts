import { en } from "./en.js";
import { escapingInserted } from "./escape.js";
import { langOf, type Lang } from "./lang.js";

export { isLang, LANGS, langFromEnvironment, langOf, langOfLocale, resolveLang, type Lang } from "./lang.js";
export type Messages = typeof en;

/*
 * English is always here; Swedish and Norwegian are loaded when a command speaks them (docs/performance.md:
 * each catalogue costs start-up time). The renderers are synchronous, so a command loads its
 * language with `loadMessages` before it renders; the library entry registers all three.
 */
const catalogues: Partial<Record<Lang, Messages>> = { en };

/** Makes a catalogue available to `messagesFor` (the library entry registers sv and nb up front). */
export function registerMessages(lang: Lang, catalogue: Messages): void {
  catalogues[lang] ??= catalogue;
}

/** The catalogue for a language or locale code, loading it first; English for a locale without one. */
export async function loadMessages(lang: string): Promise<Messages> {
  const l = langOf(lang);
  if (l === "sv") registerMessages(l, (await import("./sv.js")).sv);
  if (l === "nb") registerMessages(l, (await import("./nb.js")).nb);
  return messagesFor(l);
}

/** The catalogue for a language or locale code (loaded before); English for a locale gapcheck has no catalogue for. */
export function messagesFor(lang: string): Messages {
  const catalogue = catalogues[langOf(lang)];
  if (!catalogue) throw new Error(`internal error: the "${langOf(lang)}" messages are used before loadMessages loaded them`);
  return escapingInserted(catalogue);
}

/** The language of a catalogue gapcheck built (plain or escaping); undefined for any other object. */
export function langOfMessages(t: Messages): Lang | undefined {
  for (const [lang, catalogue] of Object.entries(catalogues) as [Lang, Messages][])
    if (t === catalogue || t === escapingInserted(catalogue)) return lang;
  return undefined;
}
