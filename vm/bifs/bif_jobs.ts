// Long BIFs written as JS generators: the generator yields the units of work it has done (list
// cells walked, comparisons, cells built) every STEP units or so, and the driver runs it a chunk
// of about CHUNK units per call. The first chunk runs in the BIF's own call; the rest go through a
// plain Elixir call :beamlet_yielding.<kind>(job) (lib/beamlet_yielding.ex), a point where the
// scheduler may preempt, so one :lists.sort or `++` of millions of elements lets every other
// process run. The job is a reference holding the generator, as the BEAM keeps a trapping BIF's
// state in a magic reference. Each chunk is charged as work (work.ts).
import { Atom, Cons, Fun, Ref, Term, Tuple, atom, isMap } from "../terms.ts";
import { TailCall } from "../calls.ts";
import { ErlangError, badarg } from "../errors.ts";
import { bifErrorFrame } from "../error_info.ts";
import { CHUNK, chargeWork } from "./work.ts";
import type { BifContext } from "./registry.ts";

/** units a job's generator does between two yields (its checks stay off the hot loop) */
export const STEP = 256;

export type JobGen = Generator<number, Term | TailCall, void>;

/** a BIF's state between its chunks; `origin`: the call as its error frames name it */
export class BifJob extends Ref {
  finished = false;
  constructor(
    readonly gen: JobGen,
    readonly kind: Atom,
    readonly origin: [module: string, name: string, args: Term[]],
  ) {
    super(-1);
  }
}

const A_YIELDING = atom("beamlet_yielding");

/** jobs begun so far (what tests count: a BIF call that needs no job starts none) */
export const jobCounts = { started: 0 };

/**
 * Run the BIF `module:name(args)` whose work is `gen`: its value when it ends within a chunk (or
 * when the caller cannot be preempted: no process, code run at compile time), else the call that
 * goes on with it. `kind`: the function of lib/beamlet_yielding.ex that continues it.
 */
export function runJob(ctx: BifContext, kind: string, origin: [string, string, Term[]], gen: JobGen): Term | TailCall {
  jobCounts.started++;
  // the first chunk without a job: most calls end in it (a small term's hash or encoding)
  const canYield = ctx?.process != null;
  let units = 0;
  for (;;) {
    const r = gen.next();
    if (r.done) {
      if (units > 0) chargeWork(ctx, units);
      return r.value;
    }
    units += r.value;
    if (units >= CHUNK && canYield) {
      chargeWork(ctx, units);
      return new TailCall(A_YIELDING, [new BifJob(gen, atom(kind), origin)], atom(kind));
    }
  }
}

/** the next chunk of a job (:beamlet_yielding.job_chunk/1) */
export function continueJob(ctx: BifContext, job: Term): Term | TailCall {
  if (!(job instanceof BifJob) || job.finished) badarg();
  return step(ctx, job as BifJob, true);
}

function step(ctx: BifContext, job: BifJob, resumed: boolean): Term | TailCall {
  const canYield = ctx?.process != null;
  let units = 0;
  try {
    for (;;) {
      const r = job.gen.next();
      if (r.done) {
        job.finished = true;
        if (units > 0) chargeWork(ctx, units);
        return r.value;
      }
      units += r.value;
      if (units >= CHUNK && canYield) {
        chargeWork(ctx, units);
        return new TailCall(A_YIELDING, [job], job.kind);
      }
    }
  } catch (e) {
    job.finished = true;
    // a failure in a later chunk is the BIF's own, as one in its first chunk is
    if (resumed && e instanceof ErlangError && e.callee === undefined) {
      const [m, f, args] = job.origin;
      e.callee = bifErrorFrame(m, f, args, e.diagnosis);
    }
    throw e;
  }
}

/**
 * A BIF's value `r` mapped by f: at once when it is a value, else once its job ends (a BIF of
 * Elixir's List module that calls one of :lists's and reshapes the answer)
 */
export function thenJob(r: Term | TailCall, f: (t: Term) => Term): Term | TailCall {
  if (!(r instanceof TailCall)) return f(r);
  const job = r.args[0];
  if (!(job instanceof BifJob)) throw new Error("thenJob: a call that is no job's");
  return new TailCall(A_YIELDING, [new BifJob(mapped(job.gen, f), job.kind, job.origin)], job.kind);
}

function* mapped(gen: JobGen, f: (t: Term) => Term): JobGen {
  const r = yield* gen;
  if (r instanceof TailCall) throw new Error("thenJob: a job that ends in a call");
  return f(r);
}

/**
 * Is `t` made of at most `budget` terms and list cells? (a bounded look: BIFs that walk a whole
 * term do a small one at once, without a job's generator)
 */
export function isSmallTerm(t: Term, budget = 64): boolean {
  if (!(t instanceof Cons || t instanceof Tuple || t instanceof Fun || isMap(t))) return true;
  const todo: Term[] = [t];
  while (todo.length > 0) {
    const x = todo.pop()!;
    if (--budget < 0) return false;
    if (x instanceof Cons) { todo.push(x.head, x.tail); continue; }
    if (x instanceof Tuple) { if (x.items.length > budget) return false; for (const i of x.items) todo.push(i); continue; }
    if (x instanceof Fun) { if (x.env.length > budget) return false; for (const i of x.env) todo.push(i); continue; }
    if (isMap(x)) { if (x.size > budget) return false; for (const [k, v] of x.entries()) todo.push(k, v); }
  }
  return true;
}
