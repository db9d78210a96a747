// :os's first-order functions (the clock ones are in clock.ts, cmd/1,2 in lib/erlang/os.ex):
// environment variables as charlists on the host's environment (the one System.get_env reads),
// type/version/getpid of the host, find_executable through Host.findExecutable.
import { Atom, Cons, NIL, Term, atom, list, tuple, FALSE, TRUE, int, charlist } from "../terms.ts";
import { defineBifs, BifContext } from "./registry.ts";
import { badargAt, badargAtEach } from "./util.ts";
import { systemNs, convertTime, unitPerSecond } from "./erlang.ts";
import type { Node } from "../node.ts";

function env(ctx: BifContext): Record<string, string | undefined> {
  const h = (ctx.node as Node).host;
  if (!h.env) (h as { env?: Record<string, string | undefined> }).env = {};
  return h.env!;
}

/** a flat charlist's text; anything else is the badarg OTP reports for argument n */
function text(t: Term, n: number): string {
  if (t !== NIL && !(t instanceof Cons)) badargAt(n, "not a list");
  let s = "";
  let l: Term = t;
  for (; l instanceof Cons; l = l.tail) {
    const c = l.head;
    if (typeof c !== "number" || !Number.isInteger(c) || c < 0 || c > 0x10ffff) badargAt(n, "not a list of characters");
    s += String.fromCodePoint(c);
  }
  if (l !== NIL) badargAt(n, "not a list");
  return s;
}

const NUL_REFUSED = '"\\0" characters is not allowed in environment variable names or values';

function name(t: Term): string {
  const s = text(t, 1);
  if (s.includes("\0")) badargAt(1, NUL_REFUSED);
  if (s.includes("=")) badargAt(1, '"=" characters is not allowed in environment variable names');
  return s;
}

function value(t: Term): string {
  const s = text(t, 2);
  if (s.includes("\0")) badargAt(2, NUL_REFUSED);
  return s;
}

function entries(ctx: BifContext): [string, string][] {
  return Object.entries(env(ctx)).filter((e): e is [string, string] => e[1] !== undefined);
}

function getenv(ctx: BifContext, k: Term, fallback: Term): Term {
  const v = env(ctx)[name(k)];
  return v === undefined ? fallback : charlist(v);
}

function findExecutable(ctx: BifContext, t: Term): Term {
  const file = text(t, 1);
  const find = (ctx.node as Node).host.findExecutable;
  const found = find ? find(file) : null;
  return found === null ? FALSE : charlist(found);
}

// the signals OTP 25 lets a program handle, and how
const SIGNALS = new Set(["sighup", "sigquit", "sigabrt", "sigalrm", "sigterm", "sigusr1", "sigusr2", "sigchld", "sigstop", "sigtstp"]);
const SIGNAL_OPTIONS = new Set(["default", "handle", "ignore"]);

const PROCESS = (globalThis as { process?: { pid?: number } }).process;

defineBifs("os", {
  "getenv/0": (_, ctx) => list(entries(ctx).map(([k, v]) => charlist(k + "=" + v))),
  "env/0": (_, ctx) => list(entries(ctx).map(([k, v]) => tuple(charlist(k), charlist(v)))),
  "getenv/1": ([k], ctx) => getenv(ctx, k, FALSE),
  "getenv/2": ([k, d], ctx) => getenv(ctx, k, d),
  "putenv/2": ([k, v], ctx) => {
    const key = name(k);
    env(ctx)[key] = value(v);
    return TRUE;
  },
  "unsetenv/1": ([k], ctx) => {
    delete env(ctx)[name(k)];
    return TRUE;
  },
  // the handling chosen for an OS signal: beamlet's hosts deliver no signals to the program, so the
  // choice is checked as OTP 25 checks it and has nothing further to do
  "set_signal/2": ([sig, option]) => {
    const bad: { arg: number; why: string }[] = [];
    if (!(sig instanceof Atom)) bad.push({ arg: 1, why: "not an atom" });
    if (!(option instanceof Atom) || !SIGNAL_OPTIONS.has(option.name)) bad.push({ arg: 2, why: "invalid signal handling option" });
    else if (sig instanceof Atom && !SIGNALS.has(sig.name)) bad.push({ arg: 1, why: "invalid signal name" });
    if (bad.length > 0) badargAtEach(bad);
    return atom("ok");
  },
  // beamlet runs on a Unix-like host (Node on Linux/macOS) or in a web page; both report {:unix, _}
  "type/0": () => tuple(atom("unix"), atom(hostPlatform())),
  "version/0": (_, ctx) => tuple(...hostVersion(ctx)),
  "getpid/0": () => charlist(String(PROCESS?.pid ?? 1)),
  "find_executable/1": ([f], ctx) => findExecutable(ctx, f),
  "find_executable/2": ([f, path], ctx) => {
    text(path, 2);
    return findExecutable(ctx, f);
  },
  "perf_counter/0": (_, ctx) => int(systemNs(ctx)),
  "perf_counter/1": ([u], ctx) => convertTime(systemNs(ctx), 1000000000n, unitPerSecond(u)),
});

function hostPlatform(): string {
  const p = (globalThis as { process?: { platform?: string } }).process?.platform;
  return p === undefined || p === "win32" ? "linux" : p;
}

/** the kernel's release as {major, minor, release}, as the BEAM reads it from uname */
function hostVersion(ctx: BifContext): [number, number, number] {
  const m = /^(\d+)\.(\d+)(?:\.(\d+))?/.exec((ctx.node as Node).host.osRelease?.() ?? "");
  return m ? [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)] : [0, 0, 0];
}
