import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const root = fileURLToPath(new URL("../../", import.meta.url));
export const bin = fileURLToPath(new URL("../../bin/gapcheck.js", import.meta.url));

/** Every YAML file under a folder of the repository, at any depth. */
export const yamlFiles = (dir: string): string[] =>
  readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));

export interface Run {
  stdout: string;
  stderr: string;
  status: number | null;
}

/** Runs the built binary as a user would, without colour, and returns what a user would see. */
export function gapcheck(args: string[], options: { input?: string; env?: NodeJS.ProcessEnv; cwd?: string } = {}): Run {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    FORCE_COLOR: undefined,
    NO_COLOR: "1",
    LANG: "C.UTF-8",
    LC_ALL: "",
    LC_MESSAGES: "",
    ...options.env,
  };
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete env[k];
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? root,
    env,
    input: options.input ?? "",
    encoding: "utf8",
    timeout: 30_000,
  });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

/** Nothing a user sees may look like a stack trace. */
export function expectNoStack(run: Run): void {
  if (/\n\s+at .+[:(]\d+/.test(run.stderr) || /\n\s+at .+[:(]\d+/.test(run.stdout))
    throw new Error(`stack trace in output:\n${run.stderr}`);
}
