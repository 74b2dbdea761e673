/** Matching candidates and teams with an organisation's gaps (match). */
export const matching = {
  match: {
    help: "rank candidates by how much of an organisation's weighted gap each would close",
    orgArg: "the organisation: a result of gapcheck assess or aggregate (JSON), or an answers file",
    candidatesArg: "candidates' answers files (files, folders or globs) on the same rubric",
    teamOption: "also pick the best team of K candidates",
    badTeam: (value: string) => `--team must be a whole number from 1 to 50, not '${value}'`,
    title: "Matching candidates to the gap",
    organisation: "Organisation",
    respondents: (n: number) => `${n} respondents`,
    gapIndex: "gap index",
    sentence: (name: string, share: string, closed: number, focus: number) =>
      focus > 0
        ? `${name} closes ${share} of the weighted gap and ${closed} of the ${focus} focus priorities.`
        : `${name} closes ${share} of the weighted gap.`,
    noGap: "The organisation has no gap to close: every answered item is at or above its target.",
    rank: "#",
    candidate: "Candidate",
    closes: "Closes",
    ofPriorities: "Of the 80/20 list",
    closesShare: "Closes, % of gap",
    ofPrioritiesShare: "% of 80/20 list",
    points: "Points",
    fully: "Closes fully",
    partly: "Closes partly",
    file: "File",
    answered: "Answered",
    answeredNothing: "answered nothing",
    noneClosed: "none",
    team: (size: number) => `Best team of ${size}`,
    teamLine: (names: string, share: string, priorityShare: string) =>
      `${names} close ${share} of the weighted gap (${priorityShare} of the 80/20 list).`,
    added: (name: string, share: string) => `${name} adds ${share}`,
    teamTooLarge: (asked: number, count: number) => `--team ${asked} is more than the ${count} candidates; the team is all of them`,
    noCandidates: (input: string) => `${input}: no candidate answers files found (expected .yaml, .yml or .json files)`,
    heatMap: "Which priorities each candidate closes",
    full: "fully closed",
    partial: "partly closed",
    none: "not closed",
    pointsLine: (points: string) => `removes ${points} points of the gap index`,
    otherRubric: (file: string, id: string, rubric: string) =>
      `${file} is a result for rubric ${id}, but the candidates are read with rubric ${rubric}; pass that rubric with -r`,
    footer: (rubric: string, version: string) => `Made with gapcheck · rubric ${rubric} ${version}`,
  },
};
