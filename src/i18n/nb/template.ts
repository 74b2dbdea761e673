import type { template as english } from "../en/template.js";

/** The printable questionnaire (template). */
export const template = {
  template: {
    outExists: (path: string) =>
      `-o: ${path} finnes allerede; gapcheck erstatter aldri et spørreskjema som kan være fylt ut (velg en annen fil)`,
    title: "Spørreskjema",
    intro: (rubric: string, min: number, max: number) =>
      `${rubric}: ett nivå fra ${min} til ${max} for hvert spørsmål. Kryss av for «Vet ikke» der du ikke vet, ` +
      `og for «Ikke relevant» der spørsmålet ikke gjelder organisasjonen.`,
    csvIntro: "Fyll ut svarkolonnen: et nivå, tomt for vet ikke, eller na.",
    gformsHeader: [
      "Lager spørreskjemaet som et Google-skjema. Svarene, lastet ned som .csv, passer nøyaktig:",
      "  gapcheck aggregate svar.csv",
      "1. Åpne script.google.com og velg Nytt prosjekt.",
      "2. Erstatt koden der med hele denne filen og lagre.",
      "3. Velg Kjør (funksjonen createForm) og gi tilgang til Google-skjemaene dine.",
      "4. Kjøringsloggen viser lenken for å redigere skjemaet og lenken du sender til respondentene.",
    ],
    gformsDescription: (min: number, max: number) =>
      `Nivåer ${min} til ${max}. Velg Vet ikke eller Ikke relevant når det er det ærlige svaret.`,
    respondent: "Om deg (valgfritt)",
    name: "Navn",
    role: "Rolle",
    group: "Gruppe (f.eks. marked eller salg)",
    rubricRow: "Matrise",
    itemTitle: "Tittel",
    question: "Spørsmål",
    guide: "Nivåer",
    answer: "Svar",
    note: "Notat",
    level: "Nivå",
    dontKnow: "Vet ikke",
    notApplicable: "Ikke relevant",
  },
} satisfies typeof english;
