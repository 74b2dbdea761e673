// Bundles the CLI into one ESM file. Everything (commander, zod, yaml, inquirer…) is inlined, so an
// installed gapcheck has no runtime dependencies; command modules stay behind `await import()`, which
// esbuild turns into lazily initialised sections, so `--version` does not pay for zod or yaml.
import { build } from "esbuild";
import { readFileSync } from "node:fs";

const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));

await build({
  entryPoints: ["src/cli.ts"],
  outdir: "dist",
  bundle: true,
  splitting: true,
  chunkNames: "chunks/[name]-[hash]",
  platform: "node",
  format: "esm",
  target: "node20",
  legalComments: "none",
  define: { __GAPCHECK_VERSION__: JSON.stringify(pkg.version) },
  // commander and other CommonJS dependencies call require(); ESM has none, so provide one.
  banner: { js: 'import { createRequire as __gapcheckRequire } from "node:module"; const require = __gapcheckRequire(import.meta.url);' },
  logLevel: "warning",
});
