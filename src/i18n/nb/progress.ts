import type { progress as english } from "../en/progress.js";

/** How far apart the two dates are, never as a negative duration: dates out of order say which came first. */
const inDays = (days: number | null) =>
  days === null
    ? ""
    : days === 0
      ? " samme dag"
      : days > 0
        ? ` på ${days} ${days === 1 ? "dag" : "dager"}`
        : `, det siste datert ${-days} ${days === -1 ? "dag" : "dager"} før utgangspunktet`;

/** Progress between results (compare). */
export const progress = {
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
} satisfies typeof english;
