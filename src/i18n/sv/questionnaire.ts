import type { questionnaire as english } from "../en/questionnaire.js";

/** Asking the questions: the terminal questionnaire and saved sessions. */
export const questionnaire = {
  prompt: {
    /** inquirer\'s key hint, by its English action word. */
    keys: { navigate: "flytta", select: "välj" } as Record<string, string>,
    chooseProfile: "Vilken roll ska svaren jämföras med?",
    respondentName: "Ditt namn (valfritt, Enter för att hoppa över):",
    respondentRole: "Din roll (valfritt, Enter för att hoppa över):",
    note: "Anteckning till den här punkten (valfritt, Enter för att lämna tomt):",
    addNote: "✎ Lägg till en anteckning",
    editNote: "✎ Ändra anteckningen",
    back: "← Tillbaka till föregående fråga",
    skipDimension: (dimension: string) => `⏭ Hoppa över resten av ${dimension} (vet inte)`,
    skipHint: "de återstående frågorna i avsnittet räknas som obesvarade",
    review: (answered: number, total: number) =>
      `Granska: ${answered} av ${total} besvarade. Välj ett svar för att ändra det, eller beräkna resultatet.`,
    reviewDone: "✔ Beräkna resultatet",
    reviewDoneHint: "sparar svaren och skriver ut resultatet",
    dontKnow: "Vet inte",
    dontKnowHint: "räknas som obesvarad; hamnar bland de okända att ta reda på",
    progress: (n: number, total: number, dimension: string, item: string) => `[${n}/${total}] ${dimension} · ${item}`,
    excludedItems: (n: number) => `${n} ${n === 1 ? "fråga gäller" : "frågor gäller"} inte den här rollen och ställs inte.`,
    readingStdin: "Läser svar från stdin (avsluta med Ctrl-D) …",
  },
  questionnaire: {
    pickHighest:
      "Välj för varje fråga den högsta nivå vars beskrivning stämmer helt för er i dag; om bara en del stämmer, välj nivån under.",
  },
  session: {
    fileHeader: (min: number, max: number) => `gapcheck-svar: nivåer ${min}..${max}, null = vet inte, na = ej tillämpligt`,
    interrupted: (count: number, dontKnow: number, path: string, command: string) =>
      `Avbrutet: ${count} svar${dontKnow === 0 ? "" : count === 1 ? " (”vet inte”)" : ` (varav ${dontKnow} ”vet inte”)`} ` +
      `har sparats i ${path}\nFortsätt med: ${command}`,
  },
} satisfies typeof english;
