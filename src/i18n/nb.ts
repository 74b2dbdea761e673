import type { Messages } from "./messages.js";

/** How far apart the two dates are, never as a negative duration: dates out of order say which came first. */
const inDays = (days: number | null) =>
  days === null
    ? ""
    : days === 0
      ? " samme dag"
      : days > 0
        ? ` på ${days} ${days === 1 ? "dag" : "dager"}`
        : `, det siste datert ${-days} ${days === -1 ? "dag" : "dager"} før utgangspunktet`;

/** Norwegian Bokmål (norsk bokmål). Rule ids, option names (--answers …), command names and JSON field names stay English. */
export const nb = {
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
  ruleDocs: {
    "file-unreadable": "Filen kan ikke leses: den mangler, er en mappe eller kan ikke åpnes.",
    "file-too-large": "Filen er større enn 4 MiB.",
    encoding: "Filen er ikke gyldig UTF-8 (en BOM er tillatt).",
    "empty-file": "Filen inneholder bare mellomrom eller kommentarer.",
    "too-deep": "Strukturen er nøstet i mer enn 64 nivåer.",
    "yaml-syntax": "YAML-koden (eller JSON-koden) kan ikke tolkes.",
    "multiple-documents": "Filen inneholder mer enn ett YAML-dokument.",
    "yaml-directive": "Et %YAML-direktiv for en annen versjon enn 1.2.",
    "yaml-tag": "En egen eller uvanlig YAML-tagg, for eksempel !foo eller !!binary.",
    "duplicate-key": "Den samme nøkkelen forekommer to ganger i en mapping.",
    "forbidden-key": "En nøkkel som heter __proto__, constructor eller prototype.",
    "bad-number": "Et tall som ikke er endelig eller er for stort til å være et eksakt heltall.",
    "alias-limit": "YAML-aliaser utvides utover tolkerens grense.",
    "unknown-key": "En nøkkel som formatet ikke har (oftest en skrivefeil).",
    "missing-field": "Et obligatorisk felt mangler.",
    "invalid-type": "En verdi av feil type; ingenting blir omgjort automatisk.",
    "invalid-value": "En verdi utenfor det tillatte området eller av feil form.",
    "duplicate-id": "En id for en gruppe, tagg, dimensjon, et spørsmål eller en profil er brukt to ganger.",
    "unknown-group": "En dimensjon viser til en gruppe som ikke finnes.",
    "unknown-tag": "Et spørsmål viser til en tagg som ikke finnes.",
    "unknown-dimension": "En profil viser til en dimensjon som ikke finnes.",
    "unknown-item": "En henvisning til et spørsmål som ikke finnes.",
    "unknown-profile": "En henvisning til en profil som ikke finnes.",
    "missing-target": "En profil mangler mål for en dimensjon.",
    "scale-levels": "Skalaens etiketter er ikke nøyaktig min..max, eller max er ikke større enn min.",
    "level-out-of-scale": "En nivåbeskrivelse, et mål eller et svar ligger utenfor skalaen.",
    "fixture-failed": "Et testtilfelle i matrisen gir ikke de forventede prioriteringene eller indeksområdene.",
    "missing-translation": "En tekst mangler for et språk som matrisen oppgir.",
    "unknown-locale": "En tekst er gitt på et språk som matrisen ikke oppgir.",
    "empty-group": "Ingen dimensjon hører til gruppen.",
    "unused-tag": "Ingen spørsmål bruker taggen.",
    "rubric-mismatch": "Svarene ble gitt for en annen matrise.",
    "rubric-version": "Svarene ble gitt for en annen versjon av matrisen.",
    "removed-item":
      "Et svar for et spørsmål som matrisens historikk oppgir som fjernet (eller for en gammel " +
      "id der den nye id-en også er besvart); det ignoreres.",
  },
  /** How to fix what each rule finds (SARIF's `help`). */
  ruleHelp: {
    "file-unreadable":
      "Sjekk stien: den skal peke på en fil du har lov til å lese, ikke på en mappe. Sett anførselstegn rundt en sti med mellomrom.",
    "file-too-large": "Del opp filen eller fjern det den ikke trenger: en matrise med tusen spørsmål er langt under 4 MiB.",
    encoding: "Lagre filen som UTF-8 (i de fleste redigeringsprogrammer: Lagre som, og velg tegnkodingen UTF-8).",
    "empty-file": "Skriv innholdet i matrisen, eller ta utgangspunkt i den som `gapcheck init` lager.",
    "too-deep": "Gjør strukturen flatere: formatet trenger bare noen få nivåer.",
    "yaml-syntax":
      "Rett YAML-koden på linjen og i kolonnen som er oppgitt. En verdi som inneholder `: ` eller ` #`, må stå i anførselstegn.",
    "multiple-documents": "Ha ett dokument per fil: fjern linjen `---` eller del filen i to.",
    "yaml-directive": "Fjern linjen `%YAML`, eller skriv `%YAML 1.2`.",
    "yaml-tag": "Fjern taggen og skriv verdien slik den er: bare YAMLs grunntyper leses.",
    "duplicate-key": "Behold én av de to nøklene, med verdien du mener.",
    "forbidden-key": "Gi nøkkelen et annet navn: disse tre navnene avvises fordi de ville endre hvordan objekter oppfører seg.",
    "bad-number": "Skriv et endelig tall mellom -9007199254740991 og 9007199254740991.",
    "alias-limit": "Skriv ut de gjentatte delene, eller bruk færre aliaser (`*navn`).",
    "unknown-key": "Rett nøkkelen (meldingen foreslår den nærmeste tillatte) eller fjern den; `gapcheck schema rubric` viser alle nøklene.",
    "missing-field": "Legg til feltet som meldingen nevner.",
    "invalid-type": "Skriv verdien som typen meldingen oppgir, for eksempel et tall uten anførselstegn.",
    "invalid-value": "Endre verdien til en som meldingen tillater.",
    "duplicate-id":
      "Gi hver sin egen id. Svar og profiler viser til id-er: når et spørsmål får ny id, skriver du den gamle under `history.renamed`.",
    "unknown-group": "Bruk id-en til en av matrisens grupper (`groups`), eller legg til gruppen.",
    "unknown-tag": "Bruk id-en til en av matrisens tagger (`tags`), eller legg til taggen.",
    "unknown-dimension": "Bruk id-en til en av matrisens dimensjoner, eller legg til dimensjonen.",
    "unknown-item": "Bruk id-en til et av matrisens spørsmål; den gamle id-en til et spørsmål hører bare hjemme under `history.renamed`.",
    "unknown-profile": "Bruk id-en til en av matrisens profiler (`profiles`), eller legg til profilen.",
    "missing-target": "Legg til et mål for dimensjonen i profilens `targets`.",
    "scale-levels": "Gi hvert nivå fra `min` til `max` en etikett, og sørg for at `max` er større enn `min`.",
    "level-out-of-scale": "Endre nivået til et mellom skalaens `min` og `max`.",
    "fixture-failed":
      "En endring av vekter, mål eller spørsmål har endret det testtilfellet forventer: sjekk " +
      "at endringen er ment, og oppdater deretter testtilfellets `expect`.",
    "missing-translation": "Legg til teksten på det språket, eller fjern språket fra `locales`.",
    "unknown-locale": "Legg til språket i matrisens `locales`, eller fjern teksten.",
    "empty-group": "Legg en dimensjon i gruppen, eller fjern gruppen.",
    "unused-tag": "Merk et spørsmål med taggen, eller fjern taggen.",
    "rubric-mismatch": "Bruk matrisen svarene ble gitt for (`-r FIL`), eller begynn på nytt med nye svar fra `gapcheck template`.",
    "rubric-version": "Sjekk at spørsmålene betyr det samme i denne versjonen: `gapcheck diff GAMMEL NY` viser hva som er endret.",
    "removed-item": "Ingenting må gjøres: fjern svaret, eller svar på spørsmålet som erstattet det.",
  },
  /** What a rule's severity does (the end of SARIF's `fullDescription`). */
  ruleSeverity: {
    error: "Rapporteres som feil: `gapcheck validate` avslutter med kode 1.",
    warning: "Rapporteres som advarsel: `gapcheck validate` avslutter med kode 0, med mindre `--strict` er angitt.",
  },
  rules: {
    // Worded without an article, since the kinds differ in gender (et punkt, en profil).
    duplicateId: (kind: string, id: string, line: number, col: number) => `${kind} med id "${id}" er allerede definert på ${line}:${col}`,
    unknownRef: (kind: string, id: string, allowed: string[]) =>
      `ukjent ${kind} "${id}"; ${allowed.length ? `kjente: ${abbreviate(allowed)}` : `ingen er definert`}`,
    missingTarget: (profile: string, dimension: string) => `profilen "${profile}" har ikke noe mål for dimensjonen "${dimension}"`,
    scaleOrder: (min: number, max: number) => `skalaens max (${max}) må være større enn min (${min})`,
    scaleMissingLevel: (level: number) => `skalaen mangler etikett for nivå ${level}; nivåene må være nøyaktig min..max`,
    scaleExtraLevel: (key: string, min: number, max: number) => `nivå ${key} er utenfor skalaen ${min}..${max}`,
    outOfScale: (what: string, value: number, min: number, max: number) =>
      `${what} ${value} er utenfor skalaen; tillatt: heltall ${min}..${max}`,
    missingTranslation: (locales: string[]) => `tekst mangler for ${locales.length > 1 ? "språkene" : "språket"} ${locales.join(", ")}`,
    undeclaredLocale: (locale: string, declared: string[]) => `språket "${locale}" står ikke i locales (${declared.join(", ")})`,
    emptyGroup: (group: string) => `gruppen "${group}" har ingen dimensjoner`,
    unusedTag: (tag: string) => `taggen "${tag}" brukes ikke av noe punkt`,
    badRange: (low: number, high: number) => `intervallet [${low}, ${high}] må ligge innenfor 0..100, med den laveste verdien først`,
    fixtureTop: (name: string, expected: string[], actual: string[]) =>
      `fixture "${name}": toppen skal være [${expected.join(", ")}], men er [${actual.join(", ")}]`,
    fixtureRange: (name: string, field: string, low: number, high: number, actual: number | null) =>
      `fixture "${name}": ${field} skal ligge innenfor [${low}, ${high}], men er ${actual ?? "ingenting (ingen svar)"}`,
    kinds: { group: "gruppe", tag: "tagg", dimension: "dimensjon", item: "punkt", profile: "profil", fixture: "fixture" } as Record<
      string,
      string
    >,
    what: { anchor: "ankernivået", target: "målet", answer: "svaret" } as Record<string, string>,
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
  cli: {
    usage: (detail: string) => `${detail} (se gapcheck --help)`,
    unknownProfile: (id: string, allowed: string[]) => `--profile: matrisen har ingen profil "${id}"; velg en av: ${allowed.join(", ")}`,
    badPareto: (value: string) => `"${value}" er ikke en andel fra 0.05 til 1, f.eks. 0.8`,
    badFailAbove: (value: string) => `"${value}" er ikke en gapindeks fra 0 til 100`,
    noTerminal:
      "ingen terminal å stille spørsmålene i (stdin og stderr må være en terminal);" +
      " oppgi svarene med --answers FIL, eller --answers - for å lese dem fra stdin",
    outIsInput: (path: string) => `--out: ${path} er en av inndatafilene; velg en annen fil`,
    writeFailed: (path: string, detail: string) => writeProblem(path, detail),
    invalidRubric: (file: string, count: number, command: string) => `${file}: matrisen har ${count} feil; kjør ${command}`,
    invalidAnswers: (file: string, count: number) => `${file}: ${count} ${count === 1 ? "problem" : "problemer"} i svarfilen`,
    gapAbove: (gap: string, limit: string) => `gapindeksen ${gap} er over --fail-above ${limit}`,
    answersSaved: (path: string) => `Svarene er lagret i ${path}`,
    validateSummary: (files: number, errors: number, warnings: number) =>
      `${files} ${files === 1 ? "fil" : "filer"} kontrollert: ${errors} feil, ${warnings} ${warnings === 1 ? "advarsel" : "advarsler"}`,
    noRubricsFound: (pattern: string) => `ingen matrisefil passer til ${pattern}`,
    saveExists: (path: string) => `--save: ${path} finnes allerede; gapcheck overskriver aldri lagrede svar (velg en annen fil)`,
    draftExists: (path: string, command: string) => `--save: det finnes et uferdig utkast ${path}; fortsett med: ${command}`,
    answersAndResume: "--answers og --resume kan ikke brukes sammen: --resume fortsetter en interaktiv kjøring",
    interruptedNothingSaved: "Avbrutt før noe svar var gitt; ingenting er lagret.",
    defaultMark: "standard",
    internalError: (detail: string) => `intern feil: ${detail} (sett GAPCHECK_DEBUG=1 for detaljer, og meld gjerne fra om feilen)`,
  },
  help: {
    program:
      "Gapanalyse for markedsorganisasjoner: vurder nåsituasjonen i en matrise, sammenlign med en rolleprofil og få 80/20-prioriteringene.",
    assess: "vurder hvert punkt (i terminalen eller fra --answers) og skriv ut gaptabellen og 80/20-prioriteringene",
    validate: "kontroller matrisefiler (alle medfølgende hvis ingen er oppgitt): YAML, skjema, referanser, språk, fixtures",
    schema: "skriv ut JSON Schema for et filformat: rubric, answers, result, comparison eller match",
    rubrics: "list opp de medfølgende matrisene og profilene deres",
    rubricFiles: "matrisefiler som skal kontrolleres",
    schemaName: "rubric, answers, result, comparison eller match",
    rubric: "matrisefil (standard: den medfølgende matrisen marketing-leadership)",
    profile: "rolleprofil å sammenligne med: en id eller en fil med en kundeprofil (standard: svarfilens, ellers matrisens defaultProfile)",
    answers: "les svarene fra en fil (YAML eller JSON; - for stdin) i stedet for å spørre",
    format: "utdataformat",
    json: "samme som --format json",
    out: "skriv resultatet til en fil i stedet for stdout",
    save: "fil der en interaktiv kjøring lagrer svarene (standard: en ny, datert fil i gjeldende mappe)",
    resume: "fortsett en avbrutt interaktiv kjøring fra utkastfilen",
    lang: "språk for tekster og meldinger (standard: fra LC_ALL, LC_MESSAGES eller LANG, ellers matrisens første språk)",
    pareto: "andelen av det vektede gapet som prioriteringslisten skal dekke, fra 0.05 til 1",
    failAbove: "avslutt med kode 1 når gapindeksen er over GAP (0–100)",
    noColor: "ingen farger i utdata",
    validateFormat: "format for funnene",
    strict: "behandle advarsler som feil",
    rubricsJson: "skriv ut listen som JSON",
    version: "vis versjonen",
    helpOption: "vis hjelp",
    report: "vis et lagret JSON-resultat i et annet format (table, markdown, csv, html, json)",
    reportFile: "et resultat lagret med gapcheck assess --json",
    diff: "vis hva en endring i matrisen påvirker; fixtures beregnes med begge versjonene",
    diffOld: "matrisen før endringen",
    diffNew: "matrisen etter endringen",
    diffFormat: "utdataformat",
    failOn: "avslutt med kode 1 når svar lagret for OLD ikke lenger kan lastes inn med NEW",
    init: "skriv en liten, gyldig og kommentert startmatrise (overskriver aldri)",
    initFile: "hvor den skal skrives",
    helpCommand: "vis hjelp for en kommando",
    /** commander's section titles and option details. */
    titles: {
      "Usage:": "Bruk:",
      "Options:": "Valg:",
      "Commands:": "Kommandoer:",
      "Arguments:": "Argumenter:",
      "Global Options:": "Globale valg:",
    } as Record<string, string>,
    choices: "verdier",
    default: "standard",
  },
  usage: {
    unknownOption: (flag: string) => `ukjent valg '${flag}'`,
    unknownCommand: (name: string) => `ukjent kommando '${name}'`,
    didYouMean: (suggestion: string) => `mente du ${suggestion}?`,
    invalidArgument: (flag: string, value: string) => `valget '${flag}' godtar ikke '${value}'`,
    allowedChoices: (choices: string) => `tillatt: ${choices}`,
    invalidCommandArgument: (name: string, value: string) => `'${value}' er ikke tillatt for ${name}`,
    missingArgument: (name: string) => `argumentet '${name}' mangler`,
    optionMissingArgument: (flag: string) => `valget '${flag}' trenger en verdi`,
    tooManyArguments: "for mange argumenter",
  },
  diff: {
    heading: (id: string, from: string, to: string) => `${id}: ${from} → ${to}`,
    breaking: "Ikke bakoverkompatibel: svar lagret for den gamle versjonen kan ikke lenger lastes inn.",
    notBreaking: "Bakoverkompatibel: svar lagret for den gamle versjonen kan fortsatt lastes inn.",
    rubricIdChanged: (from: string, to: string) => `matrisens id er endret fra ${from} til ${to}`,
    itemRemoved: (id: string) => `punktet ${id} er fjernet`,
    itemRenamed: (from: string, to: string) => `punktet ${from} har fått ny id: ${to}`,
    scaleChanged: (from: string, to: string) => `skalaen er endret fra ${from} til ${to}`,
    profileRemoved: (id: string) => `profilen ${id} er fjernet`,
    itemsAdded: "Nye punkter",
    itemsRemoved: "Fjernede punkter",
    itemsRenamed: "Punkter med ny id (oppgitt i history, eller samme spørsmål med ny id)",
    itemsMoved: "Punkter flyttet til en annen dimensjon",
    dimensionsAdded: "Nye dimensjoner",
    dimensionsRemoved: "Fjernede dimensjoner",
    profilesAdded: "Nye profiler",
    profilesRemoved: "Fjernede profiler",
    scale: "Skala",
    targets: "Mål",
    weights: "Vekter",
    efforts: "Innsats",
    texts: "Tekster",
    fixtures: "Fixtures beregnet med begge versjonene",
    none: "Ingen endringer.",
    top: "topp",
    gapIndex: "gapindeks",
    maturity: "modenhetsindeks",
    unscorable: "kan ikke beregnes (profilen mangler)",
    change: "Endring",
    before: "Før",
    after: "Etter",
  },
  init: {
    exists: (file: string) => `${file} finnes allerede; gapcheck init overskriver aldri en fil (velg et annet navn)`,
    written: (file: string, command: string) => `${file} er opprettet. Kontroller den med: ${command}`,
  },
  prompt: {
    /** inquirer\'s key hint, by its English action word. */
    keys: { navigate: "flytt", select: "velg" } as Record<string, string>,
    chooseProfile: "Hvilken rolle skal svarene sammenlignes med?",
    respondentName: "Navnet ditt (valgfritt, Enter for å hoppe over):",
    respondentRole: "Rollen din (valgfritt, Enter for å hoppe over):",
    note: "Notat til dette punktet (valgfritt, Enter for å la det stå tomt):",
    addNote: "✎ Legg til et notat",
    editNote: "✎ Endre notatet",
    back: "← Tilbake til forrige spørsmål",
    skipDimension: (dimension: string) => `⏭ Hopp over resten av ${dimension} (vet ikke)`,
    skipHint: "de gjenstående spørsmålene i denne delen regnes som ubesvarte",
    review: (answered: number, total: number) =>
      `Gjennomgang: ${answered} av ${total} besvart. Velg et svar for å endre det, eller beregn resultatet.`,
    reviewDone: "✔ Beregn resultatet",
    reviewDoneHint: "lagrer svarene og skriver ut resultatet",
    dontKnow: "Vet ikke",
    dontKnowHint: "regnes som ubesvart; havner blant de ukjente som bør avklares",
    progress: (n: number, total: number, dimension: string, item: string) => `[${n}/${total}] ${dimension} · ${item}`,
    excludedItems: (n: number) => `${n} spørsmål gjelder ikke denne rollen og blir ikke stilt.`,
  },
  report: {
    title: "Gapanalyse",
    headline: "Sammendrag",
    date: "Dato",
    radar: "Nå og mål per dimensjon",
    pareto: "Hvor det vektede gapet ligger",
    impact: "Effekt",
    cumulativeShare: "Kumulativ andel",
    cut: (share: string) => `grense ved ${share}`,
    dimensions: "Dimensjoner",
    /** The dimensions line of the terminal report: a % there is a share of the weighted gap. */
    dimensionsShare: "Andel av gapet per dimensjon",
    tags: "Gapmønstre",
    tag: "Mønster",
    allItems: "Alle punkter",
    dimension: "Dimensjon",
    answer: "Svar",
    priority: "Prioritet",
    note: "Notat",
    action: "Tiltak",
    weight: "Vekt",
    effort: "Innsats",
    gap: "Gap",
    target: "Mål",
    item: "Punkt",
    id: "Id",
    axis: "Fra Industri 4.0 til Industri 5.0",
    notAResult: (file: string) => `${file} er ikke et gapcheck-resultat (forventet JSON fra gapcheck assess --json)`,
    helpLang: "språket resultatet vises på (standard: språket det ble lagret på)",
    helpRubric: "matrisen tekstene hentes fra for --lang (standard: den medfølgende matrisen med resultatets id og versjon)",
    keptLanguage: (file: string, id: string, version: string, wanted: string, kept: string) =>
      `${file}: tekstene i matrisen "${id}" ${version} er ikke tilgjengelige på ${wanted}, så utskriften blir på ${kept}, ` +
      `språket resultatet ble lagret på; oppgi matrisen med -r for å få den på ${wanted}`,
    languages: { en: "engelsk", sv: "svensk", nb: "norsk bokmål" } as Record<string, string>,
    footer: (rubric: string, version: string) => `Laget med gapcheck · matrise ${rubric} ${version}`,
  },
  table: {
    profile: "Profil",
    respondent: "Respondent",
    maturity: "Modenhetsindeks",
    gapIndex: "Gapindeks",
    gapRange: (low: string, high: string) => `${low}–${high} med de ukjente medregnet`,
    coverage: "Besvart",
    coverageValue: (answered: number, items: number) => `${answered} av ${items}`,
    dimension: "Dimensjon",
    current: "Nå",
    target: "Mål",
    gap: "Gap",
    /** Column headers that say what their % is: a gap as a share of the scale, a share of the weighted gap. */
    gapOfScale: "Gap % av skalaen",
    shareOfGap: "Andel av gapet %",
    priorities: "80/20-prioriteringer",
    paretoLine: (selected: number, candidates: number, share: string) =>
      `${selected} av ${candidates} gap står for ${share} av det vektede gapet.`,
    noGaps: "Ingen gap: alle besvarte punkter er på eller over målet sitt.",
    rank: "#",
    item: "Punkt",
    nowTarget: "Nå→Mål",
    share: "Andel",
    cumulative: "Kum.",
    effort: "Innsats",
    action: "Tiltak",
    quickWin: "rask gevinst",
    unknowns: "Ukjente å avklare først",
    potential: "kan skjule",
    poles: (group: string) => `${group}: der dere står`,
    notAnswered: "–",
    more: (n: number) => `og ${n} til`,
  },
  trust: {
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
    nothingAnswered: "Ingenting er besvart ennå: det finnes ikke noe gap å vise. Besvar minst ett punkt.",
    indicative: (answered: number, items: number) => `Bare veiledende: ${answered} av ${items} punkter besvart (under 60 %).`,
    failAboveNothing: (limit: string) => `--fail-above ${limit}: ingen punkter er besvart, så det finnes ingen gapindeks å vurdere`,
    readingStdin: "Leser svar fra stdin (avslutt med Ctrl-D) …",
    jsonAndFormat: (format: string) => `--json og --format ${format} kan ikke brukes sammen; velg det ene`,
    versionUnchanged: (version: string) =>
      `endringene er ikke bakoverkompatible, men versjonen er fortsatt ${version}: øk versjonen slik ` +
      `at svar som er lagret for den gamle, blir flagget`,
  },
  compare: {
    help: {
      command: "fremgang mellom to eller flere resultater eller svarfiler: endringer, lukkede og nye gap, en sperre mot tilbakegang",
      inputs: "resultater (fra assess eller aggregate, som JSON) eller svarfiler, utgangspunktet først",
      rubric: "matrise å score svarfiler med (standard: den medfølgende matrisen marketing-leadership)",
      profile: "profil å sammenligne svarfiler med (standard: filens egen, ellers matrisens defaultProfile)",
      failOn: "avslutt med 1 når gapindeksen steg med flere poeng enn --tolerance, eller et punkt falt et helt nivå eller mer",
      tolerance: "hvor mange poeng gapindeksen kan stige før --fail-on regression slår til",
      allowProfileChange: "sammenlign resultater for ulike profiler (målene er forskjellige, så gapene kan ikke sammenlignes)",
    },
    badTolerance: (value: string) => `"${value}" er ikke et antall poeng fra 0 til 100`,
    tooFew: "compare trenger minst to inndata: FØR og ETTER",
    needsNewestRubric: (a: string, va: string, b: string, vb: string, id: string, command: string) =>
      `${a} gjelder versjon ${va} og ${b} versjon ${vb} av matrisen "${id}", og spørsmålene er forskjellige; ` +
      `spørsmål med nytt navn kan bare kobles sammen ved hjelp av historikken i den nyeste matrisen, ` +
      `og den er ikke tilgjengelig: oppgi den med -r (${command})`,
    oneStdin: "bare én inndatafil kan leses fra stdin (-)",
    otherRubric: (a: string, idA: string, b: string, idB: string) =>
      `${a} gjelder matrisen "${idA}", men ${b} gjelder matrisen "${idB}"; bare resultater fra samme matrise kan sammenlignes`,
    otherProfile: (a: string, idA: string, b: string, idB: string) =>
      `${a} er scoret mot profilen "${idA}", men ${b} mot "${idB}": målene er forskjellige, så gapene ` +
      `kan ikke sammenlignes; score begge med samme --profile, eller bruk --allow-profile-change`,
    argumentOrder: "ikke alle inndata har en dato: de sammenlignes i den rekkefølgen de ble gitt",
    datesReversed: (before: string, after: string) => `${after} er datert før ${before}; den første inndatafilen er utgangspunktet`,
    gateGap: (rise: string, tolerance: string) => `gapindeksen steg med ${rise} poeng, mer enn --tolerance ${tolerance}`,
    gateItems: (count: number, items: string) => `${count} ${count === 1 ? "punkt" : "punkter"} falt et helt nivå eller mer: ${items}`,
    headline: (before: string, after: string, delta: string, days: number | null, done: number, total: number) =>
      `Gapindeks ${before} → ${after} (${delta})${inDays(days)}; ${
        total === 0 ? "utgangspunktet hadde ingen prioriteringer" : `${done} av ${total} prioriteringer lukket`
      }`,
    title: "Fremgang",
    baseline: "Utgangspunkt",
    latest: "Sist",
    respondents: (n: number) => `${n} ${n === 1 ? "respondent" : "respondenter"}`,
    profileChanged: (before: string, after: string) => `Profilen er byttet (${before} → ${after}): gapene måles mot ulike mål.`,
    maturity: "Modenhetsindeks",
    gapIndex: "Gapindeks",
    coverage: "Besvart",
    dimensions: "Dimensjoner, før → etter",
    dimension: "Dimensjon",
    tag: "Mønster",
    tags: "Gapmønstre, før → etter",
    item: "Punkt",
    before: "Før",
    after: "Etter",
    delta: "Endring",
    gapBefore: "Gap før",
    gapAfter: "Gap etter",
    status: "Status",
    target: "Mål",
    rank: "#",
    closed: "Lukkede prioriteringer",
    remaining: "Gjenstående prioriteringer",
    fresh: "Nye prioriteringer",
    regressed: "Tilbakegang",
    changes: "Andre endringer",
    allItems: "Alle punkter",
    none: "Ingen.",
    notAnswered: "–",
    na: "ikke relevant",
    addedPoints: (points: string) => `${points} poeng`,
    /** En endring mellom to prosenttall, i prosentpoeng: "+2 %-poeng". */
    percentPoints: (points: string) => `${points} %-poeng`,
    renamedFrom: (id: string) => `het ${id}`,
    statuses: {
      added: "lagt til",
      removed: "fjernet",
      "newly-answered": "nylig besvart",
      "no-longer-answered": "ikke lenger besvart",
      closed: "lukket",
      opened: "åpnet",
      improved: "forbedret",
      regressed: "svekket",
      unchanged: "uendret",
    } as Record<string, string>,
    radar: "Nåsituasjon per dimensjon, før (stiplet) og etter (heltrukket)",
    slope: "Gap per dimensjon, før → etter",
    series: "Gap per dimensjon over tid",
    seriesIndex: "Gapindeks over tid",
    point: (n: number) => `nr. ${n}`,
    legendBefore: "Før",
    legendAfter: "Etter",
    legendTarget: "Mål",
    footer: (rubric: string) => `Laget med gapcheck · matrise ${rubric}`,
  },
  match: {
    help: "ranger kandidater etter hvor stor del av organisasjonens vektede gap hver av dem ville lukke",
    orgArg: "organisasjonen: et resultat av gapcheck assess eller aggregate (JSON), eller en svarfil",
    candidatesArg: "kandidatenes svarfiler (filer, mapper eller globmønstre) for samme matrise",
    teamOption: "velg også det beste teamet av K kandidater",
    badTeam: (value: string) => `--team må være et heltall fra 1 til 50, ikke '${value}'`,
    title: "Kandidater matchet mot gapet",
    organisation: "Organisasjon",
    respondents: (n: number) => `${n} respondenter`,
    gapIndex: "gapindeks",
    sentence: (name: string, share: string, closed: number, focus: number) =>
      focus > 0
        ? `${name} lukker ${share} av det vektede gapet og ${closed} av de ${focus} fokusprioriteringene.`
        : `${name} lukker ${share} av det vektede gapet.`,
    noGap: "Organisasjonen har ikke noe gap å lukke: hvert besvarte spørsmål ligger på eller over målnivået.",
    rank: "#",
    candidate: "Kandidat",
    closes: "Lukker",
    ofPriorities: "Av 80/20-listen",
    closesShare: "Lukker, % av gapet",
    ofPrioritiesShare: "% av 80/20-listen",
    points: "Poeng",
    fully: "Lukker helt",
    partly: "Lukker delvis",
    file: "Fil",
    answered: "Besvart",
    answeredNothing: "har ikke svart på noe",
    noneClosed: "ingen",
    team: (size: number) => `Beste team av ${size}`,
    teamLine: (names: string, share: string, priorityShare: string) =>
      `${names} lukker ${share} av det vektede gapet (${priorityShare} av 80/20-listen).`,
    added: (name: string, share: string) => `${name} tilfører ${share}`,
    teamTooLarge: (asked: number, count: number) => `--team ${asked} er flere enn de ${count} kandidatene; teamet består av alle`,
    noCandidates: (input: string) => `${input}: fant ingen svarfiler for kandidater (ventet .yaml-, .yml- eller .json-filer)`,
    heatMap: "Hvilke prioriteringer hver kandidat lukker",
    full: "lukkes helt",
    partial: "lukkes delvis",
    none: "lukkes ikke",
    pointsLine: (points: string) => `senker gapindeksen med ${points} poeng`,
    otherRubric: (file: string, id: string, rubric: string) =>
      `${file} er et resultat for matrisen ${id}, men kandidatene leses med matrisen ${rubric}; oppgi den matrisen med -r`,
    footer: (rubric: string, version: string) => `Laget med gapcheck · matrise ${rubric} ${version}`,
  },
  session: {
    fileHeader: (min: number, max: number) => `gapcheck-svar: nivåer ${min}..${max}, null = vet ikke, na = ikke relevant`,
    interrupted: (count: number, dontKnow: number, path: string, command: string) =>
      `Avbrutt: ${count} svar${dontKnow === 0 ? "" : count === 1 ? " («vet ikke»)" : ` (hvorav ${dontKnow} «vet ikke»)`} er ` +
      `lagret i ${path}\nFortsett med: ${command}`,
  },
  serve: {
    sessionUnreadable: (path: string, detail: string) =>
      `${path}: ikke en øktfil for en gapcheck-workshop (${detail}); flytt den eller velg en annen mappe`,
    notAFolder: (path: string) => `${path} er en fil, ikke en mappe: oppgi en mappe for workshopens svar`,
    otherRubric: (folder: string, had: string, given: string) =>
      `${folder} inneholder en workshop for matrisen "${had}", ikke "${given}": ` +
      `fortsett den med -r for "${had}", eller velg en annen mappe`,
    otherProfile: (folder: string, had: string, given: string) =>
      `${folder} inneholder en workshop for profilen "${had}", ikke "${given}": fortsett den med -p ${had}, eller velg en annen mappe`,
    badMinGroup: "--min-group må være et heltall, minst 3 (færre ville vise én persons svar som en gruppes)",
    badGroup: (group: string) => `--groups: "${group}" kan ikke brukes som gruppenavn (1–40 tegn, hvert navn én gang, ikke "other")`,
    tlsPair: "--tls-cert og --tls-key hører sammen: oppgi begge filene, eller ingen for vanlig HTTP",
    tlsUnreadable: (flag: string, path: string, code: string) => `${flag} ${path}: kan ikke lese filen (${code})`,
    cannotListen: (host: string, port: number, code: string) =>
      `kan ikke starte på ${host}:${port} (${code}): velg en annen --port, eller --host 127.0.0.1`,
    cli: {
      help: "en workshop: viser spørreskjemaet på mobilene i rommet og konsensus live, uenigheter først",
      helpFolder: "øktmappen (svarfiler og en skjult øktfil); en eksisterende fortsetter (standard: en ny her)",
      helpGroups: "grupper deltakerne velger mellom, kommaseparert (f.eks. marked,salg)",
      helpMinGroup: "minste antall personer som vises samlet, minst 3 (standard 3)",
      helpTitle: "workshopens tittel på sidene",
      helpHost: "adressen det lyttes på (standard 0.0.0.0, alle nettverk; 127.0.0.1 holder det på denne maskinen)",
      helpPort: "porten (standard: den fortsatte øktens, ellers en hvilken som helst ledig)",
      helpTlsCert: "bruk HTTPS med dette sertifikatet (PEM); krever --tls-key",
      helpTlsKey: "sertifikatets private nøkkel (PEM)",
      helpJson: "skriv lenkene som én JSON-linje på stdout; alt annet går til stderr",
      badPort: (value: string) => `"${value}" er ingen port: bruk et heltall fra 0 til 65535`,
      started: (folder: string) => `Workshopen har startet. Svarene lagres i ${folder}`,
      resumed: (folder: string) => `Workshopen fortsetter fra ${folder}, med de samme lenkene og svarene`,
      portChanged: "Øktens tidligere port er opptatt: lenkene nedenfor er nye.",
      participants: "Deltakerne åpner:",
      code: (url: string) => `eller går til ${url} og skriver inn koden:`,
      facilitator: "Workshopleder (behold denne lenken for deg selv):",
      alsoAt: "Kan også nås på:",
      plainHttp:
        "Advarsel: dette er vanlig HTTP. Andre på samme nettverk kan lese svarene når de sendes. " +
        "Bruk --tls-cert og --tls-key for HTTPS, eller --host 127.0.0.1 for å holde det på denne maskinen.",
      offlineForm: (folder: string) =>
        "Hvis mobilene ikke når denne maskinen (gjestenett, brannmur): `gapcheck template -f form -o skjema.html` " +
        `lager et skjema som virker uten nett; legg svarfilene folk sender tilbake i ${folder}.`,
      stop: "Trykk Ctrl-C for å avslutte workshopen.",
      count: (n: number, groups: string) => `Antall svar: ${n}${groups === "" ? "" : ` (${groups})`}`,
      stopped: (n: number, folder: string, command: string) =>
        `Workshopen er avsluttet: ${n} svar lagret i ${folder}. Se resultatet med: ${command}`,
    },
    api: {
      notObject: 'innholdet må være et JSON-objekt: { "answers": { ITEM: nivå } }',
      unknownKey: (key: string) => `ukjent felt "${key}": tillatt er answers, group, locale og receipt`,
      noAnswers: '"answers" må være et objekt med spørsmålenes id og nivåer',
      unknownGroup: (group: string, groups: readonly string[]) =>
        groups.length === 0
          ? `denne workshopen har ingen grupper; utelat "group" (fikk "${group}")`
          : `"${group}" er ingen gruppe her: velg en av ${groups.join(", ")}`,
      unknownLocale: (locales: readonly string[]) => `"locale" må være en av ${locales.join(", ")}`,
      badReceipt: '"receipt" må være kvitteringen et tidligere svar ga',
      closed: "workshopen er stengt: svar tas ikke lenger imot",
      unknownReceipt: "ingen tidligere innsending har denne kvitteringen: send uten den for å levere nye svar",
      noAnswersYet: "ingen har svart ennå: det finnes ikke noe resultat å laste ned",
      notFound: "finnes ikke",
      method: (allow: string) => `metoden er ikke tillatt her; bruk ${allow}`,
      internal: "serveren kunne ikke håndtere forespørselen; svarene dine ligger fortsatt i nettleseren, prøv igjen",
      tooManyCodes: "for mange feil koder fra denne adressen: vent et minutt og prøv igjen",
      mediaType: "send application/json (et skjema sender application/x-www-form-urlencoded)",
      tooLarge: (bytes: number) => `innholdet er over ${bytes / 1024} KiB og ble ikke lest`,
      badJson: "innholdet er ikke gyldig JSON",
    },
    log: {
      failed: (method: string, path: string, message: string) => `${method} ${path} mislyktes: ${message}`,
    },
    page: {
      langName: "Norsk bokmål",
      title: "Gapanalyse for markedsføring",
      language: "Språk",
      welcome: "Velkommen til workshopen",
      intro: "Du får {n} korte spørsmål om hvordan organisasjonen deres jobber i dag, ett om gangen. Du blir ikke spurt om navn.",
      rule: "Velg det høyeste nivået der beskrivelsen stemmer helt.",
      groupQuestion: "Hvilken gruppe hører du til?",
      pickGroup: "Velg gruppen din først.",
      start: "Begynn",
      progress: "Spørsmål {i} av {n}",
      yourAnswer: "Svaret ditt.",
      dontKnow: "Vet ikke",
      notApplicable: "Ikke relevant her",
      note: "Merknad (valgfri, vises uten navnet ditt)",
      back: "Tilbake",
      next: "Neste",
      toReview: "Se over svarene",
      review: "Se over svarene dine",
      answeredOf: "{a} av {n} spørsmål besvart.",
      yourGroup: "Gruppen din: {g}",
      notAnswered: "Ikke besvart",
      change: "Endre",
      changeItem: "Endre svaret på: {item}",
      send: "Send svarene mine",
      sendChanges: "Send endringene mine",
      saveFile: "Lagre svarene mine",
      sending: "Sender…",
      sentTitle: "Takk, svarene dine er mottatt",
      sentText: "Du kan endre dem fra denne nettleseren til workshoplederen stenger økten.",
      savedTitle: "Svarene dine er lagret",
      savedText: "En fil ble lastet ned. Send den til den som ga deg skjemaet; ingenting annet forlot enheten.",
      changeAnswers: "Endre svarene mine",
      closed: "Økten er stengt, så svar kan ikke lenger sendes. Svarene dine ligger fortsatt i nettleseren.",
      failed: "Sendingen mislyktes. Svarene dine ligger fortsatt i nettleseren; prøv igjen.",
      offline: "Workshopen kan ikke nås. Svarene dine ligger fortsatt i nettleseren; prøv igjen når du er tilkoblet.",
      noScript: "Dette spørreskjemaet krever JavaScript.",
    },
    board: {
      title: "Workshop: gapanalyse",
      qrLabel: "QR-kode til deltakerlenken",
      join: "Bli med fra mobilen",
      codeLabel: "eller åpne adressen over og skriv inn koden:",
      progress: "Svar",
      answered: "{n} har svart",
      reveal: "Vis fordelingene",
      hide: "Skjul fordelingene",
      close: "Steng økten",
      closeConfirm: "Stenge økten? Ingen kan sende eller endre svar etter dette.",
      closeFailed: "Økten kunne ikke stenges; prøv igjen.",
      closedNote: "Økten er stengt: resultatet nedenfor er endelig.",
      reconnecting: "Forbindelsen ble brutt; kobler til igjen…",
      downloads: "Last ned resultatet",
      waiting: "Konsensus vises når {n} personer har svart.",
      disagreements: "Diskuter disse før dere bestemmer",
      disagreementsLead: "Her er rommet uenig, minst enighet først.",
      noDisagreements: "Ingen uenighet: rommet er enig om hvert spørsmål som er besvart så langt.",
      itemStats: "{n} svar · median {median} · enighet rwg {rwg}",
      fewForDistribution: "Fordelingen vises når minst {n} personer har oppgitt et nivå.",
      hidden: "Fordelingen er skjult: trykk på Vis for å se den.",
      distributionOf: "Antall svar per nivå: {item}",
      summary: "Hvor teamet står",
      indexes: "Modenhetsindeks {m} · gapindeks {g} · {n} deltakere",
      groupGaps: "Der gruppene er uenige",
      noGroupGaps: "Ingen spørsmål der to grupper med minst {n} personer skiller seg med ett nivå eller mer.",
      risks: "Risikoer å håndtere først",
      noRisks: "Ingen samsvarsrisiko i svarene.",
      priorities: "Fokusprioriteringer",
      noPriorities: "Ingen gap å lukke mot profilens mål.",
      plan: "Plan for 30/90 dager",
      first30: "De første 30 dagene",
      next90: "De neste 90 dagene",
      nothing: "Ingenting her ennå.",
    },
    codePage: {
      title: "Bli med i workshopen",
      label: "Koden workshoplederen viser",
      submit: "Bli med",
      wrong: "Koden stemmer ikke. Sjekk den på skjermen og prøv igjen.",
    },
  },
  team: {
    helpAggregate:
      "flere personers svar (filer, mapper, globmønstre, CSV-eksporter fra spørreskjemaverktøy) → ett " +
      "samlet resultat med enighet og forskjeller mellom grupper",
    helpInputs: "svarfiler (YAML, JSON, CSV-mal), mapper med slike, globmønstre eller CSV-eksporter fra spørreskjemaverktøy",
    helpBy: "sammenlign grupper av respondenter etter dette feltet eller denne kolonnen (f.eks. group eller role; aldri name)",
    helpMinGroup: 'minste gruppe som vises for seg; mindre grupper slås sammen til "other"',
    helpProfile: "rolleprofil å sammenligne med (standard: matrisens defaultProfile)",
    helpNotes: "vis respondentenes notater (uten navn) for spørsmål med minst --min-group notater",
    helpSkipInvalid: "regn på de gyldige inndataene og list opp de ugyldige i stedet for å avbryte",
    helpSheet: "arket i en .xlsx-eksport som skal leses (standard: det første)",
    helpTemplate:
      "skriv ut et tomt spørreskjema for dem som ikke har gapcheck: csv (fyll ut, les inn igjen med --answers), markdown, html " +
      "eller gforms (et Google Apps Script som lager Google-skjemaet)",
    helpTemplateFormat: "malens format",
    helpTemplateProfile: "ta bare med spørsmålene som gjelder profilen: en id eller en fil med en kundeprofil (standard: alle spørsmål)",
    badMinGroup: (value: string) => `"${value}" er ingen gruppestørrelse; oppgi et heltall fra 3 til 1000`,
    minGroupFloor: (value: string) => `--min-group ${value}: oppgi minst 3, slik at ingen gruppes tall er én eller to personers svar`,
    byName: "--by name: navn vises og sammenlignes aldri; grupper etter group eller role i stedet",
    byUnknown: (field: string, fields: string[]) =>
      `--by ${field}: ingen inndata har dette feltet; ` +
      (fields.length > 0 ? `feltene som finnes: ${fields.join(", ")}` : "inndataene har ingen respondentfelt eller ekstra kolonner"),
    bySinglesOut: (field: string, alone: number, total: number) =>
      `--by ${field}: ${alone} av ${total} respondenter er alene om verdien sin, så feltet ville peke ut enkeltpersoner ` +
      "(et navn eller en e-postadresse?); grupper etter et felt som flere deler, f.eks. group eller role",
    matchesNothing: (pattern: string) => `${pattern}: ingen fil passer til mønsteret`,
    emptyFolder: "mappen har ingen .yaml-, .yml-, .json-, .csv-, .tsv- eller .xlsx-fil å lese",
    duplicate: (first: string) => `samme innhold som ${first}; telles én gang`,
    noRespondents: "ingen respondenter å sammenstille: alle inndata var tomme eller ble hoppet over",
    oneRespondent: "bare 1 respondent: resultatet er den personens svar, og enighet krever minst 2",
    invalidInputs: (n: number) =>
      `${n === 1 ? "1 inndatafil er ugyldig" : `${n} inndatafiler er ugyldige`};` +
      ` rett ${n === 1 ? "den" : "dem"}, eller bruk --skip-invalid for å regne på resten`,
    skipped: (list: string[]) => `hoppet over (ugyldige): ${list.join(", ")}`,
    ignoredColumns: (list: string[]) => `kolonner som ikke svarer til noe spørsmål, ignoreres: ${list.map((c) => `"${c}"`).join(", ")}`,
    noItemColumns: "ingen kolonne svarer til et spørsmål i denne matrisen (via id, [id] på slutten, tittel eller spørsmålstekst)",
    twoColumns: (item: string, a: string, b: string) => `kolonnene "${a}" og "${b}" svarer begge til spørsmålet "${item}"; behold én`,
    byColumnMissing: (field: string) => `--by ${field}: ingen kolonne med det navnet`,
    rowTooShort: (cells: number, expected: number) => `raden har ${cells} celler, overskriftsraden har ${expected}`,
    rowTooLong: (cells: number, expected: number) => `raden har ${cells} celler, overskriftsraden har ${expected}`,
    badCell: (cell: string, item: string, allowed: string) => `"${cell}" er ikke et svar på "${item}"; tillatt: ${allowed}`,
    allowed: (min: number, max: number, labels: string[]) =>
      `et nivå ${min}–${max}, en betegnelse (${labels.join(", ")}), tomt for vet ikke, eller n/a`,
    csvSyntax: (detail: string) => `syntaksfeil i CSV: ${detail}`,
    metadataColumns: (list: string[]) =>
      `ikke spørsmål, leses og vises aldri: ${list.map((c) => `"${c}"`).join(", ")} (spørreverktøyets kolonner som tid, e-post og navn)`,
    readAs1252:
      'lest som Windows-1252, ikke UTF-8 (Excels vanlige "CSV"); lagre som "CSV UTF-8 (kommadelt)" så blir æ, ø og å alltid riktige',
    unknownEncoding: (byte: number) =>
      `verken UTF-8 eller Windows-1252 (byte 0x${byte.toString(16).padStart(2, "0")}); ` +
      'i Excel: Fil › Lagre som › "CSV UTF-8 (kommadelt)"',
    noSheet: (sheet: string, sheets: string[]) =>
      `arbeidsboken har ikke noe ark "${sheet}"; arkene: ${sheets.map((s) => `"${s}"`).join(", ")}`,
    notXlsx: (detail: string) =>
      `ikke en lesbar .xlsx-arbeidsbok (${detail}); åpne den i Excel og lagre den på nytt som .xlsx eller "CSV UTF-8"`,
    manyRespondents: (n: number) => `filen inneholder ${n} respondenter: bruk gapcheck aggregate`,
    noRespondentRow: "filen har ingen rad med svar, bare overskriftsraden",
    templateRubric: (got: string, expected: string) =>
      `arket gjelder rubricen "${got}", ikke "${expected}"; bruk den det ble laget for (--rubric)`,
    notApplicable: "Ikke relevant",
    respondents: (n: number, files: number) =>
      `${n} ${n === 1 ? "respondent" : "respondenter"} (${files} ${files === 1 ? "fil" : "filer"})`,
    team: "Team",
    disagreeTitle: "Der folk er uenige",
    splitItems: (n: number, total: number) => `${n} av ${total} spørsmål deler gruppen`,
    largestUnknown: (title: string, points: string) => `Største ukjente: ${title} kan skjule ${points} poeng`,
    disagreeNone: "Ingen spørsmål splitter teamet: der to eller flere har svart, er de stort sett enige.",
    disagreeNeedsTwo: "Enighet krever minst 2 respondenter.",
    disagreeLead: "Diskuter disse før dere handler: medianen skjuler en splittelse.",
    groupsTitle: "Der gruppene skiller seg",
    groupsNone: "Ingen spørsmål der to gruppers medianer skiller seg med et helt nivå eller mer.",
    groupsNoneShown: (min: number) => `Ingen gruppe har ${min} eller flere respondenter, så ingen vises for seg.`,
    groupLine: (group: string, n: number) => `${group} (${n})`,
    groupIndexes: "Grupper",
    explain:
      "rwg: 1 = alle ga samme nivå, under 0,5 = ingen reell enighet. AD_Md: gjennomsnittlig avstand " +
      "fra medianen, i nivåer (over 0,8 på en skala med 5 nivåer er stor spredning).",
    n: "n",
    median: "Median",
    range: "Spenn",
    levels: "Nivåer",
    difference: "Forskjell",
    dontKnow: "Vet ikke",
    mean: "Snitt",
    min: "Laveste",
    max: "Høyeste",
    disagreement: "Uenighet",
    yes: "ja",
    notes: "Notater",
    distribution: "Slik svarte teamet",
    distributionLead: "Hver stolpe viser hvor mange som ga hvert nivå; ● markerer medianen. Spørsmål merket ⚠ splitter teamet.",
    groupRadar: "Gruppene sammenlignet per dimensjon",
    agreementDim: "Enighet",
  },
  template: {
    outExists: (path: string) =>
      `-o: ${path} finnes allerede; gapcheck erstatter aldri et spørreskjema som kan være fylt ut (velg en annen fil)`,
    title: "Spørreskjema",
    intro: (rubric: string, min: number, max: number) =>
      `${rubric}. Velg for hvert spørsmål det nivået fra ${min} til ${max} som beskriver ` +
      `organisasjonen i dag. La feltet stå tomt hvis du ikke vet;` +
      ` skriv n/a hvis spørsmålet ikke er relevant.`,
    csvIntro: "Fyll ut svarkolonnen: et nivå, tomt for vet ikke, eller na.",
    gformsHeader: [
      "Lager spørreskjemaet som et Google-skjema. Svarene, lastet ned som .csv, passer nøyaktig:",
      "  gapcheck aggregate svar.csv",
      "1. Åpne script.google.com og velg Nytt prosjekt.",
      "2. Erstatt koden der med hele denne filen og lagre.",
      "3. Velg Kjør (funksjonen createForm) og gi tilgang til Google-skjemaene dine.",
      "4. Kjøringsloggen viser lenken for å redigere skjemaet og lenken du sender til respondentene.",
    ],
    gformsDescription: (min: number, max: number) =>
      `Velg nivået fra ${min} til ${max} som beskriver organisasjonen i dag. ` +
      "Velg Vet ikke eller Ikke relevant når det er det ærlige svaret.",
    respondent: "Om deg (valgfritt)",
    name: "Navn",
    role: "Rolle",
    group: "Gruppe (f.eks. marked eller salg)",
    rubricRow: "Matrise",
    itemTitle: "Tittel",
    question: "Spørsmål",
    guide: "Nivåer",
    answer: "Svar",
    note: "Notat",
    level: "Nivå",
    dontKnow: "Vet ikke",
    notApplicable: "Ikke relevant",
  },
  /** Issue 10: YAML layout mistakes and rubric-editor wording. */
  layout: {
    tab: "en tabulator brukes til innrykk; YAML krever mellomrom (bruk like mange mellomrom som linjene rundt)",
    unclosed: (bracket: string, closing: string) =>
      `denne ${bracket} lukkes aldri; legg til ${closing} som mangler (eller skriv verdien over flere linjer uten klammer)`,
    tooDeep: (spaces: number, above: number) =>
      `linjen har ${spaces} mellomrom innrykk, dypere enn linjen over tillater;` +
      ` gi den ${above} mellomrom som linjene rundt, eller avslutt linjen over med ":"`,
    misaligned: (spaces: number, expected: number[]) =>
      `linjen har ${spaces} mellomrom innrykk, som ikke stemmer med linjene rundt; gi den ${expected.join(" eller ")} mellomrom`,
    unclosedQuote: (quote: string) => `dette ${quote} starter en tekst som aldri avsluttes; legg til det avsluttende ${quote}`,
    semver: (got: string) =>
      `version må være en semantisk versjon i anførselstegn, for eksempel "2026.1.0"; uten anførselstegn leser YAML den som tallet ${got}`,
  },
  focus: {
    notApplicable: "Ikke relevant",
    notApplicableHint: "gjelder ikke her; holdes utenfor alle resultater",
    notApplicableList: "Ikke relevant (holdt utenfor)",
    notApplicableCount: (n: number) => `${n} ikke ${n === 1 ? "relevant" : "relevante"}`,
    risks: "Juridiske og etiske risikoer: ta tak i disse først",
    riskBelow: (answer: string, floor: string) => `nå ${answer}, minstenivået er ${floor}`,
    findOutNow: "ikke besvart: finn ut av det nå",
    riskPriority: (rank: number) => `prioritet ${rank} i 80/20-listen`,
    riskAddedNow: "en rask gevinst under minimumsnivået: med i de første 30 dagene også",
    glance: "Kort fortalt",
    morePriorities: (n: number) => `og ${n} til i 80/20-listen`,
    riskColumn: "Risiko",
    concentrated: (selected: number, candidates: number, share: string) =>
      `${selected} av ${candidates} gap står for ${share} av det vektede gapet.`,
    spread: (selected: number, candidates: number, threshold: string, focus: number, share: string) =>
      `Gapet er spredt: ${selected} av ${candidates} gap trengs for å nå ${threshold}.` +
      ` ${focus === 1 ? `Det største står for ${share}` : `De ${focus} største står for ${share}`}.`,
    onlyGap: "Det er bare ett gap: det utgjør hele det vektede gapet.",
    allNeeded: (n: number, threshold: string, focus: number, share: string | null) =>
      `Alle de ${n} gapene trengs for å nå ${threshold}.` +
      (share === null ? "" : ` ${focus === 1 ? `Det største står for ${share}` : `De ${focus} største står for ${share}`}.`),
    focusHeading: (n: number) => (n === 1 ? "Fokus: det største gapet" : `Fokus: de ${n} største gapene`),
    lowers: (points: string) => `å lukke dette senker gapindeksen med ${points} poeng`,
    rest: (n: number) => `Resten av 80/20-listen (${n})`,
    pointsLegend: "p = poeng av gapindeksen når gapet lukkes",
    pointsShort: (points: string) => `${points} p`,
    points: "Poeng",
    pointsUnit: "poeng",
    potentialPoints: (points: string) => `kan skjule ${points} poeng`,
    plan: "Plan",
    first30: "De første 30 dagene: raske gevinster",
    next90: "De neste 90 dagene: større prosjekter å starte",
    notNow: "Ikke nå: koster mye, gir lite (stopp eller sett på vent)",
    nothing: "ingenting her",
    effortValue: (effort: number) => `innsats ${effort}`,
    quadrant: "Kvadrant",
    planColumn: "Plan",
    quadrants: {
      "quick-win": "Raske gevinster",
      "major-project": "Større prosjekter",
      "fill-in": "Utfylling",
      "not-now": "Ikke nå",
    } as Record<string, string>,
    planNames: { first30Days: "første 30 dager", next90Days: "neste 90 dager", notNow: "ikke nå" } as Record<string, string>,
    matrix: "Effekt og innsats",
    matrixPoints: "Poeng av gapindeksen",
    matrixEffort: "Innsats (1 rask … 5 stort program)",
    matrixPriority: "i 80/20-listen",
    matrixOther: "annet gap",
    matrixCut: "80/20-grense",
    badFocus: (value: string) => `"${value}" er ikke et heltall fra 1 til 50`,
    helpFocus: "hvor mange prioriteringer som vises i sin helhet, med tiltak (1-50)",
    helpReportFocus: "som assess --focus (standard: verdien som er lagret i resultatet)",
    floorOutOfScale: (floor: number, min: number, max: number) => `gulvet ${floor} ligger utenfor skalaen; tillatt: heltall ${min}..${max}`,
    floorReasonMissing: (item: string) =>
      `punktet "${item}" har et gulv (floor), men ingen floorReason; oppgi regelen som står på spill (f.eks. GDPR art. 7)`,
    floorWithoutFloor: (item: string) => `punktet "${item}" har en floorReason, men ikke noe gulv (floor)`,
    fixtureRisks: (name: string, expected: string[], actual: string[]) =>
      `fixture "${name}": forventet risikoer [${expected.join(", ")}], fikk [${actual.join(", ")}]`,
    fixtureNotNow: (name: string, expected: string[], actual: string[]) =>
      `fixture "${name}": forventet «ikke nå» [${expected.join(", ")}], fikk [${actual.join(", ")}]`,
  },
  history: {
    oldIdInUse: (id: string, line: number, col: number) =>
      `history: "${id}" er id-en til et eksisterende punkt (på ${line}:${col});` +
      ` bare id-er som ikke lenger finnes, kan oppgis som omdøpt eller fjernet`,
    listedTwice: (id: string, line: number, col: number) =>
      `history: "${id}" er allerede oppgitt på ${line}:${col}; en gammel id er enten omdøpt eller fjernet, og oppgis bare én gang`,
    renamedNotice: (from: string, to: string) => `svaret for "${from}" ble lest inn som "${to}" (punktet har fått ny id)`,
    removedWarning: (id: string) => `punktet "${id}" er fjernet fra matrisen; svaret på det telles ikke`,
    bothIds: (from: string, to: string) => `det finnes svar både for "${from}" og for den nye id-en "${to}"; svaret for "${to}" brukes`,
    declared: "oppgitt i history",
    itemRemovedDeclared: (id: string) => `punktet ${id} ble fjernet (oppgitt i history: lagrede svar på det ignoreres med en advarsel)`,
  },
  questionnaire: {
    pickHighest:
      "Velg for hvert spørsmål det høyeste nivået der hele beskrivelsen stemmer for dere i dag;" +
      " hvis bare en del stemmer, velg nivået under.",
  },
  cache: {
    noCache: "ikke les eller skriv hurtigbufferen med kompilerte matriser (også GAPCHECK_CACHE=0)",
  },
} satisfies Messages;

function abbreviate(list: string[]): string {
  return list.length <= 8 ? list.join(", ") : `${list.slice(0, 8).join(", ")} … (${list.length} i alt)`;
}

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
