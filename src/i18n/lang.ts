/** Which language to speak; no catalogue here, so the CLI entry can decide before loading one. */
export type Lang = "en" | "sv" | "nb";
export const LANGS: readonly Lang[] = ["en", "sv", "nb"];

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

/**
 * The language a POSIX locale variable names, if it is one of ours: `sv_SE.UTF-8` → sv;
 * `nb_NO`, `no_NO` and `nn_NO` → nb (docs/reports.md#languages).
 */
export function langOfLocale(value: string | undefined): Lang | undefined {
  if (!value) return undefined;
  const code = value.split(/[_.@-]/)[0]!.toLowerCase();
  if (code === "no" || code === "nn" || code === "nb") return "nb";
  return isLang(code) ? code : undefined;
}

/**
 * `--lang` wins; otherwise the first of LC_ALL, LC_MESSAGES and LANG that is set decides (POSIX
 * precedence), when it names one of our languages; otherwise undefined (the rubric's first locale).
 */
export function langFromEnvironment(env: NodeJS.ProcessEnv): Lang | undefined {
  const first = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== "");
  return langOfLocale(first);
}

/**
 * The one rule for which language to speak (docs/reports.md#languages): `--lang`, else the environment, else
 * `fallback` (the rubric's first locale where there is a rubric, English otherwise). The answer is a
 * locale code, which may be a rubric locale without a message catalogue; `messagesFor` then speaks
 * English.
 */
export function resolveLang(flag: string | undefined, env: NodeJS.ProcessEnv, fallback = "en"): string {
  return flag ?? langFromEnvironment(env) ?? fallback;
}

/** The language whose messages and number style a locale gets: its own when gapcheck has it, else English. */
export function langOf(locale: string): Lang {
  return isLang(locale) ? locale : "en";
}
