import { request } from "node:http";
import { mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningWorkshop, serve } from "../../src/index.js";
import { CODE_ALPHABET, SESSION_FILE } from "../../src/serve/session.js";
import { run } from "../helpers/main.js";

/*
 * The workshop server (docs/workshop-server.md) in-process on loopback, with real HTTP requests: every status of the
 * participant API, the limits, the capability paths, the downloads against `aggregate`, anonymity.
 */

const ITEM = "ai-workflows";
const OTHER_ITEM = "attribution";
const NOTE = "Kalle-Anka-secret-note";

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One raw HTTP request: the path is sent exactly as given (fetch would normalise `..`). */
function http(
  url: string,
  path: string,
  o: { method?: string; headers?: Record<string, string | number>; body?: string } = {},
): Promise<Reply> {
  const { port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path, method: o.method ?? "GET", headers: o.headers, agent: false }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => {
        body += c;
      });
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end(o.body);
  });
}

const pathOf = (url: string) => new URL(url).pathname;
const post = (w: RunningWorkshop, body: unknown) =>
  http(w.participantUrl, `${pathOf(w.participantUrl)}/answers`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });

function expectSecure(r: Reply): void {
  expect(r.headers["content-security-policy"]).toMatch(/default-src 'none'/);
  expect(r.headers["x-content-type-options"]).toBe("nosniff");
  expect(r.headers["referrer-policy"]).toBe("no-referrer");
  expect(r.headers["cache-control"]).toBe("no-store");
  expect(r.headers["access-control-allow-origin"]).toBeUndefined();
}

describe("gapcheck serve: the session and its links", () => {
  let w: RunningWorkshop;
  let dir: string;
  const log: string[] = [];
  const replies: Reply[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "gapcheck-serve-"));
    w = await serve({ folder: join(dir, "ws"), host: "127.0.0.1", groups: ["marketing", "sales"], lang: "en", log: (l) => log.push(l) });
  });
  afterAll(async () => {
    await w?.close();
  });

  it("makes 128-bit base64url tokens, a 6-character code without look-alikes, and a 0600 session file", () => {
    const joinToken = pathOf(w.participantUrl).split("/")[2]!;
    const fac = pathOf(w.facilitatorUrl).split("/")[2]!;
    for (const token of [joinToken, fac]) expect(token).toMatch(/^[A-Za-z0-9_-]{22}$/); // 22 × 6 bits = 132 ≥ 128
    expect(joinToken).not.toBe(fac);
    expect(w.code).toMatch(new RegExp(`^[${CODE_ALPHABET}]{6}$`));
    expect(CODE_ALPHABET).not.toMatch(/[01OIL]/);
    const file = join(w.folder, SESSION_FILE);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const session = JSON.parse(readFileSync(file, "utf8"));
    expect(session.rubric).toMatchObject({ id: "marketing-leadership" });
    expect(session.rubric.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(session).toMatchObject({
      profile: "marketing-manager",
      groups: ["marketing", "sales"],
      minGroup: 3,
      port: Number(new URL(w.participantUrl).port),
    });
    expect(session.tokens).toEqual({ participant: joinToken, facilitator: fac, code: w.code });
  });

  it("serves the participant page with a strict CSP and no token in it", async () => {
    const r = await http(w.participantUrl, pathOf(w.participantUrl));
    replies.push(r);
    expect(r.status).toBe(200);
    expectSecure(r);
    expect(r.headers["content-security-policy"]).toMatch(/script-src 'sha256-[^']+'; style-src 'sha256-[^']+'; connect-src 'self'/);
    expect(r.body).toContain("Pick the highest level whose description fully holds.");
    expect(r.body).not.toMatch(/<script src|<link|https?:\/\//);
  });

  it("takes the join code at / (case and spaces forgiven) and rate-limits wrong codes per address", async () => {
    const page = await http(w.codeUrl, "/");
    expect(page.status).toBe(200);
    expectSecure(page);
    const form = (code: string) =>
      http(w.codeUrl, "/", { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: `code=${code}` });
    const right = await form(` ${w.code.toLowerCase().slice(0, 3)} ${w.code.slice(3).toLowerCase()}`.replace(/ /g, "+"));
    expect(right.status).toBe(303);
    expect(right.headers.location).toBe(pathOf(w.participantUrl));
    const wrong = w.code === "AAAAAA" ? "BBBBBB" : "AAAAAA";
    for (let i = 0; i < 5; i++) {
      const r = await form(wrong);
      replies.push(r);
      expect(r.status).toBe(403);
    }
    const limited = await form(wrong);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers["retry-after"])).toBeGreaterThan(0);
    expect((await form(w.code)).status).toBe(429); // even the right code waits: no guessing around the limit
  });

  it("answers 404 for wrong tokens, unknown paths and path traversal, without data", async () => {
    const [, , join] = pathOf(w.participantUrl).split("/");
    const [, , fac] = pathOf(w.facilitatorUrl).split("/");
    const paths = [
      "/j/AAAAAAAAAAAAAAAAAAAAAA",
      `/j/${join}x`,
      `/f/${join}`, // the participant token never opens the facilitator's data
      `/f/${join}/result.json`,
      `/f/${join}/state`,
      `/j/${join}/../../f/${fac}/result.json`,
      `/j/${join}/%2e%2e/%2e%2e/f/${fac}/state`,
      "/../../etc/passwd",
      `/f/${fac}/../../${SESSION_FILE}`,
      `/${SESSION_FILE}`,
      "/j/",
      "/favicon.ico",
      `/j/${join}/answers/x`,
      `/f/${fac}/result.pdf`,
    ];
    for (const p of paths) {
      const r = await http(w.participantUrl, p);
      replies.push(r);
      expect([p, r.status]).toEqual([p, 404]);
      expectSecure(r);
      expect(r.body).not.toMatch(/marketing-leadership|answers-|tokens/);
    }
  });

  it("replies 201 with the file on disk (0600, group, no name), 200 for its receipt, 403 for an unknown one", async () => {
    const first = await post(w, { answers: { [ITEM]: 2, [OTHER_ITEM]: { level: 1, note: NOTE } }, group: "marketing", locale: "sv" });
    replies.push(first);
    expect(first.status).toBe(201);
    expectSecure(first);
    const { receipt } = JSON.parse(first.body);
    expect(receipt).toMatch(/^[A-Za-z0-9_-]{22}$/);
    const files = readdirSync(w.folder).filter((f) => !f.startsWith("."));
    expect(files).toHaveLength(1);
    const path = join(w.folder, files[0]!);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const doc = parse(readFileSync(path, "utf8"));
    expect(doc).toMatchObject({
      gapcheck: 1,
      rubric: { id: "marketing-leadership" },
      profile: "marketing-manager",
      locale: "sv",
      respondent: { group: "marketing" },
    });
    expect(doc.respondent.name).toBeUndefined();
    expect(doc.answers[ITEM]).toBe(2);
    expect(files[0]).not.toContain(receipt);

    const again = await post(w, { answers: { [ITEM]: 3 }, group: "marketing", receipt });
    expect(again.status).toBe(200);
    expect(JSON.parse(again.body).receipt).toBe(receipt);
    expect(readdirSync(w.folder).filter((f) => !f.startsWith("."))).toEqual(files);
    expect(parse(readFileSync(path, "utf8")).answers).toEqual({ [ITEM]: 3 });

    const unknown = await post(w, { answers: { [ITEM]: 3 }, receipt: "B".repeat(22) });
    expect(unknown.status).toBe(403);
    expectSecure(unknown);
  });

  it("replies 422 naming the item for a bad level, an unknown item, a group not in --groups, a respondent name", async () => {
    const bad = await post(w, { answers: { [ITEM]: 9, "no-such-item": 1 } });
    expect(bad.status).toBe(422);
    const { findings } = JSON.parse(bad.body);
    expect(findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ item: ITEM, message: expect.stringMatching(/0.*4|0–4|0\.\.4/) }),
        expect.objectContaining({ item: "no-such-item" }),
      ]),
    );
    const group = await post(w, { answers: { [ITEM]: 1 }, group: "finance" });
    expect(group.status).toBe(422);
    expect(JSON.parse(group.body).findings[0]).toMatchObject({
      rule: "unknown-group",
      message: expect.stringContaining("marketing, sales"),
    });
    const named = await post(w, { answers: { [ITEM]: 1 }, respondent: { name: "Kalle" } });
    expect(named.status).toBe(422);
    const proto = await http(w.participantUrl, `${pathOf(w.participantUrl)}/answers`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: '{"answers":{"__proto__":{"level":1}}}',
    });
    expect(proto.status).toBe(422);
    const notJson = await http(w.participantUrl, `${pathOf(w.participantUrl)}/answers`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: "{answers",
    });
    expect(notJson.status).toBe(400);
    expect(readdirSync(w.folder).filter((f) => !f.startsWith("."))).toHaveLength(1);
  });

  it("replies 415 for another content type and 413 over 64 KiB, declared or chunked, before reading it whole", async () => {
    const path = `${pathOf(w.participantUrl)}/answers`;
    const text = await http(w.participantUrl, path, { method: "POST", headers: { "Content-Type": "text/plain" }, body: "{}" });
    expect(text.status).toBe(415);
    expectSecure(text);
    // Declared too large: the reply comes although not one byte of the body was sent.
    const declared = await new Promise<Reply>((resolve, reject) => {
      const req = request(
        {
          host: "127.0.0.1",
          port: new URL(w.participantUrl).port,
          path,
          method: "POST",
          agent: false,
          headers: { "Content-Type": "application/json", "Content-Length": 64 * 1024 + 1 },
        },
        (res) => {
          let body = "";
          res.on("data", (c) => {
            body += c;
          });
          res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
        },
      );
      req.on("error", reject);
      req.flushHeaders();
    });
    expect(declared.status).toBe(413);
    expectSecure(declared);
    // Chunked (no length): refused at the first byte over the limit.
    const big = JSON.stringify({ answers: { [ITEM]: { level: 1, note: "x".repeat(70_000) } } });
    const chunked = await new Promise<Reply>((resolve, reject) => {
      const req = request(
        {
          host: "127.0.0.1",
          port: new URL(w.participantUrl).port,
          path,
          method: "POST",
          agent: false,
          headers: { "Content-Type": "application/json" },
        },
        (res) => {
          let body = "";
          res.on("data", (c) => {
            body += c;
          });
          res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
        },
      );
      req.on("error", reject);
      req.write(big.slice(0, 40_000));
      req.write(big.slice(40_000));
      req.end();
    });
    expect(chunked.status).toBe(413);
    // Exactly at the limit is read (and judged on its content).
    const atLimit = JSON.stringify({ answers: { [ITEM]: { level: 1, note: "" } } });
    const padded = atLimit.replace('"note":""', `"note":"${"y".repeat(64 * 1024 - atLimit.length)}"`);
    expect(Buffer.byteLength(padded)).toBe(64 * 1024);
    const ok = await http(w.participantUrl, path, { method: "POST", headers: { "Content-Type": "application/json" }, body: padded });
    expect(ok.status).toBe(201);
  });

  it("keeps 50 concurrent submissions intact, each in its own file", async () => {
    const before = w.state().participants;
    const replies50 = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        post(w, { answers: { [ITEM]: i % 5, [OTHER_ITEM]: (i * 3) % 5 }, group: i % 2 === 0 ? "marketing" : "sales" }),
      ),
    );
    expect(replies50.map((r) => r.status)).toEqual(Array(50).fill(201));
    const receipts = new Set(replies50.map((r) => JSON.parse(r.body).receipt));
    expect(receipts.size).toBe(50);
    const files = readdirSync(w.folder).filter((f) => !f.startsWith("."));
    expect(files).toHaveLength(before + 50);
    const levels = files.map((f) => parse(readFileSync(join(w.folder, f), "utf8"))).filter((d) => d.answers[OTHER_ITEM] !== undefined);
    const pairs = levels.map((d) => `${d.answers[ITEM]}/${d.answers[OTHER_ITEM]}`);
    for (let i = 0; i < 50; i++) expect(pairs).toContain(`${i % 5}/${(i * 3) % 5}`);
    expect(w.state().participants).toBe(before + 50);
  });

  it("gives downloads identical to `gapcheck aggregate FOLDER --by group --min-group 3` (the same bytes for JSON)", async () => {
    const [, , fac] = pathOf(w.facilitatorUrl).split("/");
    for (const [ext, format] of [
      ["json", "json"],
      ["md", "markdown"],
      ["csv", "csv"],
      ["html", "html"],
    ] as const) {
      const r = await http(w.facilitatorUrl, `/f/${fac}/result.${ext}`);
      replies.push(r);
      expect(r.status).toBe(200);
      expectSecure(r);
      const cli = await run(["aggregate", w.folder, "--by", "group", "--min-group", "3", "-f", format, "--lang", "en"]);
      expect(cli.status).toBe(0);
      expect(r.body).toBe(cli.stdout);
    }
  });

  it("shows no note, name or single answer in the live state, the events or any download", async () => {
    const [, , fac] = pathOf(w.facilitatorUrl).split("/");
    const state = await http(w.facilitatorUrl, `/f/${fac}/state`);
    expect(state.status).toBe(200);
    const live = JSON.parse(state.body);
    expect(live.result.panel.respondents).toBe(live.participants);
    for (const g of live.result.panel.groups) expect(g.respondents).toBeGreaterThanOrEqual(3);
    const everything = [state, ...replies].map((r) => r.body).join("\n");
    expect(everything).not.toContain(NOTE);
    expect(everything).not.toMatch(/"respondent"\s*:/);
    expect(everything).not.toContain("Kalle");
  });

  it("never puts a token in a log line, an error reply or the participant page", () => {
    const [, , join] = pathOf(w.participantUrl).split("/");
    const [, , fac] = pathOf(w.facilitatorUrl).split("/");
    const participantPages = replies.filter((r) => String(r.headers["content-type"]).startsWith("text/html") && r.status === 200);
    expect(participantPages.length).toBeGreaterThan(0);
    for (const r of replies.filter((r) => r.status >= 400 || participantPages.includes(r))) {
      expect(r.body).not.toContain(join);
      expect(r.body).not.toContain(fac);
      expect(r.body).not.toContain(w.code);
    }
    expect(log.join("\n")).not.toContain(join!);
    expect(log.join("\n")).not.toContain(fac!);
  });

  it("closes: 409 for submissions after POST {facilitator}/close, downloads still served", async () => {
    const [, , fac] = pathOf(w.facilitatorUrl).split("/");
    const close = await http(w.facilitatorUrl, `/f/${fac}/close`, { method: "POST" });
    expect(close.status).toBe(200);
    const late = await post(w, { answers: { [ITEM]: 1 } });
    expect(late.status).toBe(409);
    expectSecure(late);
    expect(JSON.parse(readFileSync(join(w.folder, SESSION_FILE), "utf8")).closed).toMatch(/^\d{4}-/);
    expect((await http(w.facilitatorUrl, `/f/${fac}/result.json`)).status).toBe(200);
  });
});

describe("gapcheck serve: resume, refusal, slow connections, events", () => {
  it("resumes a folder with the same links and answers, and refuses another profile or rubric naming both", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gapcheck-serve-"));
    const folder = join(dir, "ws");
    const a = await serve({ folder, host: "127.0.0.1", lang: "en" });
    expect((await post(a, { answers: { [ITEM]: 2 } })).status).toBe(201);
    await a.close();
    const b = await serve({ folder, host: "127.0.0.1", lang: "en" });
    try {
      expect(b.resumed).toBe(true);
      expect([b.participantUrl, b.facilitatorUrl, b.code]).toEqual([a.participantUrl, a.facilitatorUrl, a.code]);
      expect(b.state().participants).toBe(1);
    } finally {
      await b.close();
    }
    await expect(serve({ folder, host: "127.0.0.1", lang: "en", profile: "cmo" })).rejects.toThrow(
      /profile "marketing-manager", not "cmo"/,
    );
    const other = join(dir, "other.yaml");
    const { writeFileSync } = await import("node:fs");
    writeFileSync(
      other,
      readFileSync(join(import.meta.dirname, "../../rubrics/marketing-leadership.yaml"), "utf8").replace(
        /^id: marketing-leadership$/m,
        "id: another-rubric",
      ),
    );
    await expect(serve({ folder, host: "127.0.0.1", lang: "en", rubric: other })).rejects.toThrow(
      /rubric "marketing-leadership", not "another-rubric"/,
    );
    await expect(serve({ folder: join(dir, "x"), host: "127.0.0.1", minGroup: 2 })).rejects.toThrow(/at least 3/);
  });

  it("takes a client profile file (-p FILE): scores with it, downloads equal `aggregate -p FILE`, resumes with it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gapcheck-serve-"));
    const folder = join(dir, "ws");
    const file = join(import.meta.dirname, "../../examples/profiles/acme-cmo.yaml");
    const a = await serve({ folder, host: "127.0.0.1", lang: "en", profile: file });
    try {
      for (const level of [1, 2, 3]) expect((await post(a, { answers: { [ITEM]: level, [OTHER_ITEM]: 0 } })).status).toBe(201);
      const [, , fac] = pathOf(a.facilitatorUrl).split("/");
      const r = await http(a.facilitatorUrl, `/f/${fac}/result.json`);
      expect(r.status).toBe(200);
      expect(JSON.parse(r.body).profile.id).toBe("acme-cmo");
      const cli = await run(["aggregate", folder, "-p", file, "--json", "--lang", "en"]);
      expect(cli.status).toBe(0);
      expect(r.body).toBe(cli.stdout);
    } finally {
      await a.close();
    }
    const b = await serve({ folder, host: "127.0.0.1", lang: "en" });
    try {
      expect(b.resumed).toBe(true);
      expect(b.state().participants).toBe(3);
    } finally {
      await b.close();
    }
    await expect(serve({ folder, host: "127.0.0.1", lang: "en", profile: "cmo" })).rejects.toThrow(/profile "acme-cmo", not "cmo"/);
  });

  it("closes a slow-loris connection that never finishes its headers", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gapcheck-serve-"));
    const w = await serve({ folder: join(dir, "ws"), host: "127.0.0.1", timeouts: { headers: 300, request: 600 } });
    try {
      const socket = connect(Number(new URL(w.participantUrl).port), "127.0.0.1");
      const ended = new Promise<string>((resolve) => {
        let got = "";
        socket.on("data", (d) => {
          got += d;
        });
        socket.on("close", () => resolve(got));
      });
      socket.write("GET / HTTP/1.1\r\nHost: x\r\n"); // and never the blank line that ends the headers
      const got = await ended;
      expect(got).toMatch(/^HTTP\/1\.1 408 /);
      expect((await http(w.codeUrl, "/")).status).toBe(200); // the server still serves others
    } finally {
      await w.close();
    }
  });

  it("pushes the state over server-sent events, one event per change", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gapcheck-serve-"));
    const w = await serve({ folder: join(dir, "ws"), host: "127.0.0.1", lang: "en" });
    try {
      const controller = new AbortController();
      const res = await fetch(`${w.facilitatorUrl}/events`, { signal: controller.signal });
      expect(res.headers.get("content-type")).toMatch(/^text\/event-stream/);
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      const reader = res.body!.getReader();
      const events: { participants: number }[] = [];
      let buffer = "";
      const next = async () => {
        while (!buffer.includes("\n\n")) buffer += new TextDecoder().decode((await reader.read()).value);
        const [event, ...rest] = buffer.split("\n\n");
        buffer = rest.join("\n\n");
        events.push(
          JSON.parse(
            event!
              .split("\n")
              .find((l) => l.startsWith("data: "))!
              .slice(6),
          ),
        );
      };
      await next();
      expect(events[0]!.participants).toBe(0);
      await post(w, { answers: { [ITEM]: 1 } });
      await next();
      expect(events[1]!.participants).toBe(1);
      controller.abort();
    } finally {
      await w.close();
    }
  });

  it("shows the whole room, not groups, when grouping would single people out (three people, three groups)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gapcheck-serve-"));
    const w = await serve({ folder: join(dir, "ws"), host: "127.0.0.1", lang: "en", groups: ["a", "b", "c"] });
    try {
      for (const [i, group] of ["a", "b", "c"].entries()) expect((await post(w, { answers: { [ITEM]: i }, group })).status).toBe(201);
      const state = w.state();
      expect(state.participants).toBe(3);
      expect(state.result?.panel?.groups).toEqual([]);
      expect(state.result?.panel?.by).toBeUndefined();
      const [, , fac] = pathOf(w.facilitatorUrl).split("/");
      const download = await http(w.facilitatorUrl, `/f/${fac}/result.json`);
      expect(download.status).toBe(200);
      const refused = await run(["aggregate", w.folder, "--by", "group", "--min-group", "3", "--json", "--lang", "en"]);
      expect(refused.status).toBe(2);
      const whole = await run(["aggregate", w.folder, "--min-group", "3", "--json", "--lang", "en"]);
      expect(download.body).toBe(whole.stdout);
    } finally {
      await w.close();
    }
  });
});
