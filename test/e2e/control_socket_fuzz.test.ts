// The release's control socket as an attacker sees it: random and malformed frames before and
// after authentication, oversized frames, idle connections past the cap, wrong MACs, an rpc whose
// peer leaves mid-evaluation. Whatever arrives, only that connection closes and the node keeps
// answering `rpc`. Seeded: the seed is printed with any failure.
import { describe, it, expect } from "vitest";
import * as net from "node:net";
import { readFileSync, statSync, chmodSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beamlet, run, tempDir, cleanup, copyExample, Background, sleep } from "./helpers.ts";
import { macFor, socketPath } from "../../cli/release/wire.ts";
import { MAX_FRAME, MAX_FRAME_UNAUTHED } from "../../cli/release/frames.ts";
import { MAX_UNAUTHED } from "../../cli/release/server.ts";

const prod = { MIX_ENV: "prod" };

/** a raw peer on the socket: collects the node's frames, knows when the node closed it */
class Peer {
  frames: any[] = [];
  private gone = false;
  private ended = false;
  private buf = "";
  readonly sock: net.Socket;
  readonly ready: Promise<void>;
  constructor(path: string) {
    // a hostile peer never closes its side: only the node destroying the connection ends it
    this.sock = net.connect({ path, allowHalfOpen: true });
    // EPIPE on a probe: the node has released its end, not merely half-closed it
    this.sock.on("error", () => (this.gone = true));
    this.sock.setEncoding("utf8");
    this.sock.on("data", (d: string) => {
      this.buf += d;
      let i: number;
      while ((i = this.buf.indexOf("\n")) >= 0) {
        this.frames.push(JSON.parse(this.buf.slice(0, i)));
        this.buf = this.buf.slice(i + 1);
      }
    });
    this.sock.on("close", () => (this.gone = true));
    this.sock.on("end", () => (this.ended = true));
    this.ready = this.until(() => this.frames.length > 0);
  }
  /** has the node closed the connection for good? After its FIN, a blank line (ignored by a
   *  live connection) probes whether the node still holds its end */
  get closed(): boolean {
    if (!this.gone && this.ended && !this.sock.destroyed) this.sock.write("\n");
    return this.gone;
  }
  get nonce(): string {
    return this.frames[0].nonce;
  }
  send(text: string): void {
    if (!this.sock.destroyed) this.sock.write(text);
  }
  async until(cond: () => boolean, ms = 30000): Promise<void> {
    const start = Date.now();
    while (!cond()) {
      if (Date.now() - start > ms) throw new Error(`peer: condition not reached; frames ${JSON.stringify(this.frames).slice(0, 500)}`);
      await sleep(10);
    }
  }
  async auth(cookie: string): Promise<void> {
    await this.ready;
    this.send(JSON.stringify({ t: "auth", mac: macFor(cookie, this.nonce) }) + "\n");
    await this.until(() => this.frames.some((f) => f.t === "welcome"));
  }
}

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return (s >>> 8) / (1 << 24);
  };
}

/** a random line: JSON that is not an object, objects with wrong tags, fields or types, junk */
function hostileLine(r: () => number, authed: boolean): string {
  const pick = <T,>(xs: T[]): T => xs[Math.floor(r() * xs.length)];
  const junkValue = () => pick<unknown>([null, 0, -1, 1e308, "", "x".repeat(Math.floor(r() * 50)), [], [1, 2], {}, true, { t: "rpc" }]);
  const tags = ["auth", "rpc", "remote", "in", "eof", "pid", "challenge", "welcome", "out", "done", "__proto__", "constructor", "toString", ""];
  switch (Math.floor(r() * 9)) {
    case 0: return pick(["null", "42", "[]", "[1,2]", '"auth"', "true", "-0", "1e999"]);
    case 1: return JSON.stringify({ t: junkValue() });
    case 2: return JSON.stringify({ t: pick(tags), mac: junkValue(), code: junkValue(), data: junkValue() });
    case 3: return JSON.stringify({ t: pick(["rpc", "in", "remote"]), code: junkValue(), data: junkValue(), terminal: junkValue(), columns: junkValue() });
    case 4: return '{"t":"auth","__proto__":{"mac":"00"}}';
    case 5: return JSON.stringify({ t: "auth", mac: "0".repeat(64), extra: 1 });
    case 6: return "#" + Array.from({ length: 1 + Math.floor(r() * 40) }, () => String.fromCharCode(Math.floor(r() * 256))).join("").replace(/\n/g, "");
    case 7: return "{".repeat(1 + Math.floor(r() * 200));
    default: return authed ? JSON.stringify({ t: "auth", mac: "ab".repeat(32) }) : JSON.stringify({ t: "rpc", code: "IO.puts(:pwned)" });
  }
}

describe("the control socket under hostile peers", () => {
  it("closes only the offending connection and keeps answering rpc", async () => {
    const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000);
    const tmp = tempDir("sockfuzz");
    const dir = join(tmp, "anemone");
    copyExample("anemone", dir);
    const rel = join(dir, "_build", "prod", "rel", "anemone");
    const bin = join(rel, "bin", "anemone");
    let node: Background | null = null;
    try {
      expect((await beamlet(["release"], { cwd: dir, env: prod })).code).toBe(0);
      // the auth deadline is 10 s scaled by BEAMLET_TIME_SCALE (0.1 here): 1 s
      node = new Background(bin, ["start"], dir);
      await node.waitFor(/^count\[\]: 1\n/m);
      const sockPath = socketPath(rel, "anemone");
      const cookie = readFileSync(join(rel, "releases", "COOKIE"), "utf8").trim();
      const alive = async (tag: string) => {
        const r = await run(bin, ["rpc", "IO.puts(1 + 1)"], { cwd: dir });
        expect(r.stdout, `seed ${seed}: rpc after ${tag}`).toBe("2\n");
      };
      const r = rng(seed);

      // random frames before authentication: each closes its own connection
      const pre: Peer[] = [];
      for (let i = 0; i < 60; i++) {
        const p = new Peer(sockPath);
        await p.ready;
        p.send(hostileLine(r, false) + "\n");
        pre.push(p);
      }
      for (const p of pre) await p.until(() => p.closed);
      expect(pre.every((p) => !p.frames.some((f) => f.t === "welcome" || f.t === "done")), `seed ${seed}`).toBe(true);
      // the frames that used to kill the node (f96236b): JSON that is not a tagged object
      for (const line of ["null", "42", "[]", '"x"', '{"t":1}']) {
        const p = new Peer(sockPath);
        await p.ready;
        p.send(line + "\n");
        await p.until(() => p.closed);
      }
      await alive("frames before auth");

      // random frames after authentication: a bad one closes the session, good ones still work
      for (let i = 0; i < 40; i++) {
        const p = new Peer(sockPath);
        await p.auth(cookie);
        p.send(hostileLine(r, true) + "\n");
        await p.until(() => p.closed);
        expect(p.frames.some((f) => f.t === "out" && /pwned/.test(f.text)), `seed ${seed}`).toBe(false);
      }
      await alive("frames after auth");

      // oversized frames: the node does not wait for a newline that never comes
      const bigPre = new Peer(sockPath);
      await bigPre.ready;
      bigPre.send("x".repeat(MAX_FRAME_UNAUTHED + 10));
      await bigPre.until(() => bigPre.closed);
      const bigPost = new Peer(sockPath);
      await bigPost.auth(cookie);
      bigPost.send(JSON.stringify({ t: "rpc", code: " ".repeat(MAX_FRAME) + "1" }) + "\n");
      await bigPost.until(() => bigPost.closed);
      expect(bigPost.frames.some((f) => f.t === "done")).toBe(false);
      await alive("oversized frames");

      // a wrong MAC closes the connection at once, even when the peer keeps its side open
      const wrong = new Peer(sockPath);
      await wrong.ready;
      wrong.send(JSON.stringify({ t: "auth", mac: "0".repeat(64) }) + "\n" + JSON.stringify({ t: "auth", mac: macFor(cookie, wrong.nonce) }) + "\n");
      await wrong.until(() => wrong.closed);
      expect(wrong.frames.map((f) => f.t)).toEqual(["challenge", "refused"]);

      // the deadline holds whatever arrives: blank lines do not extend it
      const slow = new Peer(sockPath);
      await slow.ready;
      const ticker = setInterval(() => slow.send("\n"), 100);
      await slow.until(() => slow.closed, 20000);
      clearInterval(ticker);
      expect(slow.frames.map((f) => f.t)).toEqual(["challenge"]);

      // many idle connections: the oldest are closed past the cap, rpc still gets through
      const idle: Peer[] = [];
      for (let i = 0; i < 4 * MAX_UNAUTHED; i++) idle.push(new Peer(sockPath));
      await Promise.all(idle.map((p) => p.ready.catch(() => {})));
      await alive("idle connections");
      // the first 3 * cap were pushed out by newer ones (the rest time out later)
      await idle[0].until(() => idle.slice(0, 3 * MAX_UNAUTHED).filter((p) => p.closed).length === 3 * MAX_UNAUTHED);
      for (const p of idle) p.sock.destroy();

      // many wrong guesses write a bounded number of log lines
      const before = (node.out.match(/rejected: the peer did not prove the cookie/g) ?? []).length;
      const guessStart = Date.now();
      const guesses: Peer[] = [];
      for (let i = 0; i < 150; i++) {
        const p = new Peer(sockPath);
        guesses.push(p);
        await p.ready;
        p.send(JSON.stringify({ t: "auth", mac: "1".repeat(64) }) + "\n");
      }
      for (const p of guesses) await p.until(() => p.closed);
      await alive("wrong guesses");
      const lines = (node.out.match(/rejected: the peer did not prove the cookie/g) ?? []).length - before;
      // one line per 10 s window at most (the window is real time, not scaled)
      expect(lines).toBeLessThanOrEqual(1 + Math.ceil((Date.now() - guessStart) / 10000));

      // an rpc evaluation dies with its connection
      const busy = new Peer(sockPath);
      await busy.auth(cookie);
      busy.send(JSON.stringify({ t: "rpc", code: "Process.register(self(), :busy_rpc)\nIO.puts(:started)\nf = fn f -> f.(f) end\nf.(f)" }) + "\n");
      await busy.until(() => busy.frames.some((f) => f.t === "out" && f.text === "started\n"));
      const there = await run(bin, ["rpc", "IO.inspect(is_pid(Process.whereis(:busy_rpc)))"], { cwd: dir });
      expect(there.stdout).toBe("true\n");
      busy.sock.destroy();
      for (let i = 0; ; i++) {
        const gone = await run(bin, ["rpc", "IO.inspect(Process.whereis(:busy_rpc))"], { cwd: dir });
        if (gone.stdout === "nil\n") break;
        expect(i, "the evaluation outlived its connection").toBeLessThan(50);
        await sleep(100);
      }
      // an evaluation killed outright (its process gone, no Elixir code left to format the
      // reason) reports it as Exception.format_exit/1 does; it printed "[object Object]"
      for (const [code, text] of [["Process.exit(self(), :kill)", "killed"], ["spawn(fn -> Process.exit(Process.whereis(:me_rpc), {:shutdown, 1}) end); Process.register(self(), :me_rpc); Process.sleep(:infinity)", "shutdown: 1"]]) {
        const killed = new Peer(sockPath);
        await killed.auth(cookie);
        killed.send(JSON.stringify({ t: "rpc", code }) + "\n");
        await killed.until(() => killed.frames.some((f) => f.t === "done"));
        expect(killed.frames.find((f) => f.t === "done")).toEqual({ t: "done", ok: false, error: `** (exit) ${text}\n` });
        killed.sock.destroy();
      }
      await alive("a killed evaluation");

      expect(node.exited).toBe(null);
      expect(node.err).not.toMatch(/TypeError|at .*\.ts:\d+/);
    } catch (e) {
      throw new Error(`control socket fuzz (FUZZ_SEED=${seed}): ${(e as Error).message}`, { cause: e });
    } finally {
      node?.kill();
      cleanup(tmp);
    }
  }, 300000);

  it("keeps the daemon's log private even when tmp/ was left with looser modes", async () => {
    const tmp = tempDir("logmode");
    const dir = join(tmp, "anemone");
    copyExample("anemone", dir);
    const rel = join(dir, "_build", "prod", "rel", "anemone");
    const bin = join(rel, "bin", "anemone");
    try {
      expect((await beamlet(["release"], { cwd: dir, env: prod })).code).toBe(0);
      mkdirSync(join(rel, "tmp", "log"), { recursive: true });
      chmodSync(join(rel, "tmp"), 0o777);
      chmodSync(join(rel, "tmp", "log"), 0o777);
      writeFileSync(join(rel, "tmp", "log", "beamlet.log"), "", { mode: 0o666 });
      chmodSync(join(rel, "tmp", "log", "beamlet.log"), 0o666);
      expect((await run(bin, ["daemon"], { cwd: dir })).code).toBe(0);
      expect(statSync(join(rel, "tmp", "log", "beamlet.log")).mode & 0o777).toBe(0o600);
      expect(statSync(join(rel, "tmp", "log")).mode & 0o777).toBe(0o700);
      expect(statSync(join(rel, "tmp")).mode & 0o777).toBe(0o700);
      expect((await run(bin, ["stop"], { cwd: dir })).code).toBe(0);
    } finally {
      await run(bin, ["stop"], { cwd: dir }).catch(() => {});
      cleanup(tmp);
    }
  }, 300000);
});
