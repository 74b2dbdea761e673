import { en } from "./en.js";
import { escapingInserted } from "./escape.js";
import { langOf, type Lang } from "./lang.js";
import { nb } from "./nb.js";
import { sv } from "./sv.js";

export { isLang, LANGS, langFromEnvironment, langOf, langOfLocale, resolveLang, type Lang } from "./lang.js";
export type Messages = typeof en;

const catalogues: Record<Lang, Messages> = { en, sv, nb };

/** The catalogue for a language or locale code; English for a locale gapcheck has no catalogue for. */
export function messagesFor(lang: string): Messages {
  return escapingInserted(catalogues[langOf(lang)]);
}
