import { en } from "./en.js";
import { escapingInserted } from "./escape.js";
import type { Lang } from "./lang.js";
import { nb } from "./nb.js";
import { sv } from "./sv.js";

export { isLang, LANGS, langFromEnvironment, langOfLocale, type Lang } from "./lang.js";
export type Messages = typeof en;

const catalogues: Record<Lang, Messages> = { en, sv, nb };

export function messagesFor(lang: Lang): Messages {
  return escapingInserted(catalogues[lang]);
}
