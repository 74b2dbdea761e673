import type { Rubric } from "../model/rubric.js";
import { questionnaireData, questionnairePage } from "./pages.js";

/**
 * `gapcheck template -f form` (docs/workshop.md): the participant page as one file that works offline. The
 * same page code as the served one; "Save my answers" downloads an answers file (JSON) instead of
 * sending it. The policy travels in a meta tag, since no server sends headers for a file.
 * All three catalogues must be loaded (the page switches language by itself).
 */
export function renderForm(rubric: Rubric, lang: string): string {
  const profile = rubric.profileById.get(rubric.defaultProfileId)!;
  const data = questionnaireData(rubric, profile, {
    // Reopening the same form keeps what was typed: the browser's storage is keyed by the rubric.
    session: `form:${rubric.data.id}@${rubric.data.version}`,
    title: "",
    groups: [],
    lang,
    mode: "form",
  });
  const page = questionnairePage(data);
  // frame-ancestors has no effect in a meta tag (browsers warn about it): left out.
  const csp = page.csp.replace("; frame-ancestors 'none'", "");
  const meta = `<meta http-equiv="Content-Security-Policy" content="${csp}">\n`;
  return page.html.replace('<meta charset="utf-8">\n', `<meta charset="utf-8">\n${meta}`);
}
