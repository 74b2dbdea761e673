import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { answersFileName } from "../../src/serve/session.js";

/*
 * docs/workshop-server.md#never-lose-an-answer "never lose an answer": a workshop process killed with SIGKILL (no chance to clean up)
 * while submissions are in flight keeps every submission it acknowledged, each file whole.
 */
describe("gapcheck serve killed with SIGKILL", () => {
  it("keeps every acknowledged answer on disk, whole", async () => {
    const folder = join(mkdtempSync(join(tmpdir(), "gapcheck-crash-")), "ws");
    const child = spawn(process.execPath, [join(import.meta.dirname, "../helpers/serve-child.mjs"), folder], {
      stdio: ["ignore", "pipe", "inherit"],
      env: { ...process.env, SLOW_WRITES: "150" },
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on("exit", (_code, signal) => resolve(signal)));
    const first = await new Promise<string>((resolve) => createInterface({ input: child.stdout! }).once("line", resolve));
    const url = `${JSON.parse(first).participant}/answers`;
    const acknowledged: { receipt: string; level: number }[] = [];
    const send = async (i: number) => {
      const level = i % 5;
      const res = await fetch(url, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ answers: { "ai-workflows": level, attribution: { level: (i + 1) % 5, note: `n${i}` } } }),
      });
      if (res.status === 201) acknowledged.push({ receipt: ((await res.json()) as { receipt: string }).receipt, level });
    };
    for (let i = 0; i < 5; i++) await send(i);
    // Eight more in flight, killed after the first of them is acknowledged.
    const inFlight = Array.from({ length: 8 }, (_, i) => send(5 + i).catch(() => undefined));
    await Promise.race(inFlight);
    child.kill("SIGKILL");
    await Promise.all(inFlight);
    expect(await exited).toBe("SIGKILL");
    expect(acknowledged.length).toBeGreaterThanOrEqual(6);
    for (const { receipt, level } of acknowledged) {
      const file = join(folder, answersFileName(receipt));
      expect(existsSync(file)).toBe(true);
      expect(parse(readFileSync(file, "utf8")).answers["ai-workflows"]).toBe(level);
    }
  });
});
