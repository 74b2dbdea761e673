import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { quote } from "shell-quote";

interface Reply {
  resolve: (lines: string[]) => void;
  reject: (error: Error) => void;
}

/**
 * A real pseudo-terminal for end-to-end tests of the interactive flow: tmux runs the command,
 * send-keys types, capture-pane reads the screen. Waits poll the screen instead of sleeping a
 * fixed time, so the tests hold on a slow machine.
 *
 * Keys and screen reads go through one control-mode client per session (`tmux -C`): a command per
 * line on its stdin, each answered between `%begin` and `%end` (or `%error`) lines on its stdout.
 * A tmux process per key or read meant forking the test worker about 500 times per file, a few
 * milliseconds of CPU each.
 */
export class TmuxSession {
  readonly name = `gapcheck-${randomBytes(4).toString("hex")}`;
  /**
   * Each session has a tmux server of its own, on a socket in the temporary folder (-S): sessions of
   * files that run at once never share a server, which exits when its last session ends. No
   * configuration file is read (-f /dev/null): the user's ~/.tmux.conf cannot change the screens.
   */
  readonly server = ["-S", join(tmpdir(), `${this.name}.sock`), "-f", "/dev/null"];
  private readonly client: ChildProcess;
  private readonly replies: Reply[] = [];
  /** The output of the command being answered, and its number (from its %begin line). */
  private block: string[] | undefined;
  private blockNumber: string | undefined;
  private partial = "";
  private failure: Error | undefined;

  constructor(command: string, options: { cwd: string; width?: number; height?: number; env?: Record<string, string> }) {
    const env = Object.entries({ NO_COLOR: "1", LANG: "C.UTF-8", ...options.env })
      .map(([k, v]) => `${k}=${quote([v])}`)
      .join(" ");
    execFileSync("tmux", [
      ...this.server,
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
    // no-output: the client is not sent everything the pane prints, which it would have to keep up with.
    this.client = spawn("tmux", [...this.server, "-C", "attach-session", "-f", "no-output", "-t", this.name], {
      stdio: ["pipe", "pipe", "ignore"],
    });
    this.client.stdout!.setEncoding("utf8");
    this.client.stdout!.on("data", (chunk: string) => this.read(chunk));
    this.client.stdin!.on("error", (e) => this.fail(e)); // written to after the client died
    // close, not exit: what the client printed before it ended is read first.
    this.client.on("close", () => this.fail(new Error(`the tmux client of ${this.name} exited`)));
    this.expectReply().catch((e: Error) => this.fail(e)); // attaching is answered like a command
  }

  /** The screen as capture-pane prints it: one line per row, joined lines unwrapped. */
  async screen(): Promise<string> {
    const lines = await this.command(["capture-pane", "-p", "-J", "-t", this.name]);
    return `${lines.join("\n")}\n`;
  }

  /**
   * Types keys (tmux key names, or `-l` and literal text); they arrive in the order sent. Nothing is
   * awaited: a refused key fails the session's next read (every test reads the screen after typing).
   */
  send(...keys: string[]): void {
    this.command(["send-keys", "-t", this.name, ...keys]).catch((e: Error) => this.fail(e));
  }

  async waitFor(pattern: RegExp, timeoutMs = 20_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const screen = await this.screen();
      if (pattern.test(screen)) return screen;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${pattern} on screen:\n${screen}`);
      await new Promise((r) => setTimeout(r, 15));
    }
  }

  kill(): void {
    try {
      execFileSync("tmux", [...this.server, "kill-server"], { stdio: "ignore" });
    } catch {
      // already gone
    }
    this.client.kill();
    rmSync(this.server[1]!, { force: true }); // tmux leaves its socket behind
  }

  /** Sends one command line (each argument single-quoted for tmux's parser) and resolves to its output. */
  private command(args: string[]): Promise<string[]> {
    if (this.failure) return Promise.reject(this.failure);
    // Inside single quotes tmux takes every character as it is; no key or text here needs a quote,
    // and a line break would end the command line early (two replies for one command).
    if (args.some((a) => /['\n\r]/.test(a))) throw new Error(`a tmux argument with a quote or a line break: ${args.join(" ")}`);
    const line = args.map((a) => `'${a}'`).join(" ");
    const reply = this.expectReply();
    this.client.stdin!.write(`${line}\n`);
    return reply;
  }

  private expectReply(): Promise<string[]> {
    return new Promise((resolve, reject) => this.replies.push({ resolve, reject }));
  }

  private read(chunk: string): void {
    const lines = (this.partial + chunk).split("\n");
    this.partial = lines.pop()!;
    for (const line of lines) {
      if (this.block) {
        // A command's output is never interleaved with notifications; its end line repeats its number.
        const end = /^%(end|error) \d+ (\d+) /.exec(line);
        if (end && end[2] === this.blockNumber) {
          const output = this.block;
          this.block = undefined;
          const reply = this.replies.shift();
          if (end[1] === "end") reply?.resolve(output);
          else reply?.reject(new Error(`tmux: ${output.join(" ")}`));
        } else this.block.push(line);
      } else if (line.startsWith("%begin ")) {
        this.block = [];
        this.blockNumber = line.split(" ")[2];
      }
    }
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const reply of this.replies.splice(0)) reply.reject(this.failure);
  }
}
