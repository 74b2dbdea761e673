import type { matching as english } from "../en/matching.js";

/** Matching candidates and teams with an organisation's gaps (match). */
export const matching = {
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
} satisfies typeof english;
