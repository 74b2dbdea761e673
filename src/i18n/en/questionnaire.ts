/** Asking the questions: the terminal questionnaire and saved sessions. */
export const questionnaire = {
  prompt: {
    /** inquirer\'s key hint, by its English action word. */
    keys: { navigate: "navigate", select: "select" } as Record<string, string>,
    chooseProfile: "Which role should the answers be compared with?",
    respondentName: "Your name (optional, Enter to skip):",
    respondentRole: "Your role (optional, Enter to skip):",
    note: "Note for this item (optional, Enter to keep it empty):",
    addNote: "✎ Add a note",
    editNote: "✎ Change the note",
    back: "← Back to the previous question",
    skipDimension: (dimension: string) => `⏭ Skip the rest of ${dimension} (don't know)`,
    skipHint: "the remaining questions of this section are counted as unanswered",
    review: (answered: number, total: number) => `Review: ${answered} of ${total} answered. Choose an answer to change it, or score them.`,
    reviewDone: "✔ Score these answers",
    reviewDoneHint: "saves the answers and prints the result",
    dontKnow: "Don't know",
    dontKnowHint: "counted as unanswered; listed among the unknowns to find out",
    progress: (n: number, total: number, dimension: string, item: string) => `[${n}/${total}] ${dimension} · ${item}`,
    excludedItems: (n: number) => `${n} item${n === 1 ? " does" : "s do"} not apply to this role and ${n === 1 ? "is" : "are"} not asked.`,
    readingStdin: "Reading answers from stdin (end with Ctrl-D) …",
  },
  questionnaire: {
    pickHighest:
      "For each question, pick the highest level whose description fully holds for you today;" +
      " if only part of it holds, choose the level below.",
  },
  session: {
    /** The first line of an answers file or draft (a YAML comment). */
    fileHeader: (min: number, max: number) => `gapcheck answers: levels ${min}..${max}, null = don't know, na = not applicable`,
    /** Ctrl-C: how many answers the draft holds, how many of them are "don't know", and how to go on. */
    interrupted: (count: number, dontKnow: number, path: string, command: string) =>
      `Interrupted: ${count} answer${count === 1 ? "" : "s"}` +
      `${dontKnow === 0 ? "" : count === 1 ? ' ("don\'t know")' : `, ${dontKnow} of them "don't know",`}` +
      ` saved in ${path}\nContinue with: ${command}`,
  },
};
