import { messagesFor } from "../../i18n/messages.js";
import { itemTitle, textResolver, type Rubric } from "../../model/rubric.js";
import { jsLiteral } from "../escape.js";

/*
 * `gapcheck template -f gforms`: a Google Apps Script that creates the rubric's questionnaire as a
 * Google Form (docs/collecting-answers.md, "Google Forms"). Each item is a multiple-choice question
 * whose title ends in `[item-id]` and whose choices are "level · label", "Don't know" and "Not
 * applicable", so the form's own CSV export maps to the rubric exactly, in any language. Every
 * rubric text goes into the script as a JSON literal; comments hold only gapcheck's own words.
 */

export function templateGforms(rubric: Rubric, lang: "en" | "sv" | "nb", locale: string): string {
  const t = messagesFor(lang);
  const text = textResolver(rubric, locale);
  const { min, max, levels } = rubric.data.scale;
  const scale: string[] = [];
  for (let level = min; level <= max; level++) scale.push(`${level} · ${text(levels[String(level)])}`);
  const items = rubric.items.map(({ item, dimension }) => {
    const help: string[] = [text(itemTitle(item)) === text(item.text) ? "" : text(itemTitle(item))];
    for (let level = min; level <= max; level++) {
      const anchor = text(item.levels?.[String(level)]);
      if (anchor) help.push(`${level} · ${text(levels[String(level)])}: ${anchor}`);
    }
    return {
      id: item.id,
      section: text(dimension.title),
      title: `${text(item.text)} [${item.id}]`,
      help: help.filter((h) => h !== "").join("\n"),
    };
  });
  const form = {
    title: `${text(rubric.data.title)} — ${t.template.title}`,
    // The rule the terminal and the printed questionnaire give: the highest level that fully holds.
    description: `${t.questionnaire.pickHighest} ${t.template.gformsDescription(min, max)}`,
    group: t.template.group,
    choices: [...scale, t.team.dontKnow, t.team.notApplicable],
    items,
  };
  return `${[
    ...t.template.gformsHeader.map((line) => `// ${line}`),
    "",
    `var FORM = ${jsLiteral(form)};`,
    "",
    "function createForm() {",
    "  var form = FormApp.create(FORM.title);",
    "  form.setDescription(FORM.description);",
    "  form.addTextItem().setTitle(FORM.group).setRequired(false);",
    "  var section = null;",
    "  FORM.items.forEach(function (item) {",
    "    if (item.section !== section) {",
    "      section = item.section;",
    "      form.addSectionHeaderItem().setTitle(section);",
    "    }",
    "    form",
    "      .addMultipleChoiceItem()",
    "      .setTitle(item.title)",
    "      .setHelpText(item.help)",
    "      .setChoiceValues(FORM.choices)",
    "      .setRequired(false);",
    "  });",
    '  Logger.log("Edit: " + form.getEditUrl());',
    '  Logger.log("Send: " + form.getPublishedUrl());',
    "}",
  ].join("\n")}\n`;
}
