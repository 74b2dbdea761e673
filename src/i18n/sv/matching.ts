import type { matching as english } from "../en/matching.js";

/** Matching candidates and teams with an organisation's gaps (match). */
export const matching = {
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
} satisfies typeof english;
