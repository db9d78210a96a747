// The release's control socket as an attacker sees it: random and malformed frames before and
// after authentication, oversized frames, idle connections past the cap, wrong MACs, an rpc whose
// peer leaves mid-evaluation. Whatever arrives, only that connection closes and the node keeps
// answering `rpc`. Seeded: the seed is printed with any failure.
import { describe, it, expect } from "vitest";
import * as net from "node:net";
import { readFileSync, statSync, chmodSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beamlet, run, tempDir, cleanup, copyExample, Background, sleep, HANG_MS } from "./helpers.ts";
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
  async until(cond: () => boolean, ms = HANG_MS): Promise<void> {
    const start = Date.now();
    while (!cond()) {
      if (Date.now() - start > ms) throw new Error(`peer: condition not reached; frames ${JSON.stringify(this.frames).slice(-1500)}`);
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

interface FuzzNode {
  seed: number;
  dir: string;
  bin: string;
  node: Background;
  sockPath: string;
  cookie: string;
  /** the CLI's rpc still answers after what `tag` names */
  alive: (tag: string) => Promise<void>;
}

/** a seeded case on a release of examples/anemone, started for it: a failure names the seed */
async function onFuzzNode(tag: string, body: (n: FuzzNode) => Promise<void>): Promise<void> {
  const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000);
  const tmp = tempDir(tag);
  const dir = join(tmp, "anemone");
  copyExample("anemone", dir);
  const rel = join(dir, "_build", "prod", "rel", "anemone");
  const bin = join(rel, "bin", "anemone");
  let node: Background | null = null;
  try {
    expect((await beamlet(["release"], { cwd: dir, env: prod })).code).toBe(0);
    node = new Background(bin, ["start"], dir);
    await node.waitFor(/^count\[\]: 1\n/m);
    const alive = async (what: string) => {
      const r = await run(bin, ["rpc", "IO.puts(1 + 1)"], { cwd: dir });
      expect(r.stdout, `seed ${seed}: rpc after ${what}`).toBe("2\n");
    };
    const cookie = readFileSync(join(rel, "releases", "COOKIE"), "utf8").trim();
    await body({ seed, dir, bin, node, sockPath: socketPath(rel, "anemone"), cookie, alive });
  } catch (e) {
    throw new Error(`control socket fuzz (FUZZ_SEED=${seed}): ${(e as Error).message}`, { cause: e });
  } finally {
    node?.kill();
    cleanup(tmp);
  }
}

describe("the control socket under hostile peers", () => {
  it("closes only the offending connection and keeps answering rpc", async () => {
    // (the auth deadline is 10 s scaled by BEAMLET_TIME_SCALE, 0.1 here: 1 s)
    await onFuzzNode("sockfuzz", async ({ seed, dir, bin, node, sockPath, cookie, alive }) => {
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
      await slow.until(() => slow.closed);
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
      // an evaluation killed outright by an exit signal (its process gone, no Elixir code left to
      // format the reason) reports it as a mix release's rpc does, "** (EXIT from PID) REASON" with
      // the reason as Exception.format_exit/1 gives it, and status 1; it printed "[object Object]"
      for (const [code, text] of [["Process.exit(self(), :kill)", "killed"], ["spawn(fn -> Process.exit(Process.whereis(:me_rpc), {:shutdown, 1}) end); Process.register(self(), :me_rpc); Process.sleep(:infinity)", "shutdown: 1"]]) {
        const killed = new Peer(sockPath);
        await killed.auth(cookie);
        killed.send(JSON.stringify({ t: "rpc", code }) + "\n");
        await killed.until(() => killed.frames.some((f) => f.t === "done"));
        const done = killed.frames.find((f) => f.t === "done") as { error: string };
        expect({ ...done, error: done.error.replace(/#PID<\d+\.\d+\.\d+>/, "#PID<pid>") }).toEqual({ t: "done", ok: false, status: 1, error: `** (EXIT from #PID<pid>) ${text}\n\n` });
        killed.sock.destroy();
      }
      await alive("a killed evaluation");

      expect(node.exited).toBe(null);
      expect(node.err).not.toMatch(/TypeError|at .*\.ts:\d+/);
    });
  });

  it("survives binary, deeply nested, split and abandoned input and leaks no evaluator", async () => {
    await onFuzzNode("sockfuzz2", async ({ seed, node, sockPath, cookie, alive }) => {
      const r = rng(seed);
      const int = (n: number) => Math.floor(r() * n);
      /** an rpc over a raw session: its output and its done frame */
      const rpcOver = async (code: string) => {
        const p = new Peer(sockPath);
        await p.auth(cookie);
        p.send(JSON.stringify({ t: "rpc", code }) + "\n");
        await p.until(() => p.frames.some((f) => f.t === "done"));
        p.sock.destroy();
        const out = p.frames.filter((f) => f.t === "out").map((f) => f.text).join("");
        return { out, done: p.frames.find((f) => f.t === "done") };
      };
      const processCount = async () => Number((await rpcOver("IO.puts(length(Process.list()))")).out);
      // a remote shell closed by its peer: whatever the shell starts once (on first use) is
      // counted in the baseline, so only processes left behind by a session show up after it
      const shell = new Peer(sockPath);
      await shell.auth(cookie);
      shell.send(JSON.stringify({ t: "remote" }) + "\n" + JSON.stringify({ t: "in", data: "1 + 1\n" }) + "\n");
      await shell.until(() => shell.frames.some((f) => f.t === "out" && /\b2\b/.test(f.text)));
      shell.sock.destroy();
      let baseline = await processCount();
      for (let i = 0; i < 100 && baseline !== (baseline = await processCount()); i++) await sleep(50);
      /** after a batch: the CLI's rpc answers, and every evaluator and shell of the batch is gone */
      const settled = async (tag: string) => {
        await alive(tag);
        let n = await processCount();
        for (let i = 0; n !== baseline; i++) {
          expect(i, `seed ${seed}: ${n} processes after ${tag}, ${baseline} before`).toBeLessThan(100);
          await sleep(50);
          n = await processCount();
        }
        expect(node.exited, `seed ${seed}: the node exited after ${tag}`).toBe(null);
      };
      const randomBytes = (n: number) => Buffer.from(Array.from({ length: n }, () => (r() < 0.2 ? 0 : int(256))));
      /** text with control characters, NULs, lone surrogates and astral characters */
      const randomText = (n: number) =>
        Array.from({ length: n }, () => {
          const k = r();
          if (k < 0.1) return String.fromCharCode(0xd800 + int(0x800));
          if (k < 0.15) return "\u{1F600}";
          if (k < 0.2) return "\n";
          return String.fromCharCode(int(256));
        }).join("");
      const writeInPieces = async (p: Peer, bytes: Buffer) => {
        for (let i = 0; i < bytes.length; ) {
          const n = 1 + int(8);
          await new Promise<void>((done) => p.sock.write(bytes.subarray(i, i + n), () => done()));
          i += n;
        }
      };

      // unauthenticated: raw bytes (NULs, invalid UTF-8), lone surrogates, truncated JSON then
      // close, nesting far past the frame limit. Each ends its own connection, none is welcomed
      const pre: Peer[] = [];
      for (let i = 0; i < 30; i++) {
        const p = new Peer(sockPath);
        await p.ready;
        switch (i % 5) {
          case 0: p.sock.write(Buffer.concat([randomBytes(1 + int(300)), Buffer.from("\n#\n")])); break;
          case 1: p.send(JSON.stringify({ t: "auth", mac: randomText(1 + int(60)) }) + "\n"); break;
          case 2: p.send(JSON.stringify({ t: "auth", mac: macFor(cookie, p.nonce) }).slice(0, 1 + int(80))); p.sock.end(); break;
          case 3: p.send("{".repeat(1 + int(100_000)) + "\n"); break;
          default: p.send("[".repeat(1 + int(20_000)) + "\n"); break;
        }
        pre.push(p);
      }
      for (const p of pre) await p.until(() => p.closed);
      expect(pre.every((p) => !p.frames.some((f) => f.t === "welcome")), `seed ${seed}`).toBe(true);
      // a frame cut into 1-8 byte writes is the same frame: authentication and rpc go through
      for (let i = 0; i < 12; i++) {
        const p = new Peer(sockPath);
        await p.ready;
        await writeInPieces(p, Buffer.from(JSON.stringify({ t: "auth", mac: macFor(cookie, p.nonce) }) + "\n"));
        await p.until(() => p.frames.some((f) => f.t === "welcome"));
        const x = int(1000);
        await writeInPieces(p, Buffer.from(JSON.stringify({ t: "rpc", code: `IO.puts(${x} * 2)` }) + "\n"));
        await p.until(() => p.frames.some((f) => f.t === "done"));
        expect(p.frames.filter((f) => f.t === "out").map((f) => f.text).join(""), `seed ${seed}`).toBe(`${x * 2}\n`);
        expect(p.frames.find((f) => f.t === "done"), `seed ${seed}`).toEqual({ t: "done", ok: true });
        p.sock.destroy();
      }
      await settled("hostile bytes before authentication");

      // authenticated: raw bytes close the session; truncated rpc frames then close do not evaluate
      for (let i = 0; i < 24; i++) {
        const p = new Peer(sockPath);
        await p.auth(cookie);
        if (i % 2 === 0) p.sock.write(Buffer.concat([randomBytes(1 + int(300)), Buffer.from("\n#\n")]));
        else {
          p.send(JSON.stringify({ t: "rpc", code: "IO.puts(:evaluated)" }).slice(0, 1 + int(35)));
          p.sock.end();
        }
        await p.until(() => p.closed);
        expect(p.frames.some((f) => f.t === "done" || (f.t === "out" && /evaluated/.test(f.text))), `seed ${seed}`).toBe(false);
      }
      await settled("hostile bytes after authentication");

      // rpc code nested 30,000 deep or with thousands of open interpolations: the unfinished ones
      // are a TokenMissingError reported to the peer, the balanced one evaluates
      const unfinished = [
        () => "[".repeat(30_000),
        () => '"#{'.repeat(1000 + int(4000)),
        () => "{".repeat(1 + int(30_000)),
        () => "fn -> ".repeat(1 + int(10_000)),
        () => "(".repeat(1 + int(30_000)) + "1",
      ];
      for (let i = 0; i < 15; i++) {
        const { done } = await rpcOver(unfinished[i % unfinished.length]());
        expect(done, `seed ${seed}: case ${i % unfinished.length}`).toMatchObject({ t: "done", ok: false });
        expect(done.error, `seed ${seed}: case ${i % unfinished.length}`).toMatch(/^\*\* \(TokenMissingError\) nofile:1:\d+: missing /);
      }
      expect((await rpcOver("[".repeat(30_000) + "]".repeat(30_000))).done).toEqual({ t: "done", ok: true });
      await settled("deeply nested rpc code");

      // remote shells fed binary input: a quarter end with eof, the rest are abandoned
      // mid-session, a third of those while an evaluation runs
      for (let i = 0; i < 16; i++) {
        const p = new Peer(sockPath);
        await p.auth(cookie);
        p.send(JSON.stringify({ t: "remote" }) + "\n");
        for (let k = 0; k < 1 + int(4); k++) p.send(JSON.stringify({ t: "in", data: randomText(1 + int(200)) }) + "\n");
        if (i % 4 === 0) {
          p.send(JSON.stringify({ t: "in", data: '\n#iex:break\nIO.puts(:mark)\n' }) + "\n");
          await p.until(() => p.frames.some((f) => f.t === "out" && /mark/.test(f.text)));
          // eof ends the shell: the node says bye and half-closes; the peer then closes its side
          p.send(JSON.stringify({ t: "eof" }) + "\n");
          await p.until(() => p.frames.some((f) => f.t === "bye"));
          p.sock.end();
          await p.until(() => p.closed);
        } else if (i % 4 === 1) {
          p.send(JSON.stringify({ t: "in", data: '\n#iex:break\nIO.puts(:loop); Process.sleep(:infinity)\n' }) + "\n");
          await p.until(() => p.frames.some((f) => f.t === "out" && /loop/.test(f.text)));
          p.sock.destroy();
        } else p.sock.destroy();
      }
      // an rpc abandoned mid-evaluation
      for (let i = 0; i < 6; i++) {
        const p = new Peer(sockPath);
        await p.auth(cookie);
        p.send(JSON.stringify({ t: "rpc", code: "IO.puts(:begun); Process.sleep(:infinity)" }) + "\n");
        await p.until(() => p.frames.some((f) => f.t === "out" && f.text === "begun\n"));
        p.sock.destroy();
      }
      await settled("remote shells and peers leaving mid-session");

      expect(node.err).not.toMatch(/TypeError|RangeError|at .*\.ts:\d+/);
    });
  });

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
  });
});
