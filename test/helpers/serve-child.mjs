// A workshop in a process of its own, for tests that kill it (test/serve/crash.test.ts): the built
// library's serve(), its participant link as the first line of stdout. With SLOW_WRITES=MS every
// answers file waits that long before its final rename or link, so a kill lands while writes are
// under way — which is when an answer acknowledged too early would be lost.
import fsp from "node:fs/promises";
import { syncBuiltinESMExports } from "node:module";

const delay = Number(process.env.SLOW_WRITES ?? 0);
if (delay > 0) {
  const { link, rename } = fsp;
  const slow = (fn) => async (from, to) => {
    if (/answers-[0-9a-f]+\.yaml$/.test(String(to))) await new Promise((r) => setTimeout(r, delay));
    return fn(from, to);
  };
  fsp.link = slow(link);
  fsp.rename = slow(rename);
  syncBuiltinESMExports();
}
const { serve } = await import("../../dist/index.js");
const w = await serve({ folder: process.argv[2], host: "127.0.0.1", lang: "en" });
process.stdout.write(`${JSON.stringify({ participant: w.participantUrl })}\n`);
