import type { errors as english } from "../en/errors.js";

/** Reading files: I/O, YAML, schema, answers and profile files, in words a user can act on. */
export const errors = {
  io: {
    isDirectory: "är en mapp, inte en fil",
    tooLarge: (max: number) => `filen är större än ${max / 1024 / 1024} MiB, som är gränsen för gapcheck`,
    unreadable: (code: string) =>
      code === "ENOENT"
        ? "filen finns inte"
        : code === "EACCES" || code === "EPERM"
          ? "åtkomst nekad"
          : `kan inte läsa filen (${code || "okänt fel"})`,
    notUtf8: (byte: number) => `inte giltig UTF-8 (byte 0x${byte.toString(16).padStart(2, "0")}); spara filen som UTF-8`,
    notRegular: (kind: string) =>
      "är " +
      (kind === "fifo"
        ? "en namngiven pipe (FIFO)"
        : kind === "socket"
          ? "en socket"
          : kind === "device"
            ? "en enhetsfil"
            : "inte en vanlig fil") +
      "; gapcheck läser bara vanliga filer (använd - för att läsa från stdin)",
    writeProblem: (path: string, code: string) => writeProblem(path, code),
    emptyPath: (flag: string) => `${flag}: filnamnet är tomt; ange filen som ska skrivas`,
  },
  yaml: {
    emptyFile: "filen är tom; den ska innehålla en YAML-mappning",
    tooDeep: (max: number) => `strukturen är nästlad i mer än ${max} nivåer`,
    multipleDocuments: "mer än ett YAML-dokument (---); lägg allt i ett dokument",
    syntax: (detail: string) => `syntaxfel i YAML: ${detail}`,
    /** yaml's error codes in words; others fall back to the parser's own (English) text. */
    codes: {
      BAD_DQ_ESCAPE: "ogiltig escapesekvens i en text inom dubbla citattecken",
      BLOCK_IN_FLOW: "en blocklista eller blockmappning kan inte stå inom hakparenteser eller klamrar",
      MULTIPLE_ANCHORS: "ett värde kan bara ha ett ankare",
      MULTIPLE_TAGS: "ett värde kan bara ha en tagg",
      BAD_PROP_ORDER: "ankare och taggar måste stå före värdet",
      ALIAS_PROPS: "ett alias kan inte ha ankare eller tagg",
      TAB_AS_INDENT: "tabbar får inte användas för indrag; använd mellanslag",
      BAD_INDENT: "fel indrag",
      MISSING_CHAR: "en avslutande hakparentes, klammerparentes eller ett citattecken saknas",
      BLOCK_AS_IMPLICIT_KEY: "ett blockvärde kan inte vara en nyckel; är ett kolon eller indraget fel?",
      UNEXPECTED_TOKEN: "oväntat tecken",
      BAD_SCALAR_START: "ett vanligt värde kan inte börja med det här tecknet; sätt det inom citattecken",
      MULTILINE_IMPLICIT_KEY: "en nyckel kan inte sträcka sig över flera rader",
      BAD_DIRECTIVE: "okänt direktiv",
      IMPOSSIBLE: "dokumentet går inte att läsa",
      KEY_OVER_1024_CHARS: "en nyckel är längre än 1024 tecken",
      UNEXPECTED_FLOW_END: "oväntad avslutande hakparentes eller klammerparentes",
      MISSING_ANCHOR: "ett alias hänvisar till ett ankare som inte finns",
    } as Record<string, string>,
    directive: (version: string) => `direktivet %YAML ${version} stöds inte; gapcheck läser YAML 1.2 (ta bort direktivet)`,
    jsonComment: "kommentarer (// eller /* */) är inte tillåtna i JSON; ta bort dem, eller skriv filen som YAML med #-kommentarer",
    complexKey: "nycklar måste vara vanlig text",
    forbiddenKey: (key: string) => `nyckeln "${key}" är inte tillåten`,
    duplicateKey: (key: string, line: number, col: number) => `nyckeln "${key}" används redan på ${line}:${col}`,
    customTag: (tag: string) => `taggen ${tag} är inte tillåten; skriv vanliga värden`,
    nonFinite: (src: string) => `${src} är inte ett ändligt tal`,
    unsafeInteger: (src: string) => `${src} är för stort för att vara ett exakt heltal`,
    aliasLimit: "för många aliasexpansioner (en aliasbomb?); skriv ut värdena i stället",
  },
  schema: {
    topLevel: (got: string) => `filen måste ha en mappning av nycklar på översta nivån, men innehåller ${got}`,
    missingField: (field: string) => `obligatoriskt fält "${field}" saknas`,
    unknownKey: (key: string, allowed: string[]) => `okänd nyckel "${key}"; tillåtna här: ${allowed.join(", ")}`,
    unknownKeyNoHint: (key: string) => `okänd nyckel "${key}"`,
    expected: (what: string, got: string) => `ska vara ${what}, men är ${got}`,
    tooSmall: (min: number | bigint, inclusive: boolean, unit: string) =>
      unit === "number" ? `måste vara ${inclusive ? "minst" : "större än"} ${min}` : `måste ha minst ${min} ${unit}`,
    tooBig: (max: number | bigint, inclusive: boolean, unit: string) =>
      unit === "number" ? `måste vara ${inclusive ? "högst" : "mindre än"} ${max}` : `får ha högst ${max} ${unit}`,
    pattern: (what: string) => `måste vara ${what}`,
    oneOf: (key: string, values: string[], got: string) => `"${key}" måste vara ${values.join(" eller ")}, inte ${got}`,
    invalid: "har ett ogiltigt värde",
    types: {
      string: "text",
      number: "ett tal",
      integer: "ett heltal",
      boolean: "true eller false",
      object: "en mappning",
      array: "en lista",
      null: "null",
      missing: "ingenting",
    } as Record<string, string>,
    /** Descriptions used in custom schema errors, keyed by the code the schema carries. */
    custom: {
      id: "ett id av gemener, siffror och bindestreck (t.ex. ai-workflows; inte constructor eller prototype)",
      locale: "en språkkod som en, sv eller nb",
      semver: "ett versionsnummer som 2026.1.0",
      text: "en text, eller en mappning från språkkod till text (t.ex. { en: ..., sv: ... })",
      answer: 'en nivå (ett heltal), null för "vet inte", na för ej tillämpligt eller { level, note }',
      levelKey: "en nivå i form av ett heltal",
      range: "ett intervall [lägsta, högsta]",
    } as Record<string, string>,
    // Same form in singular and plural ("minst 1 element", "minst 2 element").
    itemsUnit: "element",
    charsUnit: "tecken",
  },
  profileFile: {
    otherRubric: (got: string, expected: string) =>
      `kundprofilen hör till matrisen "${got}", inte "${expected}"; använd matrisen den gjordes för (--rubric)`,
    otherVersion: (got: string, expected: string) =>
      `kundprofilen gjordes för version ${got} av matrisen, den här är ${expected}; dess id kontrolleras mot den här versionen`,
    sameIdAsRubric: (id: string) => `"${id}" är redan en profil i matrisen; ge kundprofilen ett eget id`,
    invalid: (file: string, count: number) => `${file}: ${count} problem i kundprofilen`,
  },
  answers: {
    otherRubric: (got: string, expected: string) =>
      `svaren hör till matrisen "${got}", inte "${expected}"; använd matrisen de gjordes för (--rubric)`,
    otherVersion: (got: string, expected: string) =>
      `svaren gjordes för version ${got} av matrisen, den här är ${expected}; resultatet beräknas ändå`,
    unknownItem: (id: string) => `matrisen har ingen punkt "${id}"`,
    badLevel: (id: string, min: number, max: number) =>
      `svaret på "${id}" måste vara ett heltal ${min}..${max}, null för "vet inte" eller na för ej tillämpligt`,
  },
} satisfies typeof english;

/** Varför en fil inte kunde skrivas, i ord (aldrig bara ENOENT). */
function writeProblem(path: string, code: string): string {
  if (path === "") return "filnamnet är tomt; ange filen som ska skrivas";
  const folder = path.includes("/") ? path.slice(0, path.lastIndexOf("/")) || "/" : ".";
  const why: Record<string, string> = {
    ENOENT: `mappen ${folder} finns inte; skapa den först eller välj en annan plats`,
    ENOTDIR: `en del av sökvägen ${folder} är en fil, inte en mapp`,
    ENOCREATE: `det går inte att skapa filer i mappen ${folder}`,
    EISDIR: "det är en mapp; ange ett filnamn",
    EROFS: "filsystemet är skrivskyddat",
    EACCES: "åtkomst nekad",
    EREADONLY: "filen är skrivskyddad; gapcheck ersätter inte en fil som ägaren har skyddat (gör den skrivbar eller välj en annan fil)",
    EPERM: "åtkomst nekad",
    ENOSPC: "disken är full",
    EDQUOT: "diskkvoten är slut",
    EFBIG: "filen skulle överskrida gränsen för filstorlek (ulimit -f)",
    ELOOP: "för många symboliska länkar",
    ENAMETOOLONG: "filnamnet är för långt",
  };
  return `kan inte skriva till ${path}: ${why[code] ?? `oväntat fel (${code || "okänt"})`}`;
}
