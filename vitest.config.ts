import { readFileSync } from "node:fs";
import { defineConfig } from "vitest/config";

const pkg = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8")) as { version: string };

export default defineConfig({
  define: { __GAPCHECK_VERSION__: JSON.stringify(pkg.version) },
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/global-setup.ts"],
    // The JSON report lets .ci/run print the "N passed, N failed" line CI reads.
    reporters: ["default", ["json", { outputFile: ".ci/test-results.json" }]],
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
