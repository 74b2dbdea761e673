import { execFileSync } from "node:child_process";

/** End-to-end tests run the built binary: build it once, from the current sources. */
export default function setup(): void {
  execFileSync(process.execPath, ["scripts/build.mjs"], { stdio: "inherit" });
}
