// Long big-integer operations (a product, quotient or power of millions of bits, the digits of a
// huge integer or the integer of a huge text) run off the node's thread when the host can
// (Host.bigInt: cli/host_bigint.ts, a worker thread): the calling process waits for the answer as
// for any host answer (AwaitHost) while every other process runs, as a BEAM BIF on a dirty
// scheduler holds only its own process. Below the thresholds, where the operation takes well
// under a millisecond or so, and where nothing can wait (code run at compile time), it runs here.
import { AwaitHost, TailCall } from "./calls.ts";
import { atom, tuple, type Atom, type Term } from "./terms.ts";
import { raise } from "./errors.ts";
import { bigOps, type BigOpName } from "./big_ops.ts";
import type { BifContext } from "./bifs/registry.ts";

/** the host's runner of BigOps (big_ops.ts) somewhere else than the node's thread */
export interface BigIntHost {
  /** the operation's answer, or a rejection (a host limit: V8's largest BigInt) */
  run(op: BigOpName, args: (bigint | number | string)[]): Promise<bigint | string>;
  /** the answer run() promised is no longer wanted (its process ended): stop computing it */
  cancel?(answer: Promise<bigint | string>): void;
}

/** the operations here, for a host without a runner and small operands */
export const inline = bigOps();

/** a job a process waits for: the call it makes again when woken, and the answer once here */
export interface BigJob {
  op: BigOpName;
  args: (bigint | number | string)[];
  /** what Process.info(:current_function) shows meanwhile (the BEAM's function at that point;
   *  null: the caller's own, as for an operator) */
  frame: Term | null;
  promise: Promise<unknown>;
  /** the host's promise, to cancel it by */
  answer?: Promise<bigint | string>;
  host?: BigIntHost;
  done: boolean;
  value?: bigint | string;
  failed?: boolean;
}

// sizes (of magnitudes) from which the operations go to the host, as bigints to compare with:
// a comparison of a huge bigint with one of these is cheap (their lengths differ), a bit length is
// not. 2^(2^k), a number of 2^k + 1 bits (not 2^k, which sent every bignum to the worker: a
// round trip and a wait for each product or text of two 64-bit numbers), made at first need
const bitsFrom = new Map<number, bigint>();
function hasBits(m: bigint, bits: number): boolean {
  let t = bitsFrom.get(bits);
  if (t === undefined) bitsFrom.set(bits, (t = 1n << BigInt(bits)));
  return m >= t;
}
const BITS_15 = 2 ** 15;
const BITS_17 = 2 ** 17;
const BITS_22 = 2 ** 22;

function magnitude(x: bigint): bigint {
  return x < 0n ? -x : x;
}

/** x * y takes long: both operands have 2^17 bits or more (a product with a small one is linear) */
export function longProduct(x: bigint, y: bigint): boolean {
  return hasBits(magnitude(x), BITS_17) && hasBits(magnitude(y), BITS_17);
}

/** x div y or x rem y takes long: a divisor of 2^15 bits or more under a dividend of 2^17 or more */
export function longQuotient(x: bigint, y: bigint): boolean {
  return hasBits(magnitude(y), BITS_15) && hasBits(magnitude(x), BITS_17);
}

/** x ** y takes long: a result of about 2^18 bits or more (`bits`: its size, estimated by the caller) */
export function longPower(bits: number): boolean {
  return bits >= 2 ** 18;
}

/**
 * the digits of x in `base` take long: quadratic-ish for bases not powers of two, linear for
 * those. (2^17 bits: 5 ms in V8; 2^15 took 0.6 ms, where the worker's start cost 26 ms of CPU
 * and 5000!'s digits, factorial_5000, twice the time)
 */
export function longText(x: bigint, base: number): boolean {
  const m = magnitude(x);
  return hasBits(m, (base & (base - 1)) === 0 ? BITS_22 : BITS_17);
}

/** parsing n digits takes long */
export function longParse(n: number, base: number): boolean {
  return (base & (base - 1)) === 0 ? n >= 1 << 20 : n >= 8192;
}

type Arg = bigint | number | string;

/**
 * op(args) on the host's runner, `finish` making the BIF's value of its answer: the caller waits
 * (AwaitHost) and makes the same call again when woken (`retry`), which then finds the answer.
 * Where the host has no runner or the process cannot wait, op runs here now.
 */
export function bigWork(
  ctx: BifContext,
  op: BigOpName,
  args: Arg[],
  frame: Term | null,
  retry: TailCall,
  finish: (answer: bigint | string) => Term,
): Term | AwaitHost {
  const p = ctx?.process as { bigJob: BigJob | null } | null | undefined;
  const host = ctx?.node?.host?.bigInt as BigIntHost | undefined;
  if (!p || !host || !ctx.node.canPark?.(p)) return finish(runInline(op, args));
  const job = p.bigJob;
  if (job !== null && job.op === op && sameArgs(job.args, args)) {
    if (!job.done) return new AwaitHost(job.promise, retry);
    p.bigJob = null;
    if (job.failed) raise(atom("system_limit"));
    return finish(job.value!);
  }
  const started: BigJob = { op, args, frame, promise: null as unknown as Promise<unknown>, done: false };
  const answer = host.run(op, args);
  started.answer = answer;
  started.host = host;
  started.promise = answer.then(
    (v) => { started.done = true; started.value = v; },
    () => { started.done = true; started.failed = true; },
  );
  p.bigJob = started;
  return new AwaitHost(started.promise, retry);
}

/** p ends: a computation still under way for it is cancelled (the host's worker freed at once) */
export function dropBigJob(p: { bigJob: BigJob | null }): void {
  const job = p.bigJob;
  p.bigJob = null;
  if (job !== null && !job.done && job.answer !== undefined) job.host?.cancel?.(job.answer);
}

function runInline(op: BigOpName, args: Arg[]): bigint | string {
  try {
    return (inline[op] as (...a: Arg[]) => bigint | string)(...args);
  } catch (e) {
    // V8's largest BigInt (2^30 bits) passed on the way: a limit of the host, as OTP's is system_limit
    if (e instanceof RangeError) raise(atom("system_limit"));
    throw e;
  }
}

function sameArgs(a: Arg[], b: Arg[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** {module, name, arity}: a frame as Process.info(:current_function) shows it */
export function mfa(module: string, name: string, arity: number): Term {
  return tuple(atom(module), atom(name), arity);
}

/** the same BIF called again with the same arguments (its answer found then) */
export function again(module: string, name: string, args: Term[]): TailCall {
  return new TailCall(atom(module) as Atom, args, atom(name));
}
