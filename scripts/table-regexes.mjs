// cli-table3's own string-width and strip-ansi (v4/v6) build a new regular expression on every call
// (`emojiRegex()`, `ansiRegex()`), and the emoji one is huge: measuring the cells of one table cost
// more than the whole rest of `assess`. The bundle (scripts/build.mjs) and the tests
// (test/helpers/bundle-like.ts) load them with each built once. Same results: a global regex used by
// String.prototype.replace starts from lastIndex 0 every time.

/** Matches the two files this edits. */
export const TABLE_REGEX_FILES = /cli-table3[\\/]node_modules[\\/](string-width|strip-ansi)[\\/]index\.js$/;

/** The source of cli-table3's string-width or strip-ansi (`path`) with its regular expression built once. */
export function hoistTableRegexes(path, code) {
  const hoisted = code.includes("emojiRegex()")
    ? code
        .replace("string.replace(emojiRegex(), '  ')", "string.replace(EMOJI_REGEX, '  ')")
        .replace(
          "const emojiRegex = require('emoji-regex');",
          "const emojiRegex = require('emoji-regex');\nconst EMOJI_REGEX = emojiRegex();",
        )
    : code
        .replace("string.replace(ansiRegex(), '')", "string.replace(ANSI_REGEX, '')")
        .replace("const ansiRegex = require('ansi-regex');", "const ansiRegex = require('ansi-regex');\nconst ANSI_REGEX = ansiRegex();");
  if (hoisted === code || /emojiRegex\(\), |ansiRegex\(\), /.test(hoisted))
    throw new Error(`${path}: cli-table3's dependency changed; update scripts/table-regexes.mjs`);
  return hoisted;
}
