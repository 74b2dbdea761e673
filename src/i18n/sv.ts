import type { Messages } from "./messages.js";

/** How far apart the two dates are, never as a negative duration: dates out of order say which came first. */
const inDays = (days: number | null) =>
  days === null
    ? ""
    : days === 0
      ? " samma dag"
      : days > 0
        ? ` på ${days} ${days === 1 ? "dag" : "dagar"}`
        : `, det senaste daterat ${-days} ${days === -1 ? "dag" : "dagar"} före utgångsläget`;

/** Swedish (svenska). Rule ids, option names (--answers …), command names and JSON field names stay English. */
export const sv = {
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
  ruleDocs: {
    "file-unreadable": "Filen kan inte läsas: den saknas, är en mapp eller får inte läsas.",
    "file-too-large": "Filen är större än 4 MiB.",
    encoding: "Filen är inte giltig UTF-8 (en BOM är tillåten).",
    "empty-file": "Filen innehåller bara blanksteg eller kommentarer.",
    "too-deep": "Strukturen är nästlad i mer än 64 nivåer.",
    "yaml-syntax": "YAML-koden (eller JSON-koden) kan inte tolkas.",
    "multiple-documents": "Filen innehåller mer än ett YAML-dokument.",
    "yaml-directive": "Ett %YAML-direktiv för en annan version än 1.2.",
    "yaml-tag": "En egen eller ovanlig YAML-tagg, till exempel !foo eller !!binary.",
    "duplicate-key": "Samma nyckel förekommer två gånger i en mappning.",
    "forbidden-key": "En nyckel som heter __proto__, constructor eller prototype.",
    "bad-number": "Ett tal som inte är ändligt eller är för stort för att vara ett exakt heltal.",
    "alias-limit": "YAML-alias expanderar över tolkens gräns.",
    "unknown-key": "En nyckel som formatet inte har (oftast ett stavfel).",
    "missing-field": "Ett obligatoriskt fält saknas.",
    "invalid-type": "Ett värde av fel typ; inget omvandlas automatiskt.",
    "invalid-value": "Ett värde utanför det tillåtna intervallet eller av fel form.",
    "duplicate-id": "Ett id för en grupp, tagg, dimension, fråga eller profil används två gånger.",
    "unknown-group": "En dimension hänvisar till en grupp som inte finns.",
    "unknown-tag": "En fråga hänvisar till en tagg som inte finns.",
    "unknown-dimension": "En profil hänvisar till en dimension som inte finns.",
    "unknown-item": "En hänvisning till en fråga som inte finns.",
    "unknown-profile": "En hänvisning till en profil som inte finns.",
    "missing-target": "En profil saknar mål för en dimension.",
    "scale-levels": "Skalans etiketter är inte exakt min..max, eller så är max inte större än min.",
    "level-out-of-scale": "En nivåbeskrivning, ett mål eller ett svar ligger utanför skalan.",
    "fixture-failed": "Ett testfall i matrisen ger inte de förväntade prioriteringarna eller indexintervallen.",
    "missing-translation": "En text saknas för ett språk som matrisen anger.",
    "unknown-locale": "En text finns på ett språk som matrisen inte anger.",
    "empty-group": "Ingen dimension hör till gruppen.",
    "unused-tag": "Ingen fråga använder taggen.",
    "rubric-mismatch": "Svaren gavs för en annan matris.",
    "rubric-version": "Svaren gavs för en annan version av matrisen.",
    "removed-item":
      "Ett svar för en fråga som matrisens historik anger som borttagen (eller för ett gammalt " +
      "id vars nya id också är besvarat); det ignoreras.",
  },
  /** How to fix what each rule finds (SARIF's `help`). */
  ruleHelp: {
    "file-unreadable":
      "Kontrollera sökvägen: den ska leda till en fil som du får läsa, inte till en mapp. Sätt citattecken runt en sökväg med mellanslag.",
    "file-too-large": "Dela upp filen eller ta bort det som inte behövs: en matris med tusen frågor är långt under 4 MiB.",
    encoding: "Spara filen som UTF-8 (i de flesta redigerare: Spara som och välj kodningen UTF-8).",
    "empty-file": "Skriv matrisens innehåll, eller utgå från den som `gapcheck init` skapar.",
    "too-deep": "Gör strukturen plattare: formatet behöver bara några få nivåer.",
    "yaml-syntax":
      "Rätta YAML-koden på raden och i kolumnen som anges. Ett värde som innehåller `: ` eller ` #` måste stå inom citattecken.",
    "multiple-documents": "Ha ett dokument per fil: ta bort raden `---` eller dela filen i två.",
    "yaml-directive": "Ta bort raden `%YAML` eller skriv `%YAML 1.2`.",
    "yaml-tag": "Ta bort taggen och skriv värdet som det är: bara YAML:s grundtyper läses.",
    "duplicate-key": "Behåll en av de två nycklarna, med det värde du menar.",
    "forbidden-key": "Byt namn på nyckeln: de här tre namnen avvisas eftersom de skulle ändra hur objekt fungerar.",
    "bad-number": "Skriv ett ändligt tal mellan -9007199254740991 och 9007199254740991.",
    "alias-limit": "Skriv ut de upprepade delarna, eller använd färre alias (`*namn`).",
    "unknown-key":
      "Rätta nyckeln (meddelandet föreslår den närmaste tillåtna) eller ta bort den; `gapcheck schema rubric` listar alla nycklar.",
    "missing-field": "Lägg till fältet som meddelandet nämner.",
    "invalid-type": "Skriv värdet som den typ meddelandet anger, till exempel ett tal utan citattecken.",
    "invalid-value": "Ändra värdet till ett som meddelandet tillåter.",
    "duplicate-id":
      "Ge var och en ett eget id. Svar och profiler hänvisar till id:n: när en fråga " +
      "får ett nytt id anger du det gamla under `history.renamed`.",
    "unknown-group": "Använd id:t för en av matrisens grupper (`groups`), eller lägg till gruppen.",
    "unknown-tag": "Använd id:t för en av matrisens taggar (`tags`), eller lägg till taggen.",
    "unknown-dimension": "Använd id:t för en av matrisens dimensioner, eller lägg till dimensionen.",
    "unknown-item": "Använd id:t för en av matrisens frågor; en frågas gamla id hör bara hemma under `history.renamed`.",
    "unknown-profile": "Använd id:t för en av matrisens profiler (`profiles`), eller lägg till profilen.",
    "missing-target": "Lägg till ett mål för dimensionen i profilens `targets`.",
    "scale-levels": "Ge varje nivå från `min` till `max` en etikett, och se till att `max` är större än `min`.",
    "level-out-of-scale": "Ändra nivån till en mellan skalans `min` och `max`.",
    "fixture-failed":
      "En ändring av vikter, mål eller frågor har ändrat det som testfallet förväntar sig: " +
      "kontrollera att ändringen är avsedd och uppdatera sedan testfallets `expect`.",
    "missing-translation": "Lägg till texten på det språket, eller ta bort språket från `locales`.",
    "unknown-locale": "Lägg till språket i matrisens `locales`, eller ta bort texten.",
    "empty-group": "Lägg en dimension i gruppen, eller ta bort gruppen.",
    "unused-tag": "Tagga en fråga med den, eller ta bort taggen.",
    "rubric-mismatch": "Använd matrisen som svaren gavs för (`-r FIL`), eller börja om med nya svar från `gapcheck template`.",
    "rubric-version":
      "Kontrollera att frågorna betyder samma sak i den här versionen: `gapcheck diff GAMMAL NY` visar vad som har ändrats.",
    "removed-item": "Inget behöver göras: ta bort svaret, eller besvara frågan som ersatte den.",
  },
  /** What a rule's severity does (the end of SARIF's `fullDescription`). */
  ruleSeverity: {
    error: "Rapporteras som fel: `gapcheck validate` avslutas med kod 1.",
    warning: "Rapporteras som varning: `gapcheck validate` avslutas med kod 0, om inte `--strict` anges.",
  },
  rules: {
    duplicateId: (kind: string, id: string, line: number, col: number) =>
      `id:t "${id}" används redan av en annan ${kind} på ${line}:${col}`,
    unknownRef: (kind: string, id: string, allowed: string[]) =>
      `okänd ${kind} "${id}"; ${allowed.length ? `kända: ${abbreviate(allowed)}` : `det finns inga definierade`}`,
    missingTarget: (profile: string, dimension: string) => `profilen "${profile}" har inget mål för dimensionen "${dimension}"`,
    scaleOrder: (min: number, max: number) => `skalans max (${max}) måste vara större än min (${min})`,
    scaleMissingLevel: (level: number) => `skalan saknar etikett för nivå ${level}; nivåerna måste vara exakt min..max`,
    scaleExtraLevel: (key: string, min: number, max: number) => `nivå ${key} ligger utanför skalan ${min}..${max}`,
    outOfScale: (what: string, value: number, min: number, max: number) =>
      `${what} ${value} ligger utanför skalan; tillåtet: heltal ${min}..${max}`,
    missingTranslation: (locales: string[]) => `text saknas för ${locales.length > 1 ? "språken" : "språket"} ${locales.join(", ")}`,
    undeclaredLocale: (locale: string, declared: string[]) => `språket "${locale}" finns inte i locales (${declared.join(", ")})`,
    emptyGroup: (group: string) => `gruppen "${group}" har inga dimensioner`,
    unusedTag: (tag: string) => `taggen "${tag}" används inte av någon punkt`,
    badRange: (low: number, high: number) => `intervallet [${low}, ${high}] måste ligga inom 0..100, med det lägsta värdet först`,
    fixtureTop: (name: string, expected: string[], actual: string[]) =>
      `fixture "${name}": toppen ska vara [${expected.join(", ")}], men är [${actual.join(", ")}]`,
    fixtureRange: (name: string, field: string, low: number, high: number, actual: number | null) =>
      `fixture "${name}": ${field} ska ligga inom [${low}, ${high}], men är ${actual ?? "inget (inga svar)"}`,
    // All common gender (en), so "okänd …" and "en annan …" agree.
    kinds: { group: "grupp", tag: "tagg", dimension: "dimension", item: "punkt", profile: "profil", fixture: "fixture" } as Record<
      string,
      string
    >,
    what: { anchor: "ankarnivån", target: "målet", answer: "svaret" } as Record<string, string>,
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
  cli: {
    usage: (detail: string) => `${detail} (se gapcheck --help)`,
    unknownProfile: (id: string, allowed: string[]) => `--profile: matrisen har ingen profil "${id}"; välj en av: ${allowed.join(", ")}`,
    badPareto: (value: string) => `"${value}" är inte en andel från 0.05 till 1, t.ex. 0.8`,
    badFailAbove: (value: string) => `"${value}" är inte ett gapindex från 0 till 100`,
    noTerminal:
      "ingen terminal att ställa frågorna i (stdin och stderr måste vara en terminal);" +
      " ange svaren med --answers FIL, eller --answers - för att läsa dem från stdin",
    outIsInput: (path: string) => `--out: ${path} är en av indatafilerna; välj en annan fil`,
    writeFailed: (path: string, detail: string) => writeProblem(path, detail),
    invalidRubric: (file: string, count: number, command: string) => `${file}: matrisen har ${count} fel; kör ${command}`,
    invalidAnswers: (file: string, count: number) => `${file}: ${count} problem i svarsfilen`,
    gapAbove: (gap: string, limit: string) => `gapindex ${gap} överstiger --fail-above ${limit}`,
    answersSaved: (path: string) => `Svaren har sparats i ${path}`,
    validateSummary: (files: number, errors: number, warnings: number) =>
      `${files} ${files === 1 ? "fil kontrollerad" : "filer kontrollerade"}: ` +
      `${errors} fel, ${warnings} ${warnings === 1 ? "varning" : "varningar"}`,
    noRubricsFound: (pattern: string) => `ingen matrisfil matchar ${pattern}`,
    saveExists: (path: string) => `--save: ${path} finns redan; gapcheck skriver aldrig över sparade svar (välj en annan fil)`,
    draftExists: (path: string, command: string) => `--save: det finns ett oavslutat utkast ${path}; fortsätt med: ${command}`,
    answersAndResume: "--answers och --resume kan inte användas samtidigt: --resume fortsätter en interaktiv körning",
    interruptedNothingSaved: "Avbrutet innan något svar hade getts; inget har sparats.",
    defaultMark: "standard",
    internalError: (detail: string) => `internt fel: ${detail} (sätt GAPCHECK_DEBUG=1 för detaljer, och rapportera gärna felet)`,
  },
  help: {
    program:
      "Gapanalys för marknadsorganisationer: skatta nuläget i en bedömningsmatris, jämför med en rollprofil och få 80/20-prioriteringarna.",
    assess: "skatta varje punkt (i terminalen eller från --answers) och skriv ut gaptabellen och 80/20-prioriteringarna",
    validate: "kontrollera matrisfiler (alla medföljande om ingen anges): YAML, schema, referenser, språk, fixtures",
    schema: "skriv ut JSON Schema för ett filformat: rubric, answers, result, comparison eller match",
    rubrics: "lista de medföljande matriserna och deras profiler",
    rubricFiles: "matrisfiler att kontrollera",
    schemaName: "rubric, answers, result, comparison eller match",
    rubric: "matrisfil (standard: den medföljande matrisen marketing-leadership)",
    profile: "rollprofil att jämföra med: ett id eller en fil med en kundprofil (standard: svarsfilens, annars matrisens defaultProfile)",
    answers: "läs svaren från en fil (YAML eller JSON; - för stdin) i stället för att fråga",
    format: "utdataformat",
    json: "samma som --format json",
    out: "skriv resultatet till en fil i stället för stdout",
    save: "fil där en interaktiv körning sparar svaren (standard: en ny daterad fil i aktuell mapp)",
    resume: "fortsätt en avbruten interaktiv körning från dess utkastfil",
    lang: "språk för texter och meddelanden (standard: från LC_ALL, LC_MESSAGES eller LANG, annars matrisens första språk)",
    pareto: "andel av det viktade gapet som prioriteringslistan ska täcka, från 0.05 till 1",
    failAbove: "avsluta med kod 1 om gapindex är över GAP (0–100)",
    noColor: "inga färger i utdata",
    validateFormat: "format för fynden",
    strict: "behandla varningar som fel",
    rubricsJson: "skriv ut listan som JSON",
    version: "visa versionen",
    helpOption: "visa hjälp",
    report: "visa ett sparat JSON-resultat i ett annat format (table, markdown, csv, html, json)",
    reportFile: "ett resultat sparat med gapcheck assess --json",
    diff: "visa vad en ändring i matrisen påverkar; fixtures beräknas med båda versionerna",
    diffOld: "matrisen före ändringen",
    diffNew: "matrisen efter ändringen",
    diffFormat: "utdataformat",
    failOn: "avsluta med kod 1 om svar som sparats för OLD inte längre går att läsa in med NEW",
    init: "skriv en liten, giltig och kommenterad startmatris (skriver aldrig över)",
    initFile: "var den ska skrivas",
    helpCommand: "visa hjälp för ett kommando",
    /** commander's section titles and option details. */
    titles: {
      "Usage:": "Användning:",
      "Options:": "Flaggor:",
      "Commands:": "Kommandon:",
      "Arguments:": "Argument:",
      "Global Options:": "Globala flaggor:",
    } as Record<string, string>,
    choices: "värden",
    default: "standard",
  },
  usage: {
    unknownOption: (flag: string) => `okänd flagga '${flag}'`,
    unknownCommand: (name: string) => `okänt kommando '${name}'`,
    didYouMean: (suggestion: string) => `menade du ${suggestion}?`,
    invalidArgument: (flag: string, value: string) => `flaggan '${flag}' accepterar inte '${value}'`,
    allowedChoices: (choices: string) => `tillåtet: ${choices}`,
    invalidCommandArgument: (name: string, value: string) => `'${value}' är inte tillåtet för ${name}`,
    missingArgument: (name: string) => `argumentet '${name}' saknas`,
    optionMissingArgument: (flag: string) => `flaggan '${flag}' behöver ett värde`,
    tooManyArguments: "för många argument",
  },
  diff: {
    heading: (id: string, from: string, to: string) => `${id}: ${from} → ${to}`,
    breaking: "Inte bakåtkompatibel: svar som sparats för den gamla versionen går inte längre att läsa in.",
    notBreaking: "Bakåtkompatibel: svar som sparats för den gamla versionen går fortfarande att läsa in.",
    rubricIdChanged: (from: string, to: string) => `matrisens id har ändrats från ${from} till ${to}`,
    itemRemoved: (id: string) => `punkten ${id} har tagits bort`,
    itemRenamed: (from: string, to: string) => `punkten ${from} har bytt id till ${to}`,
    scaleChanged: (from: string, to: string) => `skalan har ändrats från ${from} till ${to}`,
    profileRemoved: (id: string) => `profilen ${id} har tagits bort`,
    itemsAdded: "Tillagda punkter",
    itemsRemoved: "Borttagna punkter",
    itemsRenamed: "Punkter med nytt id (angivna i history, eller samma fråga med nytt id)",
    itemsMoved: "Punkter flyttade till en annan dimension",
    dimensionsAdded: "Tillagda dimensioner",
    dimensionsRemoved: "Borttagna dimensioner",
    profilesAdded: "Tillagda profiler",
    profilesRemoved: "Borttagna profiler",
    scale: "Skala",
    targets: "Mål",
    weights: "Vikter",
    efforts: "Insatser",
    texts: "Texter",
    fixtures: "Fixtures beräknade med båda versionerna",
    none: "Inga ändringar.",
    top: "topp",
    gapIndex: "gapindex",
    maturity: "mognadsindex",
    unscorable: "kan inte beräknas (profilen saknas)",
    change: "Ändring",
    before: "Före",
    after: "Efter",
  },
  init: {
    exists: (file: string) => `${file} finns redan; gapcheck init skriver aldrig över en fil (välj ett annat namn)`,
    written: (file: string, command: string) => `${file} har skapats. Kontrollera den med: ${command}`,
  },
  prompt: {
    /** inquirer\'s key hint, by its English action word. */
    keys: { navigate: "flytta", select: "välj" } as Record<string, string>,
    chooseProfile: "Vilken roll ska svaren jämföras med?",
    respondentName: "Ditt namn (valfritt, Enter för att hoppa över):",
    respondentRole: "Din roll (valfritt, Enter för att hoppa över):",
    note: "Anteckning till den här punkten (valfritt, Enter för att lämna tomt):",
    addNote: "✎ Lägg till en anteckning",
    editNote: "✎ Ändra anteckningen",
    back: "← Tillbaka till föregående fråga",
    skipDimension: (dimension: string) => `⏭ Hoppa över resten av ${dimension} (vet inte)`,
    skipHint: "de återstående frågorna i avsnittet räknas som obesvarade",
    review: (answered: number, total: number) =>
      `Granska: ${answered} av ${total} besvarade. Välj ett svar för att ändra det, eller beräkna resultatet.`,
    reviewDone: "✔ Beräkna resultatet",
    reviewDoneHint: "sparar svaren och skriver ut resultatet",
    dontKnow: "Vet inte",
    dontKnowHint: "räknas som obesvarad; hamnar bland de okända att ta reda på",
    progress: (n: number, total: number, dimension: string, item: string) => `[${n}/${total}] ${dimension} · ${item}`,
    excludedItems: (n: number) => `${n} ${n === 1 ? "fråga gäller" : "frågor gäller"} inte den här rollen och ställs inte.`,
  },
  report: {
    title: "Gapanalys",
    headline: "Sammanfattning",
    date: "Datum",
    radar: "Nuläge och mål per dimension",
    pareto: "Var det viktade gapet finns",
    impact: "Påverkan",
    cumulativeShare: "Kumulativ andel",
    cut: (share: string) => `gräns vid ${share}`,
    dimensions: "Dimensioner",
    /** The dimensions line of the terminal report: a % there is a share of the weighted gap. */
    dimensionsShare: "Andel av gapet per dimension",
    tags: "Gapmönster",
    tag: "Mönster",
    allItems: "Alla punkter",
    dimension: "Dimension",
    answer: "Svar",
    priority: "Prioritet",
    note: "Anteckning",
    action: "Åtgärd",
    weight: "Vikt",
    effort: "Insats",
    gap: "Gap",
    target: "Mål",
    item: "Punkt",
    id: "Id",
    axis: "Från Industri 4.0 till Industri 5.0",
    notAResult: (file: string) => `${file} är inte ett gapcheck-resultat (förväntade JSON från gapcheck assess --json)`,
    helpLang: "språket resultatet visas på (standard: det språk det sparades på)",
    helpRubric: "matrisen som texterna hämtas ur för --lang (standard: den medföljande matrisen med resultatets id och version)",
    keptLanguage: (file: string, id: string, version: string, wanted: string, kept: string) =>
      `${file}: texterna i matrisen "${id}" ${version} finns inte till hands på ${wanted}, så utskriften blir på ${kept}, ` +
      `det språk resultatet sparades på; ange matrisen med -r för att få den på ${wanted}`,
    languages: { en: "engelska", sv: "svenska", nb: "norska (bokmål)" } as Record<string, string>,
    footer: (rubric: string, version: string) => `Skapad med gapcheck · matris ${rubric} ${version}`,
  },
  table: {
    profile: "Profil",
    respondent: "Respondent",
    maturity: "Mognadsindex",
    gapIndex: "Gapindex",
    gapRange: (low: string, high: string) => `${low}–${high} med de okända inräknade`,
    coverage: "Besvarade",
    coverageValue: (answered: number, items: number) => `${answered} av ${items}`,
    dimension: "Dimension",
    current: "Nu",
    target: "Mål",
    gap: "Gap",
    /** Column headers that say what their % is: a gap as a share of the scale, a share of the weighted gap. */
    gapOfScale: "Gap % av skalan",
    shareOfGap: "Andel av gapet (%)",
    priorities: "80/20-prioriteringar",
    paretoLine: (selected: number, candidates: number, share: string) =>
      `${selected} av ${candidates} gap står för ${share} av det viktade gapet.`,
    noGaps: "Inga gap: varje besvarad punkt ligger på eller över sitt mål.",
    rank: "#",
    item: "Punkt",
    nowTarget: "Nu→Mål",
    share: "Andel",
    cumulative: "Kum.",
    effort: "Insats",
    action: "Åtgärd",
    quickWin: "snabb vinst",
    unknowns: "Okända punkter att ta reda på först",
    potential: "kan dölja",
    poles: (group: string) => `${group}: var ni står`,
    notAnswered: "–",
    more: (n: number) => `och ${n} till`,
  },
  trust: {
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
    nothingAnswered: "Inget är besvarat ännu: det finns inget gap att visa. Besvara minst en punkt.",
    indicative: (answered: number, items: number) => `Endast vägledande: ${answered} av ${items} punkter besvarade (under 60 %).`,
    failAboveNothing: (limit: string) => `--fail-above ${limit}: ingen punkt är besvarad, så det finns inget gapindex att bedöma`,
    readingStdin: "Läser svar från stdin (avsluta med Ctrl-D) …",
    jsonAndFormat: (format: string) => `--json och --format ${format} kan inte användas tillsammans; välj det ena`,
    versionUnchanged: (version: string) =>
      `ändringarna är bakåtinkompatibla, men versionen är fortfarande ${version}: höj versionen så ` +
      `att svar som sparats för den gamla flaggas`,
  },
  compare: {
    help: {
      command: "framsteg mellan två eller fler resultat eller svarsfiler: förändringar, stängda och nya gap, en spärr mot försämringar",
      inputs: "resultat (från assess eller aggregate, som JSON) eller svarsfiler, utgångsläget först",
      rubric: "matris att poängsätta svarsfiler med (standard: den medföljande matrisen marketing-leadership)",
      profile: "profil att jämföra svarsfiler med (standard: filens egen, annars matrisens defaultProfile)",
      failOn: "avsluta med 1 när gapindex steg med fler poäng än --tolerance, eller en punkt sjönk en hel nivå eller mer",
      tolerance: "hur många poäng gapindex får stiga innan --fail-on regression slår till",
      allowProfileChange: "jämför resultat för olika profiler (målen skiljer sig, så gapen är inte jämförbara)",
    },
    badTolerance: (value: string) => `"${value}" är inte ett antal poäng från 0 till 100`,
    tooFew: "compare behöver minst två indata: FÖRE och EFTER",
    needsNewestRubric: (a: string, va: string, b: string, vb: string, id: string, command: string) =>
      `${a} gäller version ${va} och ${b} version ${vb} av matrisen "${id}", och frågorna skiljer sig åt; ` +
      `omdöpta frågor kan bara paras ihop med hjälp av den nyaste matrisens historik, ` +
      `och den finns inte till hands: ange den med -r (${command})`,
    oneStdin: "bara en indatafil kan läsas från stdin (-)",
    otherRubric: (a: string, idA: string, b: string, idB: string) =>
      `${a} gäller matrisen "${idA}" men ${b} gäller matrisen "${idB}"; bara resultat från samma matris kan jämföras`,
    otherProfile: (a: string, idA: string, b: string, idB: string) =>
      `${a} är poängsatt mot profilen "${idA}" men ${b} mot "${idB}": målen skiljer sig, så gapen är ` +
      `inte jämförbara; poängsätt båda med samma --profile, eller ange --allow-profile-change`,
    argumentOrder: "alla indata har inte ett datum: de jämförs i den ordning de angavs",
    datesReversed: (before: string, after: string) => `${after} är daterad före ${before}; den första indatafilen är utgångsläget`,
    gateGap: (rise: string, tolerance: string) => `gapindex steg med ${rise} poäng, mer än --tolerance ${tolerance}`,
    gateItems: (count: number, items: string) => `${count} ${count === 1 ? "punkt" : "punkter"} sjönk en hel nivå eller mer: ${items}`,
    headline: (before: string, after: string, delta: string, days: number | null, done: number, total: number) =>
      `Gapindex ${before} → ${after} (${delta})${inDays(days)}; ${
        total === 0 ? "utgångsläget hade inga prioriteringar" : `${done} av ${total} prioriteringar stängda`
      }`,
    title: "Framsteg",
    baseline: "Utgångsläge",
    latest: "Senast",
    respondents: (n: number) => `${n} svarande`,
    profileChanged: (before: string, after: string) => `Profilen har bytts (${before} → ${after}): gapen mäts mot olika mål.`,
    maturity: "Mognadsindex",
    gapIndex: "Gapindex",
    coverage: "Besvarade",
    dimensions: "Dimensioner, före → efter",
    dimension: "Dimension",
    tag: "Mönster",
    tags: "Gapmönster, före → efter",
    item: "Punkt",
    before: "Före",
    after: "Efter",
    delta: "Förändring",
    gapBefore: "Gap före",
    gapAfter: "Gap efter",
    status: "Status",
    target: "Mål",
    rank: "#",
    closed: "Stängda prioriteringar",
    remaining: "Kvarstående prioriteringar",
    fresh: "Nya prioriteringar",
    regressed: "Försämringar",
    changes: "Övriga förändringar",
    allItems: "Alla punkter",
    none: "Inga.",
    notAnswered: "–",
    na: "ej aktuell",
    addedPoints: (points: string) => `${points} poäng`,
    /** En förändring mellan två procenttal, i procentenheter: "+2 p.e.". */
    percentPoints: (points: string) => `${points} p.e.`,
    renamedFrom: (id: string) => `hette ${id}`,
    statuses: {
      added: "tillagd",
      removed: "borttagen",
      "newly-answered": "nyss besvarad",
      "no-longer-answered": "inte längre besvarad",
      closed: "stängd",
      opened: "öppnad",
      improved: "förbättrad",
      regressed: "försämrad",
      unchanged: "oförändrad",
    } as Record<string, string>,
    radar: "Nuläge per dimension, före (streckat) och efter (heldraget)",
    slope: "Gap per dimension, före → efter",
    series: "Gap per dimension över tid",
    seriesIndex: "Gapindex över tid",
    point: (n: number) => `nr ${n}`,
    legendBefore: "Före",
    legendAfter: "Efter",
    legendTarget: "Mål",
    footer: (rubric: string) => `Skapad med gapcheck · matris ${rubric}`,
  },
  match: {
    help: "rangordna kandidater efter hur stor del av organisationens viktade gap var och en skulle stänga",
    orgArg: "organisationen: ett resultat av gapcheck assess eller aggregate (JSON), eller en svarsfil",
    candidatesArg: "kandidaternas svarsfiler (filer, mappar eller globmönster) för samma matris",
    teamOption: "välj också det bästa teamet av K kandidater",
    badTeam: (value: string) => `--team måste vara ett heltal från 1 till 50, inte '${value}'`,
    title: "Kandidater matchade mot gapet",
    organisation: "Organisation",
    respondents: (n: number) => `${n} svarande`,
    gapIndex: "gapindex",
    sentence: (name: string, share: string, closed: number, focus: number) =>
      focus > 0
        ? `${name} stänger ${share} av det viktade gapet och ${closed} av de ${focus} fokusprioriteringarna.`
        : `${name} stänger ${share} av det viktade gapet.`,
    noGap: "Organisationen har inget gap att stänga: varje besvarad fråga ligger på eller över sin målnivå.",
    rank: "#",
    candidate: "Kandidat",
    closes: "Stänger",
    ofPriorities: "Av 80/20-listan",
    closesShare: "Stänger, % av gapet",
    ofPrioritiesShare: "% av 80/20-listan",
    points: "Poäng",
    fully: "Stänger helt",
    partly: "Stänger delvis",
    file: "Fil",
    answered: "Besvarade",
    answeredNothing: "har inte besvarat något",
    noneClosed: "inga",
    team: (size: number) => `Bästa teamet av ${size}`,
    teamLine: (names: string, share: string, priorityShare: string) =>
      `${names} stänger ${share} av det viktade gapet (${priorityShare} av 80/20-listan).`,
    added: (name: string, share: string) => `${name} tillför ${share}`,
    teamTooLarge: (asked: number, count: number) => `--team ${asked} är fler än de ${count} kandidaterna; teamet består av alla`,
    noCandidates: (input: string) => `${input}: inga svarsfiler för kandidater hittades (väntade .yaml-, .yml- eller .json-filer)`,
    heatMap: "Vilka prioriteringar varje kandidat stänger",
    full: "stängs helt",
    partial: "stängs delvis",
    none: "stängs inte",
    pointsLine: (points: string) => `sänker gapindex med ${points} poäng`,
    otherRubric: (file: string, id: string, rubric: string) =>
      `${file} är ett resultat för matrisen ${id}, men kandidaterna läses med matrisen ${rubric}; ange den matrisen med -r`,
    footer: (rubric: string, version: string) => `Skapad med gapcheck · matris ${rubric} ${version}`,
  },
  session: {
    fileHeader: (min: number, max: number) => `gapcheck-svar: nivåer ${min}..${max}, null = vet inte, na = ej tillämpligt`,
    interrupted: (count: number, dontKnow: number, path: string, command: string) =>
      `Avbrutet: ${count} svar${dontKnow === 0 ? "" : count === 1 ? " (”vet inte”)" : ` (varav ${dontKnow} ”vet inte”)`} ` +
      `har sparats i ${path}\nFortsätt med: ${command}`,
  },
  serve: {
    sessionUnreadable: (path: string, detail: string) =>
      `${path}: ingen sessionsfil för en gapcheck-workshop (${detail}); flytta den eller välj en annan mapp`,
    notAFolder: (path: string) => `${path} är en fil, inte en mapp: ange en mapp för workshopens svar`,
    otherRubric: (folder: string, had: string, given: string) =>
      `${folder} innehåller en workshop för matrisen "${had}", inte "${given}": fortsätt den med -r för "${had}" eller välj en annan mapp`,
    otherProfile: (folder: string, had: string, given: string) =>
      `${folder} innehåller en workshop för profilen "${had}", inte "${given}": fortsätt den med -p ${had} eller välj en annan mapp`,
    badMinGroup: "--min-group måste vara ett heltal, minst 3 (färre skulle visa en persons svar som en grupps)",
    badGroup: (group: string) => `--groups: "${group}" går inte att använda som gruppnamn (1–40 tecken, varje namn en gång, inte "other")`,
    tlsPair: "--tls-cert och --tls-key hör ihop: ange båda filerna, eller ingen för vanlig HTTP",
    tlsUnreadable: (flag: string, path: string, code: string) => `${flag} ${path}: filen går inte att läsa (${code})`,
    cannotListen: (host: string, port: number, code: string) =>
      `kan inte starta på ${host}:${port} (${code}): välj en annan --port, eller --host 127.0.0.1`,
    cli: {
      help: "en workshop: visar frågeformuläret på mobilerna i rummet och samsynen live, oenigheter först",
      helpFolder: "sessionsmappen (svarsfiler och en dold sessionsfil); en befintlig fortsätter (standard: en ny här)",
      helpGroups: "grupper som deltagarna väljer mellan, kommaseparerade (t.ex. marknad,sälj)",
      helpMinGroup: "minsta antal personer vars svar visas tillsammans, minst 3 (standard 3)",
      helpTitle: "workshopens rubrik på sidorna",
      helpHost: "adressen att lyssna på (standard 0.0.0.0, alla nätverk; 127.0.0.1 håller det på den här datorn)",
      helpPort: "porten (standard: den fortsatta sessionens, annars valfri ledig)",
      helpTlsCert: "använd HTTPS med det här certifikatet (PEM); kräver --tls-key",
      helpTlsKey: "certifikatets privata nyckel (PEM)",
      helpJson: "skriv länkarna som en JSON-rad på stdout; allt annat går till stderr",
      badPort: (value: string) => `"${value}" är ingen port: ange ett heltal från 0 till 65535`,
      started: (folder: string) => `Workshopen har startat. Svaren sparas i ${folder}`,
      resumed: (folder: string) => `Workshopen fortsätter från ${folder}, med samma länkar och svar`,
      portChanged: "Sessionens tidigare port är upptagen: länkarna nedan är nya.",
      participants: "Deltagarna öppnar:",
      code: (url: string) => `eller går till ${url} och skriver koden:`,
      facilitator: "Workshopledaren (behåll länken för dig själv):",
      alsoAt: "Nås också på:",
      plainHttp:
        "Varning: det här är vanlig HTTP. Andra i samma nätverk kan läsa svaren när de skickas. " +
        "Använd --tls-cert och --tls-key för HTTPS, eller --host 127.0.0.1 för att hålla det på den här datorn.",
      offlineForm: (folder: string) =>
        "Om mobilerna inte når den här datorn (gästnätverk, brandvägg): `gapcheck template -f form -o formular.html` " +
        `skriver ett formulär som fungerar offline; lägg svarsfilerna som skickas tillbaka i ${folder}.`,
      stop: "Tryck Ctrl-C för att avsluta workshopen.",
      count: (n: number, groups: string) => `Svar: ${n}${groups === "" ? "" : ` (${groups})`}`,
      stopped: (n: number, folder: string, command: string) =>
        `Workshopen avslutad: ${n} svar sparade i ${folder}. Se resultatet med: ${command}`,
    },
    api: {
      notObject: 'innehållet måste vara ett JSON-objekt: { "answers": { ITEM: nivå } }',
      unknownKey: (key: string) => `okänt fält "${key}": tillåtna är answers, group, locale och receipt`,
      noAnswers: '"answers" måste vara ett objekt med frågornas id och nivåer',
      unknownGroup: (group: string, groups: readonly string[]) =>
        groups.length === 0
          ? `den här workshopen har inga grupper; utelämna "group" (fick "${group}")`
          : `"${group}" är ingen grupp här: välj en av ${groups.join(", ")}`,
      unknownLocale: (locales: readonly string[]) => `"locale" måste vara en av ${locales.join(", ")}`,
      badReceipt: '"receipt" måste vara kvittot som ett tidigare svar gav',
      closed: "workshopen är stängd: inga fler svar tas emot",
      unknownReceipt: "inget tidigare inskick har det här kvittot: skicka utan det för att lämna nya svar",
      noAnswersYet: "ingen har svarat än: det finns inget resultat att ladda ner",
      notFound: "hittades inte",
      method: (allow: string) => `metoden är inte tillåten här; använd ${allow}`,
      internal: "servern kunde inte hantera begäran; dina svar finns kvar i webbläsaren, försök igen",
      tooManyCodes: "för många felaktiga koder från den här adressen: vänta en minut och försök igen",
      mediaType: "skicka application/json (ett formulär skickar application/x-www-form-urlencoded)",
      tooLarge: (bytes: number) => `innehållet är större än ${bytes / 1024} KiB och lästes inte`,
      badJson: "innehållet är inte giltig JSON",
    },
    log: {
      failed: (method: string, path: string, message: string) => `${method} ${path} misslyckades: ${message}`,
    },
    page: {
      langName: "Svenska",
      title: "Marknadens gapanalys",
      language: "Språk",
      welcome: "Välkommen till workshopen",
      intro: "Du får {n} korta frågor om hur er organisation arbetar i dag, en i taget. Ditt namn efterfrågas inte.",
      rule: "Välj den högsta nivån vars beskrivning stämmer helt.",
      groupQuestion: "Vilken grupp tillhör du?",
      pickGroup: "Välj din grupp först.",
      start: "Börja",
      progress: "Fråga {i} av {n}",
      yourAnswer: "Ditt svar.",
      dontKnow: "Vet inte",
      notApplicable: "Inte tillämpligt här",
      note: "Kommentar (valfri, visas utan ditt namn)",
      back: "Tillbaka",
      next: "Nästa",
      toReview: "Granska svaren",
      review: "Granska dina svar",
      answeredOf: "{a} av {n} frågor besvarade.",
      yourGroup: "Din grupp: {g}",
      notAnswered: "Inte besvarad",
      change: "Ändra",
      changeItem: "Ändra svaret på: {item}",
      send: "Skicka mina svar",
      sendChanges: "Skicka mina ändringar",
      saveFile: "Spara mina svar",
      sending: "Skickar…",
      sentTitle: "Tack, dina svar har kommit fram",
      sentText: "Du kan ändra dem från den här webbläsaren tills workshopledaren stänger sessionen.",
      savedTitle: "Dina svar är sparade",
      savedText: "En fil laddades ner. Skicka den till den som gav dig formuläret; inget annat lämnade enheten.",
      changeAnswers: "Ändra mina svar",
      closed: "Sessionen är stängd, så svar kan inte längre skickas. Dina svar finns kvar i webbläsaren.",
      failed: "Det gick inte att skicka. Dina svar finns kvar i webbläsaren; försök igen.",
      offline: "Workshopen går inte att nå. Dina svar finns kvar i webbläsaren; försök igen när du har anslutning.",
      noScript: "Det här frågeformuläret kräver JavaScript.",
    },
    board: {
      title: "Workshop: gapanalys",
      qrLabel: "QR-kod till deltagarlänken",
      join: "Delta med din mobil",
      codeLabel: "eller öppna adressen ovan och skriv koden:",
      progress: "Svar",
      answered: "{n} har svarat",
      reveal: "Visa fördelningarna",
      hide: "Dölj fördelningarna",
      close: "Stäng sessionen",
      closeConfirm: "Stänga sessionen? Ingen kan skicka eller ändra svar efter det.",
      closeFailed: "Sessionen kunde inte stängas; försök igen.",
      closedNote: "Sessionen är stängd: resultatet nedan är slutgiltigt.",
      reconnecting: "Anslutningen bröts; ansluter igen…",
      downloads: "Ladda ner resultatet",
      waiting: "Samsynen visas när {n} personer har svarat.",
      disagreements: "Diskutera dessa innan ni beslutar",
      disagreementsLead: "Här är rummet oenigt, minst samstämmighet först.",
      noDisagreements: "Ingen oenighet: rummet är överens om varje fråga som besvarats hittills.",
      itemStats: "{n} svar · median {median} · samstämmighet rwg {rwg}",
      fewForDistribution: "Fördelningen visas när minst {n} personer har angett en nivå.",
      hidden: "Fördelningen är dold: tryck på Visa för att se den.",
      distributionOf: "Svar per nivå: {item}",
      summary: "Var teamet står",
      indexes: "Mognadsindex {m} · gapindex {g} · {n} deltagare",
      groupGaps: "Där grupperna skiljer sig",
      noGroupGaps: "Ingen fråga där två grupper med minst {n} personer skiljer sig med en nivå eller mer.",
      risks: "Risker att hantera först",
      noRisks: "Inga regelefterlevnadsrisker i svaren.",
      priorities: "Fokusprioriteringar",
      noPriorities: "Inga gap att stänga mot profilens mål.",
      plan: "Plan för 30/90 dagar",
      first30: "Första 30 dagarna",
      next90: "Följande 90 dagar",
      nothing: "Inget här än.",
    },
    codePage: {
      title: "Gå med i workshopen",
      label: "Koden som workshopledaren visar",
      submit: "Gå med",
      wrong: "Koden stämmer inte. Kontrollera den på skärmen och försök igen.",
    },
  },
  team: {
    helpAggregate:
      "flera personers svar (filer, mappar, globmönster, CSV-exporter från enkätverktyg) → ett samlat " +
      "resultat med samstämmighet och skillnader mellan grupper",
    helpInputs: "svarsfiler (YAML, JSON, CSV-mall), mappar med sådana, globmönster eller CSV-exporter från enkätverktyg",
    helpBy: "jämför grupper av svarande efter detta fält eller denna enkätkolumn (t.ex. group eller role; aldrig name)",
    helpMinGroup: 'minsta grupp som visas för sig; mindre grupper slås ihop till "other"',
    helpProfile: "rollprofil att jämföra med (standard: matrisens defaultProfile)",
    helpNotes: "visa de svarandes anteckningar (utan namn) för frågor med minst --min-group anteckningar",
    helpSkipInvalid: "räkna på de giltiga indata och lista de ogiltiga i stället för att avbryta",
    helpSheet: "bladet i en .xlsx-export som ska läsas (standard: det första)",
    helpTemplate:
      "skriv ut ett tomt frågeformulär för den som saknar gapcheck: csv (fyll i, läs tillbaka med --answers), markdown, html " +
      "eller gforms (ett Google Apps Script som skapar Google-formuläret)",
    helpTemplateFormat: "mallens format",
    helpTemplateProfile: "ta bara med frågorna som gäller profilen: ett id eller en fil med en kundprofil (standard: alla frågor)",
    badMinGroup: (value: string) => `"${value}" är ingen gruppstorlek; ange ett heltal från 3 till 1000`,
    minGroupFloor: (value: string) => `--min-group ${value}: ange minst 3, så att ingen grupps siffra är en eller två personers svar`,
    byName: "--by name: namn visas och jämförs aldrig; gruppera efter group eller role i stället",
    byUnknown: (field: string, fields: string[]) =>
      `--by ${field}: inga indata har det fältet; ` +
      (fields.length > 0 ? `fälten som finns: ${fields.join(", ")}` : "indata har inga svarandefält eller extra kolumner"),
    bySinglesOut: (field: string, alone: number, total: number) =>
      `--by ${field}: ${alone} av ${total} svarande är ensamma om sitt värde, så fältet skulle peka ut enskilda personer ` +
      "(ett namn eller en e-postadress?); gruppera efter ett fält som flera delar, t.ex. group eller role",
    matchesNothing: (pattern: string) => `${pattern}: ingen fil matchar mönstret`,
    emptyFolder: "mappen har ingen .yaml-, .yml-, .json-, .csv-, .tsv- eller .xlsx-fil att läsa",
    duplicate: (first: string) => `samma innehåll som ${first}; räknas en gång`,
    noRespondents: "inga svarande att sammanställa: alla indata var tomma eller hoppades över",
    oneRespondent: "bara 1 svarande: resultatet är den personens svar, och samstämmighet kräver minst 2",
    invalidInputs: (n: number) =>
      `${n === 1 ? "1 indatafil är ogiltig" : `${n} indatafiler är ogiltiga`};` +
      ` rätta ${n === 1 ? "den" : "dem"}, eller ange --skip-invalid för att räkna på resten`,
    skipped: (list: string[]) => `hoppade över (ogiltiga): ${list.join(", ")}`,
    ignoredColumns: (list: string[]) => `kolumner som inte motsvarar någon fråga, ignoreras: ${list.map((c) => `"${c}"`).join(", ")}`,
    noItemColumns: "ingen kolumn motsvarar en fråga i denna matris (via id, [id] på slutet, titel eller frågetext)",
    twoColumns: (item: string, a: string, b: string) => `kolumnerna "${a}" och "${b}" motsvarar båda frågan "${item}"; behåll en`,
    byColumnMissing: (field: string) => `--by ${field}: ingen kolumn med det namnet`,
    rowTooShort: (cells: number, expected: number) => `raden har ${cells} celler, rubrikraden har ${expected}`,
    rowTooLong: (cells: number, expected: number) => `raden har ${cells} celler, rubrikraden har ${expected}`,
    badCell: (cell: string, item: string, allowed: string) => `"${cell}" är inget svar på "${item}"; tillåtet: ${allowed}`,
    allowed: (min: number, max: number, labels: string[]) =>
      `en nivå ${min}–${max}, en benämning (${labels.join(", ")}), tomt för vet inte, eller n/a`,
    csvSyntax: (detail: string) => `syntaxfel i CSV: ${detail}`,
    metadataColumns: (list: string[]) =>
      `inte frågor, läses och visas aldrig: ${list.map((c) => `"${c}"`).join(", ")} (enkätverktygets kolumner som tid, e-post och namn)`,
    readAs1252:
      'läst som Windows-1252, inte UTF-8 (Excels vanliga "CSV"); spara som "CSV UTF-8 (kommaavgränsad)" så blir å, ä och ö alltid rätt',
    unknownEncoding: (byte: number) =>
      `varken UTF-8 eller Windows-1252 (byte 0x${byte.toString(16).padStart(2, "0")}); ` +
      'i Excel: Arkiv › Spara som › "CSV UTF-8 (kommaavgränsad)"',
    noSheet: (sheet: string, sheets: string[]) =>
      `arbetsboken har inget blad "${sheet}"; dess blad: ${sheets.map((s) => `"${s}"`).join(", ")}`,
    notXlsx: (detail: string) =>
      `ingen läsbar .xlsx-arbetsbok (${detail}); öppna den i Excel och spara den igen som .xlsx eller "CSV UTF-8"`,
    manyRespondents: (n: number) => `filen innehåller ${n} svarande: använd gapcheck aggregate`,
    noRespondentRow: "filen har ingen rad med svar, bara rubrikraden",
    templateRubric: (got: string, expected: string) =>
      `arket gäller rubric "${got}", inte "${expected}"; använd den det gjordes för (--rubric)`,
    notApplicable: "Ej tillämpligt",
    respondents: (n: number, files: number) => `${n} svarande (${files} ${files === 1 ? "fil" : "filer"})`,
    team: "Team",
    disagreeTitle: "Där åsikterna går isär",
    splitItems: (n: number, total: number) => `${n} av ${total} frågor delar gruppen`,
    largestUnknown: (title: string, points: string) => `Största okända: ${title} kan dölja ${points} poäng`,
    disagreeNone: "Ingen fråga delar teamet: där två eller fler svarat är de i stort sett överens.",
    disagreeNeedsTwo: "Samstämmighet kräver minst 2 svarande.",
    disagreeLead: "Diskutera dessa innan ni agerar: medianen döljer en splittring.",
    groupsTitle: "Där grupperna skiljer sig åt",
    groupsNone: "Ingen fråga där två gruppers medianer skiljer sig med en hel nivå eller mer.",
    groupsNoneShown: (min: number) => `Ingen grupp har ${min} eller fler svarande, så ingen visas för sig.`,
    groupLine: (group: string, n: number) => `${group} (${n})`,
    groupIndexes: "Grupper",
    explain:
      "rwg: 1 = alla gav samma nivå, under 0,5 = ingen verklig samstämmighet. AD_Md: genomsnittligt " +
      "avstånd från medianen, i nivåer (över 0,8 på en skala med 5 nivåer är en stor spridning).",
    n: "n",
    median: "Median",
    range: "Spann",
    levels: "Nivåer",
    difference: "Skillnad",
    dontKnow: "Vet inte",
    mean: "Medel",
    min: "Lägsta",
    max: "Högsta",
    disagreement: "Oenighet",
    yes: "ja",
    notes: "Anteckningar",
    distribution: "Så svarade teamet",
    distributionLead: "Varje stapel visar hur många som gav varje nivå; ● markerar medianen. Frågor märkta ⚠ delar teamet.",
    groupRadar: "Grupperna jämförda per dimension",
    agreementDim: "Samstämmighet",
  },
  template: {
    outExists: (path: string) => `-o: ${path} finns redan; gapcheck ersätter aldrig en enkät som kan vara ifylld (välj en annan fil)`,
    title: "Frågeformulär",
    intro: (rubric: string, min: number, max: number) =>
      `${rubric}. Välj för varje fråga den nivå från ${min} till ${max} som beskriver organisationen ` +
      `i dag. Lämna tomt om du inte vet; skriv n/a om frågan inte är tillämplig.`,
    csvIntro: "Fyll i svarskolumnen: en nivå, tomt för vet inte, eller na.",
    gformsHeader: [
      "Skapar frågeformuläret som ett Google-formulär. Svaren, hämtade som .csv, matchar exakt:",
      "  gapcheck aggregate svar.csv",
      "1. Öppna script.google.com och välj Nytt projekt.",
      "2. Ersätt koden där med hela den här filen och spara.",
      "3. Välj Kör (funktionen createForm) och ge åtkomst till dina Google-formulär.",
      "4. Körningsloggen visar länken för att redigera formuläret och länken att skicka till de svarande.",
    ],
    gformsDescription: (min: number, max: number) =>
      `Välj den nivå från ${min} till ${max} som beskriver organisationen i dag. ` +
      "Välj Vet inte eller Ej tillämpligt när det är det ärliga svaret.",
    respondent: "Om dig (frivilligt)",
    name: "Namn",
    role: "Roll",
    group: "Grupp (t.ex. marknad eller sälj)",
    rubricRow: "Matris",
    itemTitle: "Titel",
    question: "Fråga",
    guide: "Nivåer",
    answer: "Svar",
    note: "Anteckning",
    level: "Nivå",
    dontKnow: "Vet inte",
    notApplicable: "Ej tillämpligt",
  },
  /** Issue 10: YAML layout mistakes and rubric-editor wording. */
  layout: {
    tab: "en tabb används för indrag; YAML kräver mellanslag (använd lika många mellanslag som raderna runt omkring)",
    unclosed: (bracket: string, closing: string) =>
      `denna ${bracket} stängs aldrig; lägg till ${closing} som saknas (eller skriv värdet på flera rader utan klamrar)`,
    tooDeep: (spaces: number, above: number) =>
      `raden är indragen ${spaces} mellanslag, djupare än raden ovanför tillåter;` +
      ` dra in den ${above} mellanslag som raderna runt omkring, eller avsluta raden ovanför med ":"`,
    misaligned: (spaces: number, expected: number[]) =>
      `raden är indragen ${spaces} mellanslag, vilket inte stämmer med raderna runt omkring;` +
      ` dra in den ${expected.join(" eller ")} mellanslag`,
    unclosedQuote: (quote: string) => `detta ${quote} inleder en text som aldrig avslutas; lägg till det avslutande ${quote}`,
    semver: (got: string) =>
      `version måste vara en semantisk version inom citattecken, till exempel "2026.1.0"; utan citattecken läser YAML den som talet ${got}`,
  },
  focus: {
    notApplicable: "Ej tillämpligt",
    notApplicableHint: "gäller inte här; räknas inte in i något resultat",
    notApplicableList: "Ej tillämpligt (räknas inte in)",
    notApplicableCount: (n: number) => `${n} ej ${n === 1 ? "tillämplig" : "tillämpliga"}`,
    risks: "Juridiska och etiska risker: ta hand om dem först",
    riskBelow: (answer: string, floor: string) => `nu ${answer}, lägsta godtagbara nivå är ${floor}`,
    findOutNow: "obesvarad: ta reda på det nu",
    riskPriority: (rank: number) => `prioritet ${rank} i 80/20-listan`,
    riskAddedNow: "en snabb vinst under miniminivån: med i de första 30 dagarna också",
    glance: "I korthet",
    morePriorities: (n: number) => `och ${n} till i 80/20-listan`,
    riskColumn: "Risk",
    concentrated: (selected: number, candidates: number, share: string) =>
      `${selected} av ${candidates} gap står för ${share} av det viktade gapet.`,
    spread: (selected: number, candidates: number, threshold: string, focus: number, share: string) =>
      `Gapet är utspritt: ${selected} av ${candidates} gap behövs för att nå ${threshold}.` +
      ` ${focus === 1 ? `Det största står för ${share}` : `De ${focus} största står för ${share}`}.`,
    onlyGap: "Det finns ett enda gap: det utgör hela det viktade gapet.",
    allNeeded: (n: number, threshold: string, focus: number, share: string | null) =>
      `Alla ${n} gap behövs för att nå ${threshold}.` +
      (share === null ? "" : ` ${focus === 1 ? `Det största står för ${share}` : `De ${focus} största står för ${share}`}.`),
    focusHeading: (n: number) => (n === 1 ? "Fokus: det största gapet" : `Fokus: de ${n} största gapen`),
    lowers: (points: string) => `att stänga det sänker gapindex med ${points} poäng`,
    rest: (n: number) => `Resten av 80/20-listan (${n})`,
    pointsLegend: "p = poäng av gapindexet när gapet sluts",
    pointsShort: (points: string) => `${points} p`,
    points: "Poäng",
    pointsUnit: "poäng",
    potentialPoints: (points: string) => `kan dölja ${points} poäng`,
    plan: "Plan",
    first30: "Första 30 dagarna: snabba vinster",
    next90: "Nästa 90 dagar: större projekt att starta",
    notNow: "Inte nu: kostar mycket, ger lite (stoppa eller pausa)",
    nothing: "inget här",
    effortValue: (effort: number) => `insats ${effort}`,
    quadrant: "Kvadrant",
    planColumn: "Plan",
    quadrants: { "quick-win": "Snabba vinster", "major-project": "Större projekt", "fill-in": "Utfyllnad", "not-now": "Inte nu" } as Record<
      string,
      string
    >,
    planNames: { first30Days: "första 30 dagarna", next90Days: "nästa 90 dagar", notNow: "inte nu" } as Record<string, string>,
    matrix: "Effekt och insats",
    matrixPoints: "Poäng av gapindex",
    matrixEffort: "Insats (1 snabb … 5 stort program)",
    matrixPriority: "i 80/20-listan",
    matrixOther: "övrigt gap",
    matrixCut: "80/20-gräns",
    badFocus: (value: string) => `"${value}" är inget heltal från 1 till 50`,
    helpFocus: "hur många prioriteringar som visas i sin helhet, med åtgärder (1-50)",
    helpReportFocus: "som assess --focus (standard: resultatets eget)",
    floorOutOfScale: (floor: number, min: number, max: number) => `golvet ${floor} ligger utanför skalan; tillåtet: heltal ${min}..${max}`,
    floorReasonMissing: (item: string) =>
      `punkten "${item}" har ett golv (floor) men ingen floorReason; ange regeln som står på spel (t.ex. GDPR art. 7)`,
    floorWithoutFloor: (item: string) => `punkten "${item}" har en floorReason men inget golv (floor)`,
    fixtureRisks: (name: string, expected: string[], actual: string[]) =>
      `fixture "${name}": förväntade risker [${expected.join(", ")}], fick [${actual.join(", ")}]`,
    fixtureNotNow: (name: string, expected: string[], actual: string[]) =>
      `fixture "${name}": förväntade ”inte nu” [${expected.join(", ")}], fick [${actual.join(", ")}]`,
  },
  history: {
    oldIdInUse: (id: string, line: number, col: number) =>
      `history: "${id}" är id för en befintlig punkt (på ${line}:${col});` +
      ` bara id som inte längre finns får anges som omdöpta eller borttagna`,
    listedTwice: (id: string, line: number, col: number) =>
      `history: "${id}" anges redan på ${line}:${col}; ett gammalt id är antingen omdöpt eller borttaget, och anges bara en gång`,
    renamedNotice: (from: string, to: string) => `svaret för "${from}" lästes in som "${to}" (punkten har bytt id)`,
    removedWarning: (id: string) => `punkten "${id}" har tagits bort ur matrisen; svaret på den räknas inte`,
    bothIds: (from: string, to: string) => `svar finns både för "${from}" och för dess nya id "${to}"; svaret för "${to}" används`,
    declared: "angiven i history",
    itemRemovedDeclared: (id: string) => `punkten ${id} togs bort (angiven i history: sparade svar på den ignoreras med en varning)`,
  },
  questionnaire: {
    pickHighest:
      "Välj för varje fråga den högsta nivå vars beskrivning stämmer helt för er i dag; om bara en del stämmer, välj nivån under.",
  },
  cache: {
    noCache: "läs eller skriv inte cachen med kompilerade matriser (även GAPCHECK_CACHE=0)",
  },
} satisfies Messages;

function abbreviate(list: string[]): string {
  return list.length <= 8 ? list.join(", ") : `${list.slice(0, 8).join(", ")} … (totalt ${list.length})`;
}

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
