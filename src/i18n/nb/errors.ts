import type { errors as english } from "../en/errors.js";

/** Reading files: I/O, YAML, schema, answers and profile files, in words a user can act on. */
export const errors = {
  io: {
    isDirectory: "er en mappe, ikke en fil",
    tooLarge: (max: number) => `filen er større enn ${max / 1024 / 1024} MiB, som er grensen for gapcheck`,
    unreadable: (code: string) =>
      code === "ENOENT"
        ? "filen finnes ikke"
        : code === "EACCES" || code === "EPERM"
          ? "ingen tilgang"
          : `kan ikke lese filen (${code || "ukjent feil"})`,
    notUtf8: (byte: number) => `ikke gyldig UTF-8 (byte 0x${byte.toString(16).padStart(2, "0")}); lagre filen som UTF-8`,
    notRegular: (kind: string) =>
      "er " +
      (kind === "fifo"
        ? "en navngitt pipe (FIFO)"
        : kind === "socket"
          ? "en socket"
          : kind === "device"
            ? "en enhetsfil"
            : "ikke en vanlig fil") +
      "; gapcheck leser bare vanlige filer (bruk - for å lese fra stdin)",
    writeProblem: (path: string, code: string) => writeProblem(path, code),
    emptyPath: (flag: string) => `${flag}: filnavnet er tomt; oppgi filen som skal skrives`,
  },
  yaml: {
    emptyFile: "filen er tom; den skal inneholde en YAML-mapping",
    tooDeep: (max: number) => `strukturen er nøstet i mer enn ${max} nivåer`,
    multipleDocuments: "mer enn ett YAML-dokument (---); legg alt i ett dokument",
    syntax: (detail: string) => `syntaksfeil i YAML: ${detail}`,
    /** yaml's error codes in words; others fall back to the parser's own (English) text. */
    codes: {
      BAD_DQ_ESCAPE: "ugyldig escapesekvens i en tekst i doble anførselstegn",
      BLOCK_IN_FLOW: "en blokkliste eller blokkmapping kan ikke stå inne i hakeparenteser eller krøllparenteser",
      MULTIPLE_ANCHORS: "en verdi kan bare ha ett anker",
      MULTIPLE_TAGS: "en verdi kan bare ha én tagg",
      BAD_PROP_ORDER: "ankere og tagger må stå foran verdien",
      ALIAS_PROPS: "et alias kan ikke ha anker eller tagg",
      TAB_AS_INDENT: "tabulator kan ikke brukes til innrykk; bruk mellomrom",
      BAD_INDENT: "feil innrykk",
      MISSING_CHAR: "en avsluttende hakeparentes, krøllparentes eller et anførselstegn mangler",
      BLOCK_AS_IMPLICIT_KEY: "en blokkverdi kan ikke være en nøkkel; er et kolon eller innrykket feil?",
      UNEXPECTED_TOKEN: "uventet tegn",
      BAD_SCALAR_START: "en vanlig verdi kan ikke begynne med dette tegnet; sett den i anførselstegn",
      MULTILINE_IMPLICIT_KEY: "en nøkkel kan ikke gå over flere linjer",
      BAD_DIRECTIVE: "ukjent direktiv",
      IMPOSSIBLE: "dokumentet kan ikke leses",
      KEY_OVER_1024_CHARS: "en nøkkel er lengre enn 1024 tegn",
      UNEXPECTED_FLOW_END: "uventet avsluttende hakeparentes eller krøllparentes",
      MISSING_ANCHOR: "et alias viser til et anker som ikke finnes",
    } as Record<string, string>,
    directive: (version: string) => `direktivet %YAML ${version} støttes ikke; gapcheck leser YAML 1.2 (fjern direktivet)`,
    jsonComment: "kommentarer (// eller /* */) er ikke tillatt i JSON; fjern dem, eller skriv filen som YAML med #-kommentarer",
    complexKey: "nøkler må være vanlig tekst",
    forbiddenKey: (key: string) => `nøkkelen "${key}" er ikke tillatt`,
    duplicateKey: (key: string, line: number, col: number) => `nøkkelen "${key}" er allerede brukt på ${line}:${col}`,
    customTag: (tag: string) => `taggen ${tag} er ikke tillatt; skriv vanlige verdier`,
    nonFinite: (src: string) => `${src} er ikke et endelig tall`,
    unsafeInteger: (src: string) => `${src} er for stort til å være et eksakt heltall`,
    aliasLimit: "for mange aliasutvidelser (en aliasbombe?); skriv ut verdiene i stedet",
  },
  schema: {
    topLevel: (got: string) => `filen må ha en mapping med nøkler på øverste nivå, men inneholder ${got}`,
    missingField: (field: string) => `det obligatoriske feltet "${field}" mangler`,
    unknownKey: (key: string, allowed: string[]) => `ukjent nøkkel "${key}"; tillatt her: ${allowed.join(", ")}`,
    unknownKeyNoHint: (key: string) => `ukjent nøkkel "${key}"`,
    expected: (what: string, got: string) => `skal være ${what}, men er ${got}`,
    tooSmall: (min: number | bigint, inclusive: boolean, unit: string) =>
      unit === "number" ? `må være ${inclusive ? "minst" : "større enn"} ${min}` : `må ha minst ${min} ${countUnit(min, unit)}`,
    tooBig: (max: number | bigint, inclusive: boolean, unit: string) =>
      unit === "number" ? `må være ${inclusive ? "høyst" : "mindre enn"} ${max}` : `kan ha høyst ${max} ${countUnit(max, unit)}`,
    pattern: (what: string) => `må være ${what}`,
    oneOf: (key: string, values: string[], got: string) => `"${key}" må være ${values.join(" eller ")}, ikke ${got}`,
    invalid: "har en ugyldig verdi",
    types: {
      string: "tekst",
      number: "et tall",
      integer: "et heltall",
      boolean: "true eller false",
      object: "en mapping",
      array: "en liste",
      null: "null",
      missing: "ingenting",
    } as Record<string, string>,
    /** Descriptions used in custom schema errors, keyed by the code the schema carries. */
    custom: {
      id: "en id med små bokstaver, sifre og bindestreker (f.eks. ai-workflows; ikke constructor eller prototype)",
      locale: "en språkkode som en, sv eller nb",
      semver: "et versjonsnummer som 2026.1.0",
      text: "en tekst, eller en mapping fra språkkode til tekst (f.eks. { en: ..., nb: ... })",
      answer: 'et nivå (et heltall), null for "vet ikke", na for ikke relevant, eller { level, note }',
      levelKey: "et nivå i form av et heltall",
      range: "et intervall [lav, høy]",
    } as Record<string, string>,
    // Plural forms; countUnit below turns them singular for a count of 1 ("minst 1 element").
    itemsUnit: "elementer",
    charsUnit: "tegn",
  },
  profileFile: {
    otherRubric: (got: string, expected: string) =>
      `kundeprofilen gjelder matrisen "${got}", ikke "${expected}"; bruk matrisen den ble laget for (--rubric)`,
    otherVersion: (got: string, expected: string) =>
      `kundeprofilen ble laget for versjon ${got} av matrisen, denne er ${expected}; id-ene kontrolleres mot denne versjonen`,
    sameIdAsRubric: (id: string) => `"${id}" er allerede en profil i matrisen; gi kundeprofilen en egen id`,
    invalid: (file: string, count: number) => `${file}: ${count} ${count === 1 ? "problem" : "problemer"} i kundeprofilen`,
  },
  answers: {
    otherRubric: (got: string, expected: string) =>
      `svarene gjelder matrisen "${got}", ikke "${expected}"; bruk matrisen de ble laget for (--rubric)`,
    otherVersion: (got: string, expected: string) =>
      `svarene ble laget for versjon ${got} av matrisen, denne er ${expected}; beregner resultatet likevel`,
    unknownItem: (id: string) => `matrisen har ikke noe punkt "${id}"`,
    badLevel: (id: string, min: number, max: number) =>
      `svaret på "${id}" må være et heltall ${min}..${max}, null for "vet ikke" eller na for ikke relevant`,
  },
} satisfies typeof english;

/** The unit in the singular for a count of 1: "minst 1 element", "minst 2 elementer" ("tegn" is the same in both). */
function countUnit(n: number | bigint, unit: string): string {
  return Number(n) === 1 && unit === "elementer" ? "element" : unit;
}

/** Hvorfor en fil ikke kunne skrives, i ord (aldri bare ENOENT). */
function writeProblem(path: string, code: string): string {
  if (path === "") return "filnavnet er tomt; oppgi filen som skal skrives";
  const folder = path.includes("/") ? path.slice(0, path.lastIndexOf("/")) || "/" : ".";
  const why: Record<string, string> = {
    ENOENT: `mappen ${folder} finnes ikke; opprett den først, eller velg et annet sted`,
    ENOTDIR: `en del av banen ${folder} er en fil, ikke en mappe`,
    ENOCREATE: `filer kan ikke opprettes i mappen ${folder}`,
    EISDIR: "det er en mappe; oppgi et filnavn",
    EROFS: "filsystemet er skrivebeskyttet",
    EACCES: "ingen tilgang",
    EREADONLY:
      "filen er skrivebeskyttet; gapcheck erstatter ikke en fil som eieren har beskyttet (gjør den skrivbar eller velg en annen fil)",
    EPERM: "ingen tilgang",
    ENOSPC: "disken er full",
    EDQUOT: "diskkvoten er brukt opp",
    EFBIG: "filen ville overskride grensen for filstørrelse (ulimit -f)",
    ELOOP: "for mange symbolske lenker",
    ENAMETOOLONG: "filnavnet er for langt",
  };
  return `kan ikke skrive til ${path}: ${why[code] ?? `uventet feil (${code || "ukjent"})`}`;
}
