import type { rubric as english } from "../en/rubric.js";

/** Checking and changing rubrics: validate's rules, SARIF rule texts, history, diff and init. */
export const rubric = {
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
    versionUnchanged: (version: string) =>
      `ändringarna är bakåtinkompatibla, men versionen är fortfarande ${version}: höj versionen så ` +
      `att svar som sparats för den gamla flaggas`,
  },
  init: {
    exists: (file: string) => `${file} finns redan; gapcheck init skriver aldrig över en fil (välj ett annat namn)`,
    written: (file: string, command: string) => `${file} har skapats. Kontrollera den med: ${command}`,
  },
} satisfies typeof english;

function abbreviate(list: string[]): string {
  return list.length <= 8 ? list.join(", ") : `${list.slice(0, 8).join(", ")} … (totalt ${list.length})`;
}
