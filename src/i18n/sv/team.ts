import type { team as english } from "../en/team.js";

/** An organisation's result: consensus, agreement, groups and anonymity (aggregate). */
export const team = {
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
    higherHead: "Högre grupp",
    higher: (group: string, by: string) => `${group} +${by}`,
    higherThan: (group: string, by: string, lower: string) => `${group} +${by} över ${lower}`,
    dontKnow: "Vet inte",
    mean: "Medel",
    min: "Lägsta",
    max: "Högsta",
    disagreement: "Oenighet",
    yes: "ja",
    notes: "Anteckningar",
    distribution: "Så svarade teamet",
    distributionLead:
      "En stapel per nivå, talet ovanför är hur många som gav den nivån; ▲ markerar medianen. Frågor märkta ⚠ delar teamet.",
    groupRadar: "Grupperna jämförda per dimension",
    radarMissing: (groups: string) => `ingen nivå från ${groups}`,
    radarGap: "Ett avbrott i en grupps linje: gruppen gav ingen nivå där (vet inte). Det ritas inte som 0.",
    radarScale: (min: string, max: string) => `Skala ${min}–${max}, mitten är ${min}`,
    agreementDim: "Samstämmighet",
  },
} satisfies typeof english;
