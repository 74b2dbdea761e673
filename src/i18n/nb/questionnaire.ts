import type { questionnaire as english } from "../en/questionnaire.js";

/** Asking the questions: the terminal questionnaire and saved sessions. */
export const questionnaire = {
  prompt: {
    /** inquirer\'s key hint, by its English action word. */
    keys: { navigate: "flytt", select: "velg" } as Record<string, string>,
    chooseProfile: "Hvilken rolle skal svarene sammenlignes med?",
    respondentName: "Navnet ditt (valgfritt, Enter for å hoppe over):",
    respondentRole: "Rollen din (valgfritt, Enter for å hoppe over):",
    note: "Notat til dette punktet (valgfritt, Enter for å la det stå tomt):",
    addNote: "✎ Legg til et notat",
    editNote: "✎ Endre notatet",
    back: "← Tilbake til forrige spørsmål",
    skipDimension: (dimension: string) => `⏭ Hopp over resten av ${dimension} (vet ikke)`,
    skipHint: "de gjenstående spørsmålene i denne delen regnes som ubesvarte",
    review: (answered: number, total: number) =>
      `Gjennomgang: ${answered} av ${total} besvart. Velg et svar for å endre det, eller beregn resultatet.`,
    reviewDone: "✔ Beregn resultatet",
    reviewDoneHint: "lagrer svarene og skriver ut resultatet",
    dontKnow: "Vet ikke",
    dontKnowHint: "regnes som ubesvart; havner blant de ukjente som bør avklares",
    progress: (n: number, total: number, dimension: string, item: string) => `[${n}/${total}] ${dimension} · ${item}`,
    excludedItems: (n: number) => `${n} spørsmål gjelder ikke denne rollen og blir ikke stilt.`,
    readingStdin: "Leser svar fra stdin (avslutt med Ctrl-D) …",
  },
  questionnaire: {
    pickHighest:
      "Velg for hvert spørsmål det høyeste nivået der hele beskrivelsen stemmer for dere i dag;" +
      " hvis bare en del stemmer, velg nivået under.",
  },
  session: {
    fileHeader: (min: number, max: number) => `gapcheck-svar: nivåer ${min}..${max}, null = vet ikke, na = ikke relevant`,
    interrupted: (count: number, dontKnow: number, path: string, command: string) =>
      `Avbrutt: ${count} svar${dontKnow === 0 ? "" : count === 1 ? " («vet ikke»)" : ` (hvorav ${dontKnow} «vet ikke»)`} er ` +
      `lagret i ${path}\nFortsett med: ${command}`,
  },
} satisfies typeof english;
