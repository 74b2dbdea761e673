// Preloaded with `node --import` to give a child process another clock: `new Date()` and `Date.now()`
// return FAKE_NOW (ms since the epoch). Output that depends on the clock then differs between runs.
const fixed = Number(process.env.FAKE_NOW);
if (Number.isFinite(fixed)) {
  const RealDate = Date;
  class FakeDate extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(fixed);
      else super(...args);
    }
    static now() {
      return fixed;
    }
  }
  globalThis.Date = FakeDate;
}
