import type { progress as english } from "../en/progress.js";

/** How far apart the two dates are, never as a negative duration: dates out of order say which came first. */
const inDays = (days: number | null) =>
  days === null
    ? ""
    : days === 0
      ? " samma dag"
      : days > 0
        ? ` på ${days} ${days === 1 ? "dag" : "dagar"}`
        : `, det senaste daterat ${-days} ${days === -1 ? "dag" : "dagar"} före utgångsläget`;

/** Progress between results (compare). */
export const progress = {
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
} satisfies typeof english;
