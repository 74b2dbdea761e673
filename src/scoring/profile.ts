import { GapcheckError } from "../errors.js";
import type { Messages } from "../i18n/messages.js";
import type { Rubric } from "../model/rubric.js";
import type { ProfileFile } from "../model/schema.js";

/**
 * The profile to score against, chosen the one way every command chooses it (docs/assess.md):
 * `--profile` if given, else the answers file's `profile`, else the rubric's `defaultProfile`.
 * An id the rubric does not have throws a GapcheckError (exit 2) that lists the ids it has.
 */
export function chooseProfile(
  rubric: Rubric,
  t: Messages,
  given: { option?: string | undefined; file?: string | undefined } = {},
): ProfileFile {
  const id = given.option ?? given.file ?? rubric.defaultProfileId;
  const profile = rubric.profileById.get(id);
  if (!profile) throw new GapcheckError(t.cli.unknownProfile(id, [...rubric.profileById.keys()]));
  return profile;
}
