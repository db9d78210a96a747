// A Host for a web page (or any JavaScript runtime without Node's modules): output goes to a
// callback, files live in memory (MemoryFs: File.*, Path.expand, :code.load_file from a code path
// in it), time is performance.now, and the scheduler's pause between slices is a MessageChannel
// message (setTimeout(0) is clamped to 4 ms after a few nested calls, MessageChannel is not), so a
// busy program never freezes the page: clicks and timers run between two slices.
import type { Host } from "./node.ts";
import type { InputSource } from "./process.ts";
import { MemoryFs } from "./memory_fs.ts";
import { subMillisecondClock } from "./wall_clock.ts";

type Digests = typeof import("./digests/index.ts");
let digests: Digests | null = null;

/** the digests in TypeScript (vm/digests), which :crypto's BIFs ask the host for: a page fetches
 *  them with those BIFs (web/bifs.ts), not at start */
export function loadDigests(): Promise<void> {
  return import("./digests/index.ts").then((m) => void (digests = m));
}

function loadedDigests(): Digests {
  if (digests === null) throw new Error("beamlet: the browser host's digests are not loaded (loadDigests)");
  return digests;
}

export interface BrowserHostOptions {
  /** where stdout (fd 1) and stderr (fd 2) go */
  write(fd: 1 | 2, text: string): void;
  /** the in-memory file system (shared between nodes when given); a new empty one otherwise */
  fs?: MemoryFs;
  /** the working directory in the file system (default "/") */
  cwd?: string;
  /** System.get_env */
  env?: Record<string, string>;
  /** the lib/use/*.ex templates by name, for Code.compile_string */
  useSources?: Map<string, string>;
  /** standard input (IO.gets, IO.read); none reads as end of input */
  readStdin?: InputSource;
}

export function browserHost(opts: BrowserHostOptions): Host & { fs: MemoryFs } {
  let cwd = opts.cwd ?? "/";
  const fs = opts.fs ?? new MemoryFs(() => cwd);
  const g = globalThis as any;
  const perf: { now(): number } = g.performance ?? { now: () => Date.now() };
  const webCrypto: { getRandomValues(a: Uint8Array): Uint8Array } | undefined = g.crypto;
  return {
    write: opts.write,
    now: () => perf.now(),
    wallClock: g.performance ? subMillisecondClock(g.performance) : () => Date.now(),
    utcOffsetMinutes: (ms: number) => -new Date(ms).getTimezoneOffset(),
    setTimer(ms, cb) {
      const t = setTimeout(cb, ms);
      return { cancel: () => clearTimeout(t) };
    },
    schedule: macrotask(),
    readFile(p) {
      try {
        return fs.readFileSync(p) as Uint8Array;
      } catch {
        return null;
      }
    },
    writeFile(p, bytes) {
      try {
        fs.writeFileSync(p, bytes);
        return true;
      } catch {
        return false;
      }
    },
    fs,
    env: { ...(opts.env ?? {}) },
    cwd: () => cwd,
    chdir(p: string) {
      const abs = p.startsWith("/") ? p : cwd.replace(/\/$/, "") + "/" + p;
      if (!fs.statSync(abs).isDirectory()) {
        const e = new Error("enotdir") as Error & { code: string };
        e.code = "ENOTDIR";
        throw e;
      }
      cwd = abs;
    },
    tmpDir: () => "/tmp",
    homeDir: () => "/home",
    useSources: () => opts.useSources ?? new Map(),
    readStdin: opts.readStdin,
    crypto: webCrypto
      ? {
          // digests are synchronous BIFs and WebCrypto's are promises: vm/digests computes them
          hash: (algorithm, data) => loadedDigests().digest(algorithm, data),
          hmac: (algorithm, key, data) => loadedDigests().hmac(algorithm, key, data),
          randomBytes: (n: number) => randomBytes(webCrypto, n),
        }
      : undefined,
  };
}

/** n random bytes; getRandomValues fills at most 65536 bytes a call */
function randomBytes(webCrypto: { getRandomValues(a: Uint8Array): Uint8Array }, n: number): Uint8Array {
  const out = new Uint8Array(n);
  for (let at = 0; at < n; at += 65536) webCrypto.getRandomValues(out.subarray(at, Math.min(n, at + 65536)));
  return out;
}

/** a "run this soon, after pending events" function without the 4 ms clamp of nested setTimeout(0) */
function macrotask(): (cb: () => void) => void {
  const g = globalThis as any;
  // Node (the API used outside a page): setImmediate, which a MessagePort there would not be
  if (typeof g.setImmediate === "function") return (cb) => g.setImmediate(cb);
  if (typeof g.MessageChannel !== "function") return (cb) => setTimeout(cb, 0);
  const channel = new g.MessageChannel();
  const queue: (() => void)[] = [];
  channel.port1.onmessage = () => {
    const cb = queue.shift();
    if (cb) cb();
  };
  return (cb) => {
    queue.push(cb);
    channel.port2.postMessage(0);
  };
}
