import type { team as english } from "../en/team.js";

/** An organisation's result: consensus, agreement, groups and anonymity (aggregate). */
export const team = {
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
    higherHead: "Høyere gruppe",
    higher: (group: string, by: string) => `${group} +${by}`,
    higherThan: (group: string, by: string, lower: string) => `${group} +${by} mot ${lower}`,
    dontKnow: "Vet ikke",
    mean: "Snitt",
    min: "Laveste",
    max: "Høyeste",
    disagreement: "Uenighet",
    yes: "ja",
    notes: "Notater",
    distribution: "Slik svarte teamet",
    distributionLead:
      "Én stolpe per nivå, tallet over den er hvor mange som ga det nivået; ▲ markerer medianen. Spørsmål merket ⚠ splitter teamet.",
    groupRadar: "Gruppene sammenlignet per dimensjon",
    radarMissing: (groups: string) => `ikke noe nivå fra ${groups}`,
    radarGap: "Et brudd i en gruppes linje: gruppen ga ikke noe nivå der (vet ikke). Det tegnes ikke som 0.",
    radarScale: (min: string, max: string) => `Skala ${min}–${max}, midten er ${min}`,
    agreementDim: "Enighet",
  },
} satisfies typeof english;
