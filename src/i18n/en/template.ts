/** The printable questionnaire (template). */
export const template = {
  template: {
    outExists: (path: string) =>
      `-o: ${path} already exists; gapcheck never replaces a questionnaire that may be filled in (choose another file)`,
    title: "Questionnaire",
    intro: (rubric: string, min: number, max: number) =>
      `${rubric}: one level from ${min} to ${max} for each item. Tick "Don't know" where you do not know, ` +
      `and "Not applicable" where the item does not apply to the organisation.`,
    csvIntro: "Fill in the answer column: a level, blank for don't know, or na.",
    gformsHeader: [
      "Creates this questionnaire as a Google Form. Its responses, downloaded as .csv, map exactly:",
      "  gapcheck aggregate responses.csv",
      "1. Open script.google.com and choose New project.",
      "2. Replace the code there with this whole file and save.",
      "3. Choose Run (function createForm) and allow access to your Google Forms.",
      "4. The execution log shows the form's link to edit it and the link to send to people.",
    ],
    gformsDescription: (min: number, max: number) =>
      `Levels ${min} to ${max}. Choose Don't know or Not applicable where that is the honest answer.`,
    respondent: "About you (optional)",
    name: "Name",
    role: "Role",
    group: "Group (e.g. marketing or sales)",
    rubricRow: "Rubric",
    itemTitle: "Title",
    question: "Question",
    guide: "Level guide",
    answer: "Answer",
    note: "Note",
    level: "Level",
    dontKnow: "Don't know",
    notApplicable: "Not applicable",
  },
};
