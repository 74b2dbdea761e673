import type { rubric as english } from "../en/rubric.js";

/** Checking and changing rubrics: validate's rules, SARIF rule texts, history, diff and init. */
export const rubric = {
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
    versionUnchanged: (version: string) =>
      `endringene er ikke bakoverkompatible, men versjonen er fortsatt ${version}: øk versjonen slik ` +
      `at svar som er lagret for den gamle, blir flagget`,
  },
  init: {
    exists: (file: string) => `${file} finnes allerede; gapcheck init overskriver aldri en fil (velg et annet navn)`,
    written: (file: string, command: string) => `${file} er opprettet. Kontroller den med: ${command}`,
  },
} satisfies typeof english;

function abbreviate(list: string[]): string {
  return list.length <= 8 ? list.join(", ") : `${list.slice(0, 8).join(", ")} … (${list.length} i alt)`;
}
