import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin } from "vitest/config";
import { CostlyFirst } from "./test/sequencer.js";

const pkg = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8")) as { version: string };

/**
 * The reports' style sheets (src/render/css/*.css) are imported as their text, as esbuild's "text"
 * loader does in the build. A virtual id that does not end in ".css" keeps Vite's own CSS handling
 * (which would give "") away from it.
 */
const CSS_TEXT = "\0gapcheck-css-text:";
const SUFFIX = ".as-text";
const cssAsText: Plugin = {
  name: "gapcheck-css-as-text",
  enforce: "pre",
  resolveId(source, importer) {
    return source.endsWith(".css") && importer ? CSS_TEXT + resolve(dirname(importer), source) + SUFFIX : undefined;
  },
  load(id) {
    return id.startsWith(CSS_TEXT)
      ? `export default ${JSON.stringify(readFileSync(id.slice(CSS_TEXT.length, -SUFFIX.length), "utf8"))};`
      : undefined;
  },
};

/**
 * As in the bundle (scripts/build.mjs, "wrap-ansi-fast-width"): wrap-ansi measures words with
 * gapcheck's width function (src/text/width.ts: string-width's numbers, with a fast path) instead of
 * string-width itself, so the tests run the wrapping that ships. string-width's slow path for every
 * Swedish word was a tenth of the suite's CPU. wrap-ansi is inlined (server.deps.inline) so that
 * this resolution applies to its import.
 */
const fastWidth: Plugin = {
  name: "wrap-ansi-fast-width",
  enforce: "pre",
  resolveId(source, importer) {
    return source === "string-width" && importer && /[\\/]wrap-ansi[\\/]/.test(importer)
      ? fileURLToPath(new URL("./src/text/width.ts", import.meta.url))
      : undefined;
  },
};

export default defineConfig({
  plugins: [cssAsText, fastWidth],
  define: { __GAPCHECK_VERSION__: JSON.stringify(pkg.version) },
  test: {
    include: ["test/**/*.test.ts"],
    server: { deps: { inline: [/[\\/]wrap-ansi[\\/]/] } },
    globalSetup: ["test/global-setup.ts"],
    // cli-table3's regexes built once, as in the bundle (the file says why).
    setupFiles: ["test/helpers/bundle-like.ts"],
    // The JSON report lets .ci/run print the "N passed, N failed" line CI reads.
    reporters: ["default", ["json", { outputFile: ".ci/test-results.json" }]],
    // Worker processes, not threads: test/helpers/main.ts runs the CLI in-process and may chdir for a
    // run (restored in a finally), which a thread may not do.
    pool: "forks",
    // A worker runs its files one after another and keeps the imported modules (src, zod, yaml, the
    // helpers) between them: importing them afresh for each of ~40 files was a third of the suite's
    // CPU. Test files hold no global state: no vi.mock, no process.env writes, spies restored in
    // afterEach, every file that reads sv/nb imports i18n/all.js. One thing is shared on purpose: the
    // worker's headless Chromium (test/helpers/chromium.ts), each page in a tab of its own.
    isolate: false,
    // vitest's default is one worker less than the cores, which on a 2-core machine runs the files one
    // after another; most tests now run in-process, so two workers keep both cores busy.
    maxWorkers: 2,
    // The costliest files first, so that both workers end together (test/sequencer.ts says why).
    sequence: { sequencer: CostlyFirst },
    // The compiled-rubric cache (SPEC 12) of every spawned gapcheck goes to a throw-away folder, never
    // the real ~/.cache; in-process tests get no HOME from fakeIo, so no cache unless they set one.
    env: { XDG_CACHE_HOME: mkdtempSync(join(tmpdir(), "gapcheck-test-cache-")) },
    // Ceilings, not targets: an axe-core run over a report in Chromium took over 60 s on a loaded
    // 2-core machine. Speed is measured by `npm run bench`, never by a test's time limit.
    testTimeout: 180_000,
    hookTimeout: 300_000,
  },
});
