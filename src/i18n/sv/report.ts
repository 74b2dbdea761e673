import type { report as english } from "../en/report.js";

/** The report of one result: tables, layout, the 80/20 priorities and the plan. */
export const report = {
  report: {
    title: "Gapanalys",
    headline: "Sammanfattning",
    date: "Datum",
    radar: "Nuläge och mål per dimension",
    radarKey: "Siffrorna är dimensionerna i tabellen nedan.",
    pareto: "Var det viktade gapet finns",
    impact: "Påverkan",
    cumulativeShare: "Kumulativ andel",
    cut: (share: string) => `gräns vid ${share}`,
    dimensions: "Dimensioner",
    /** The dimensions line of the terminal report: a % there is a share of the weighted gap. */
    dimensionsShare: "Andel av gapet per dimension",
    tags: "Gapmönster",
    tag: "Mönster",
    tagsOverlap: "En punkt kan höra till flera mönster, så andelarna blir tillsammans mer än 100 %.",
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
    nothingAnswered: "Inget är besvarat ännu: det finns inget gap att visa. Besvara minst en punkt.",
    indicative: (answered: number, items: number) => `Endast vägledande: ${answered} av ${items} punkter besvarade (under 60 %).`,
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
  /** The 80/20 priorities, risks, the impact/effort matrix and the 30/90-day plan. */
  priorities: {
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
  },
} satisfies typeof english;
