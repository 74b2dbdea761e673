import { chmodSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * An environment whose PATH holds an executable `gapcheck` (a shell script that runs nothing): for
 * the commands gapcheck prints, which say `gapcheck …` only when a shell would find one (docs/exit-codes.md#streams-and-colour).
 */
export function gapcheckOnPath(): { PATH: string } {
  const dir = mkdtempSync(join(tmpdir(), "gapcheck-path-"));
  writeFileSync(join(dir, "gapcheck"), "#!/bin/sh\nexit 0\n");
  chmodSync(join(dir, "gapcheck"), 0o755);
  return { PATH: dir };
}
