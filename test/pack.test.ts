import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { root } from "./helpers/exec.js";

/** What a user gets from the registry: the packed tarball, installed into an empty project. */
describe("the packed package", () => {
  it("installs from its tarball and runs validate and assess from there", () => {
    const packDir = mkdtempSync(join(tmpdir(), "gapcheck-pack-"));
    execFileSync("npm", ["pack", "--silent", "--pack-destination", packDir], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
    const tarball = readdirSync(packDir).find((f) => f.endsWith(".tgz"))!;
    const project = mkdtempSync(join(tmpdir(), "gapcheck-install-"));
    writeFileSync(join(project, "package.json"), '{ "name": "consumer", "version": "1.0.0", "private": true }\n');
    // The bundle has no runtime dependencies, so the install needs no network.
    execFileSync("npm", ["install", "--offline", "--no-audit", "--no-fund", join(packDir, tarball)], { cwd: project, stdio: ["ignore", "ignore", "inherit"] });
    const bin = join(project, "node_modules", ".bin", "gapcheck");

    const validate = spawnSync(bin, ["validate"], { cwd: project, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
    expect(validate.status).toBe(0);
    expect(validate.stderr).toContain("1 file checked: 0 errors");

    copyFileSync(join(root, "examples", "answers.yaml"), join(project, "answers.yaml"));
    const assess = spawnSync(bin, ["assess", "--answers", "answers.yaml", "--json"], { cwd: project, encoding: "utf8" });
    expect(assess.status).toBe(0);
    expect(JSON.parse(assess.stdout)).toMatchObject({ kind: "result", rubric: { id: "marketing-leadership" } });
  }, 180_000);
});
