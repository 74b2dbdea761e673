// Bundles gapcheck into ESM files in dist/: the CLI (dist/cli.js, used by bin/gapcheck.js) and the
// library (dist/index.js, the package's main export). Everything (commander, zod, yaml, inquirer…) is
// inlined, so an installed gapcheck has no runtime dependencies; command modules stay behind
// `await import()`, which esbuild turns into lazily loaded chunks, so `--version` loads commander only.
//
// Bundling copies other people's code, so the licence of every package that ends up in the bundle
// (esbuild's metafile says which) is written to dist/THIRD_PARTY_NOTICES.md. The metafile's list of
// inputs is also left in node_modules/.cache/gapcheck for test/library/packed-package.test.ts, which would otherwise
// bundle everything again to learn it.
//
// `--types` also emits the library's declarations into dist/types (scripts/dts.mjs); `npm run build`
// and `prepack` pass it, the test setup does not need it.
import { build } from "esbuild";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { builtinModules, createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { hoistTableRegexes as hoistRegexes, TABLE_REGEX_FILES } from "./table-regexes.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));

/** cli-table3's string-width and strip-ansi with their regular expressions built once (scripts/table-regexes.mjs). */
const hoistTableRegexes = {
  name: "hoist-cli-table3-regexes",
  setup(b) {
    b.onLoad({ filter: TABLE_REGEX_FILES }, (args) => ({
      contents: hoistRegexes(args.path, readFileSync(args.path, "utf8")),
      loader: "js",
    }));
  },
};

/**
 * yaml's ES-module build instead of its CommonJS one (the same code): esbuild can leave out what
 * gapcheck never calls, and nothing runs through CommonJS wrappers at start-up (docs/performance.md).
 */
const yamlEsm = {
  name: "yaml-esm",
  setup(b) {
    b.onResolve({ filter: /^yaml$/ }, () => ({ path: join(root, "node_modules/yaml/browser/index.js") }));
  },
};

/**
 * wrap-ansi measures every word with string-width, whose path for anything beyond ASCII is slow
 * (see src/text/width.ts): it gets gapcheck's width function instead, which gives the same numbers.
 */
const fastWidth = {
  name: "wrap-ansi-fast-width",
  setup(b) {
    b.onResolve({ filter: /^string-width$/ }, (args) =>
      /[\\/]wrap-ansi[\\/]/.test(args.importer) ? { path: join(root, "src/text/width.ts") } : undefined,
    );
  },
};

/**
 * string-width and wrap-ansi build an Intl.Segmenter (and string-width the RGI-emoji regular
 * expression) when they are imported: ~60 ms, more than the rest of `assess -f table`, though only
 * text beyond gapcheck's fast path (src/text/width.ts) ever uses them. Bundled, each is built on
 * its first use instead: the same objects, the same results, later.
 */
const LAZY_SEGMENTER = [
  "const segmenter = new Intl.Segmenter();",
  "let segmenter_;\nconst segmenter = { segment: (s) => (segmenter_ ??= new Intl.Segmenter()).segment(s) };",
];
const lazyInit = {
  name: "lazy-segmenter",
  setup(b) {
    const edits = {
      "string-width": [
        LAZY_SEGMENTER,
        [
          "const rgiEmojiRegex = /^\\p{RGI_Emoji}$/v;",
          "let rgi_;\nconst rgiEmojiRegex = { test: (s) => (rgi_ ??= /^\\p{RGI_Emoji}$/v).test(s) };",
        ],
      ],
      "wrap-ansi": [LAZY_SEGMENTER],
    };
    b.onLoad({ filter: /[\\/]node_modules[\\/](string-width|wrap-ansi)[\\/]index\.js$/ }, (args) => {
      const name = /(string-width|wrap-ansi)[\\/]index\.js$/.exec(args.path)[1];
      let contents = readFileSync(args.path, "utf8");
      for (const [from, to] of edits[name]) {
        if (!contents.includes(from)) throw new Error(`${args.path}: ${name} changed; update lazyInit in scripts/build.mjs`);
        contents = contents.replace(from, to);
      }
      return { contents, loader: "js" };
    });
  },
};

/**
 * read-excel-file 9 (the .xlsx reader) imports worker-f to run its parser in a worker thread, but
 * its parse path never calls it (parseSpreadsheetContents: "Not used"). worker-f ships no licence
 * file, and a worker built from eval'd code has no place in a bundle: it is replaced by a stub that
 * says so if it is ever called.
 */
const noWorker = {
  name: "no-worker-f",
  setup(b) {
    b.onResolve({ filter: /^worker-f\/node$/ }, () => ({ path: "worker-f-stub", namespace: "gapcheck-stub" }));
    b.onLoad({ filter: /.*/, namespace: "gapcheck-stub" }, () => ({
      contents: 'export default function createWorkerFunction() { throw new Error("worker-f is not bundled"); }',
      loader: "js",
    }));
  },
};

/**
 * commander requires node:child_process at load time for executable subcommands, which gapcheck never
 * has; loading it also loads net, dgram and the stream internals (docs/performance.md start-up). Bundled, it is
 * required on first use instead: the same module, only later.
 */
const lazyChildProcess = {
  name: "commander-lazy-child-process",
  setup(b) {
    b.onLoad({ filter: /[\\/]node_modules[\\/]commander[\\/]lib[\\/]command\.js$/ }, (args) => {
      const from = "const childProcess = require('node:child_process');";
      const code = readFileSync(args.path, "utf8");
      if (!code.includes(from)) throw new Error(`${args.path}: commander changed; update lazyChildProcess in scripts/build.mjs`);
      const to = "const childProcess = { spawn: (...args) => require('node:child_process').spawn(...args) };";
      return { contents: code.replace(from, to), loader: "js" };
    });
  },
};

/**
 * Node's own modules, each loaded when the bundle first uses it. Importing a built-in module as ESM
 * builds its ESM facade, which reads every export, and reading fs's lazy ones (`promises`,
 * `ReadStream`…) loads them: `import { readFileSync } from "node:fs"` loaded fs/promises and the
 * stream modules (on Node 24 also readline and the REPL history), and the hash that only a cold
 * rubric needs loaded all of node:crypto, ~60 modules that a warm `gapcheck assess` never uses.
 * Here each import is a module whose exports are getters (the names the importer imports, or all the
 * module has at build time) that require() the real module on first use: the same functions and
 * classes, loaded later. Each importer gets its own such module, so that it lands in the importer's
 * chunk: one shared module per builtin made chunks of their own, more files to load at start-up.
 */
const BUILTIN = new RegExp(`^(${builtinModules.map((m) => m.replace(/[/]/g, "\\/")).join("|")}|node:.+)$`);
const require = createRequire(import.meta.url);

/** The names `importer` imports from `specifier` (`import { a, b as c } from "…"`), or undefined when it imports otherwise. */
function importedNames(importer, specifier) {
  const code = readFileSync(importer, "utf8");
  const quoted = specifier.replace(/[/]/g, "\\/");
  const clauses = [...code.matchAll(new RegExp(`\\bimport\\s+(type\\s+)?([^;]*?)\\s*from\\s*["']${quoted}["']`, "g"))];
  if (clauses.length === 0) return undefined;
  const names = new Set();
  for (const [, , clause] of clauses) {
    const braces = /^\{([^}]*)\}$/.exec(clause.trim());
    if (!braces) return undefined; // a default or namespace import: every name
    for (const part of braces[1].split(",")) {
      const name = part
        .trim()
        .replace(/^type\s+/, "")
        .split(/\s+as\s+/)[0];
      if (name) names.add(name);
    }
  }
  return [...names];
}

const builtinsOnFirstUse = {
  name: "builtins-on-first-use",
  setup(b) {
    b.onResolve({ filter: BUILTIN }, (args) =>
      // require() and import() load on use already (and import() of a CommonJS module would have only a default export).
      args.kind !== "import-statement"
        ? undefined
        : {
            // One module per importer (named by a hash of its path: the path itself would look like a package to bundledPackages).
            path: `${args.path.replace(/^(?!node:)/, "node:")}#${createHash("sha256").update(args.importer).digest("hex").slice(0, 12)}`,
            namespace: "gapcheck-builtin",
            pluginData: { builtin: args.path.replace(/^(?!node:)/, "node:"), importer: args.importer, specifier: args.path },
          },
    );
    b.onLoad({ filter: /.*/, namespace: "gapcheck-builtin" }, ({ pluginData: { builtin, importer, specifier } }) => {
      const real = require(builtin);
      // A module that is a function or class (events, stream, assert) is its own default export,
      // which `extends` and `instanceof` need as it is: required at once, as an import would.
      if (typeof real === "function") return { contents: `module.exports = require(${JSON.stringify(builtin)});`, loader: "js" };
      const names = importedNames(importer, specifier) ?? Object.getOwnPropertyNames(real).filter((name) => name !== "__esModule");
      const contents = [
        `let real;`,
        `const load = () => (real ??= require(${JSON.stringify(builtin)}));`,
        `for (const name of ${JSON.stringify(names)})`,
        `  Object.defineProperty(module.exports, name, { enumerable: true, get: () => load()[name] });`,
      ];
      return { contents: contents.join("\n"), loader: "js" };
    });
  },
};

export const buildOptions = {
  absWorkingDir: root,
  entryPoints: ["src/cli.ts", "src/index.ts"],
  outdir: "dist",
  bundle: true,
  splitting: true,
  chunkNames: "chunks/[name]-[hash]",
  platform: "node",
  format: "esm",
  target: "node20",
  // The licences are shipped whole in dist/THIRD_PARTY_NOTICES.md instead of as comments in the code.
  legalComments: "none",
  // The HTML reports' style sheets (src/render/css) are imported as their text and inlined.
  loader: { ".css": "text" },
  define: { __GAPCHECK_VERSION__: JSON.stringify(pkg.version) },
  // commander and other CommonJS dependencies call require(); ESM has none, so provide one.
  banner: { js: 'import { createRequire as __gapcheckRequire } from "node:module"; const require = __gapcheckRequire(import.meta.url);' },
  logLevel: "warning",
  plugins: [builtinsOnFirstUse, hoistTableRegexes, yamlEsm, fastWidth, lazyInit, noWorker, lazyChildProcess],
};

/**
 * The banner's `require` is made in every file, but only esbuild's __require helper (in one shared
 * chunk) and code that names `require` use it: each of the ~40 files a command loads paid for a
 * createRequire() and a link to node:module. It is removed from a file in which the word `require`
 * does not occur (outside `__require` and `.require`); where it occurs, even in a comment, it stays.
 */
function dropUnusedBanner(files) {
  const banner = `${buildOptions.banner.js}\n`;
  for (const file of files) {
    const code = readFileSync(file, "utf8");
    if (code.startsWith(banner) && !/(?<![\w$.])require\b/.test(code.slice(banner.length))) writeFileSync(file, code.slice(banner.length));
  }
}

/** The folder of every package under node_modules whose code is in the bundle, from esbuild's metafile. */
export function bundledPackages(metafile) {
  const dirs = new Set();
  for (const input of Object.keys(metafile.inputs)) {
    const m = input.match(/^(.*node_modules\/(@[^/]+\/[^/]+|[^@/][^/]*))\//);
    if (m) dirs.add(m[1]);
  }
  return [...dirs].sort().map((dir) => {
    const meta = JSON.parse(readFileSync(join(root, dir, "package.json"), "utf8"));
    const file = readdirSync(join(root, dir)).find((n) => /^(licen[cs]e|copying)([-.][\w.-]*)?$/i.test(n));
    if (!file) throw new Error(`${meta.name}: no licence file in ${dir}; add its licence text to scripts/build.mjs by hand`);
    return { name: meta.name, version: meta.version, license: meta.license, dir, file: join(dir, file) };
  });
}

/** The build's list of bundle inputs, with the bundleHash of the dist/ it was made for. */
export const bundleInputsFile = join(root, "node_modules", ".cache", "gapcheck", "bundle-inputs.json");

/** A hash of the JavaScript of a bundle folder (dist/, or an installed package's): a saved input list describes only that bundle. */
export function bundleHash(dist) {
  const hash = createHash("sha256");
  const files = readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".js"))
    .map((e) => join(e.parentPath, e.name))
    .sort();
  for (const file of files) hash.update(file.slice(dist.length)).update(readFileSync(file));
  return hash.digest("hex");
}

function notices(packages) {
  const parts = [
    "# Third-party notices\n",
    "gapcheck's bundle (dist/) contains code from the packages below. Their licences follow, as each package ships them.\n",
  ];
  for (const p of packages)
    parts.push(`## ${p.name} ${p.version} (${p.license})\n\n\`\`\`text\n${readFileSync(join(root, p.file), "utf8").trim()}\n\`\`\`\n`);
  return parts.join("\n");
}

/**
 * The compiled-rubric cache of the bundled rubrics (docs/performance.md#the-compiled-rubric-cache): each one parsed, validated and its
 * fixtures run once, here, in every language, into dist/rubrics/<name>.json, so an installed
 * gapcheck's first run is warm. Built from the sources into a throw-away module, then run.
 */
async function precompileRubrics() {
  const tmp = mkdtempSync(join(tmpdir(), "gapcheck-precompile-"));
  try {
    const outfile = join(tmp, "precompile.mjs");
    await build({
      ...buildOptions,
      entryPoints: ["src/rubric/precompile.ts"],
      outdir: undefined,
      outfile,
      splitting: false,
      chunkNames: undefined,
    });
    const { precompileBundled } = await import(pathToFileURL(outfile).href);
    precompileBundled(root);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const types = process.argv.includes("--types");
  // The declarations (dist/types) are emitted again only when their sources changed (scripts/dts.mjs).
  for (const name of existsSync(join(root, "dist")) ? readdirSync(join(root, "dist")) : []) {
    if (name !== "types") rmSync(join(root, "dist", name), { recursive: true, force: true });
  }
  const result = await build({ ...buildOptions, metafile: true });
  dropUnusedBanner(
    Object.keys(result.metafile.outputs)
      .filter((f) => f.endsWith(".js"))
      .map((f) => join(root, f)),
  );
  writeFileSync(join(root, "dist", "THIRD_PARTY_NOTICES.md"), notices(bundledPackages(result.metafile)));
  mkdirSync(join(bundleInputsFile, ".."), { recursive: true });
  writeFileSync(bundleInputsFile, JSON.stringify({ bundle: bundleHash(join(root, "dist")), inputs: Object.keys(result.metafile.inputs) }));
  await precompileRubrics();
  if (types) {
    const { emitDeclarations } = await import("./dts.mjs");
    emitDeclarations(join(root, "tsconfig.build.json"));
  }
}
