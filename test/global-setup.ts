import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../", import.meta.url));
const stampFile = join(root, "node_modules", ".cache", "gapcheck", "build-stamp.json");

/** Every file under the given paths of the repository, sorted. */
function filesUnder(...paths: string[]): string[] {
  return paths
    .flatMap((p) =>
      statSync(join(root, p)).isDirectory()
        ? readdirSync(join(root, p), { recursive: true, withFileTypes: true })
            .filter((e) => e.isFile())
            .map((e) => join(e.parentPath, e.name))
        : [join(root, p)],
    )
    .sort();
}

/** A hash of what the build reads (sources, build scripts, bundled rubrics, locked dependencies, Node) and what it wrote. */
function stamp(): string {
  const hash = createHash("sha256").update(process.version);
  for (const file of filesUnder("src", "scripts", "rubrics", "package.json", "package-lock.json", "tsconfig.json")) {
    hash.update(file).update(readFileSync(file));
  }
  const dist = join(root, "dist");
  const built = existsSync(dist) ? filesUnder("dist").filter((f) => !f.startsWith(join(dist, "types"))) : [];
  for (const file of built) hash.update(file).update(String(statSync(file).size));
  return hash.digest("hex");
}

/**
 * End-to-end tests run the built binary: build it from the current sources, unless the last build
 * was of exactly these sources and its output is untouched (the build is a few seconds of every run).
 */
export default function setup(): void {
  const before = existsSync(stampFile) ? readFileSync(stampFile, "utf8") : "";
  if (before !== "" && before === stamp()) return;
  execFileSync(process.execPath, ["scripts/build.mjs"], { cwd: root, stdio: "inherit" });
  mkdirSync(dirname(stampFile), { recursive: true });
  writeFileSync(stampFile, stamp());
}
