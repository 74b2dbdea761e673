import type { template as english } from "../en/template.js";

/** The printable questionnaire (template). */
export const template = {
  template: {
    outExists: (path: string) => `-o: ${path} finns redan; gapcheck ersätter aldrig en enkät som kan vara ifylld (välj en annan fil)`,
    title: "Frågeformulär",
    intro: (rubric: string, min: number, max: number) =>
      `${rubric}: en nivå från ${min} till ${max} för varje fråga. Kryssa i ”Vet inte” där du inte vet ` +
      `och ”Ej tillämpligt” där frågan inte gäller organisationen.`,
    csvIntro: "Fyll i svarskolumnen: en nivå, tomt för vet inte, eller na.",
    gformsHeader: [
      "Skapar frågeformuläret som ett Google-formulär. Svaren, hämtade som .csv, matchar exakt:",
      "  gapcheck aggregate svar.csv",
      "1. Öppna script.google.com och välj Nytt projekt.",
      "2. Ersätt koden där med hela den här filen och spara.",
      "3. Välj Kör (funktionen createForm) och ge åtkomst till dina Google-formulär.",
      "4. Körningsloggen visar länken för att redigera formuläret och länken att skicka till de svarande.",
    ],
    gformsDescription: (min: number, max: number) =>
      `Nivåer ${min} till ${max}. Välj Vet inte eller Ej tillämpligt när det är det ärliga svaret.`,
    respondent: "Om dig (frivilligt)",
    name: "Namn",
    role: "Roll",
    group: "Grupp (t.ex. marknad eller sälj)",
    rubricRow: "Matris",
    itemTitle: "Titel",
    question: "Fråga",
    guide: "Nivåer",
    answer: "Svar",
    note: "Anteckning",
    level: "Nivå",
    dontKnow: "Vet inte",
    notApplicable: "Ej tillämpligt",
  },
} satisfies typeof english;
