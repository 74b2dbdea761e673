import { registerMessages } from "./messages.js";
import { nb } from "./nb.js";
import { sv } from "./sv.js";

/*
 * Every catalogue, for code that renders in any language synchronously without a command first
 * loading it: the library entry (src/index.ts) and the build's rubric precompiler. The CLI does not
 * import this; it loads only the language in use (i18n/messages.ts).
 */
registerMessages("sv", sv);
registerMessages("nb", nb);
