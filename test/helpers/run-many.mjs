// Runs several gapcheck commands in ONE process of the built bundle (dist/cli.js main, the function
// bin/gapcheck.js calls) and prints, as JSON, what each wrote and returned. For tests that need a real
// process with its own TZ and clock (test/helpers/fake-clock.mjs) but not a new Node per command.
// The clock the process ran at is printed too, so that a test can see the preload took effect.
// Usage: node [--import fake-clock.mjs] run-many.mjs '[["assess", "-a", "x.yaml"], ...]'
import { Writable } from "node:stream";
import { main } from "../../dist/cli.js";

class Capture extends Writable {
  chunks = [];
  _write(chunk, _enc, done) {
    this.chunks.push(Buffer.from(chunk));
    done();
  }
}

const results = [];
for (const argv of JSON.parse(process.argv[2])) {
  const stdout = new Capture();
  const stderr = new Capture();
  const io = { stdin: process.stdin, stdout, stderr, env: process.env, cwd: process.cwd(), now: () => new Date() };
  const status = await main(argv, io);
  results.push({ status, stdout: Buffer.concat(stdout.chunks).toString("base64"), stderr: Buffer.concat(stderr.chunks).toString("utf8") });
}
const clock = [new Date().toISOString(), Date.now(), new Date(0).toISOString()];
process.stdout.write(JSON.stringify({ clock, results }));
