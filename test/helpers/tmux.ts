import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";

/**
 * A real pseudo-terminal for end-to-end tests of the interactive flow: tmux runs the command,
 * send-keys types, capture-pane reads the screen. Waits poll the screen instead of sleeping a
 * fixed time, so the tests hold on a slow machine.
 */
export class TmuxSession {
  readonly name = `gapcheck-${randomBytes(4).toString("hex")}`;

  constructor(command: string, options: { cwd: string; width?: number; height?: number; env?: Record<string, string> }) {
    const env = Object.entries({ NO_COLOR: "1", LANG: "C.UTF-8", ...options.env })
      .map(([k, v]) => `${k}=${shellQuote(v)}`)
      .join(" ");
    execFileSync("tmux", [
      "new-session",
      "-d",
      "-s",
      this.name,
      "-x",
      String(options.width ?? 100),
      "-y",
      String(options.height ?? 40),
      "-c",
      options.cwd,
      // keep the pane after the command ends, so its last screen can still be read
      `env ${env} ${command}; echo "[exit $?]"; sleep 600`,
    ]);
  }

  screen(): string {
    return execFileSync("tmux", ["capture-pane", "-p", "-J", "-t", this.name], { encoding: "utf8" });
  }

  send(...keys: string[]): void {
    execFileSync("tmux", ["send-keys", "-t", this.name, ...keys]);
  }

  async waitFor(pattern: RegExp, timeoutMs = 20_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const screen = this.screen();
      if (pattern.test(screen)) return screen;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${pattern} on screen:\n${screen}`);
      // capture-pane is a few milliseconds; polling often keeps the 150-question flows from idling.
      await new Promise((r) => setTimeout(r, 15));
    }
  }

  kill(): void {
    try {
      execFileSync("tmux", ["kill-session", "-t", this.name], { stdio: "ignore" });
    } catch {
      // already gone
    }
  }
}

export function shellQuote(s: string): string {
  return `'${s.replace(/'/g, "'\\''")}'`;
}
