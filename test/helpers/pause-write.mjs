// Preloaded with `node --import` by test/cli/crash-safety.test.ts alone: stops gapcheck at one moment of its
// atomic write of PAUSE_TARGET (src/io/write.ts), so that the test can kill it exactly there, which
// a timer cannot hit. PAUSE_AT=sync: the temporary file is written but not yet flushed; rename: it is
// flushed and closed but not yet renamed over the target. The process says so on stderr
// ("PAUSED sync") and waits; the test kills it long before the 10 s are up. Other writes, such as the
// compiled-rubric cache, which goes through the same function, are not stopped.
import fsp from "node:fs/promises";
import { syncBuiltinESMExports } from "node:module";
import { basename, dirname } from "node:path";

const at = process.env.PAUSE_AT;
const target = process.env.PAUSE_TARGET ?? "";
/** The temporary file writeFileAtomic makes next to the target: .NAME.PID.HEX.tmp */
const isTemp = (path) => dirname(String(path)) === dirname(target) && basename(String(path)).startsWith(`.${basename(target)}.`);
const pause = (name) =>
  new Promise((resume) => {
    process.stderr.write(`PAUSED ${name}\n`);
    setTimeout(resume, 10_000);
  });

const { open, rename } = fsp;
if (at === "sync") {
  fsp.open = async (path, ...rest) => {
    const handle = await open(path, ...rest);
    if (isTemp(path)) {
      const sync = handle.sync.bind(handle);
      handle.sync = async () => {
        await pause("sync");
        return sync();
      };
    }
    return handle;
  };
}
if (at === "rename") {
  fsp.rename = async (from, to) => {
    if (String(to) === target) await pause("rename");
    return rename(from, to);
  };
}
// The bundle imports open and rename by name: make those bindings the patched functions too.
syncBuiltinESMExports();
