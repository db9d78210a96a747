// Compiling a module version: analyse every function, generate one factory for the version and run
// it. Functions the analysis refuses stay interpreted (their slot in jitFns is empty).
import type { ModuleVersion } from "../module.ts";
import { Tuple, Cons, Float, Bin, NIL, TRUE, FALSE, NIL_ATOM, Fun, ExtFun, Term, Atom, tuple, atom, isMap, MapLike, decimalBin } from "../terms.ts";
import { ErlangError, raise, badmatch } from "../errors.ts";
import { readSegment, subBits } from "../binary.ts";
import { exactEquals } from "../compare.ts";
import { SmallMap, replaceExisting } from "../map.ts";
import { MapShape, mapOfPutsAt, getCached, indexCached, KeyCache } from "../map_shape.ts";
import { Directive } from "../calls.ts";
import { operatorSlow, bifWithoutFrame } from "../operators.ts";
import { buildBinary, buildBinary2, appendByte, appended, concatBinaries } from "../binary_build.ts";
import { callLast } from "../tail_calls.ts";
import { analyzeFunction } from "./analyze.ts";
import { generateFunctionSource, resumePoints } from "./codegen.ts";
import { Op } from "../../compiler/opcodes.ts";
import * as rt from "./runtime.ts";
import { makeInScope } from "./shared_scope.ts";
import { extTarget, directiveTarget, TC } from "./ext_calls.ts";
import { jitThreshold } from "./tier.ts";
import { restValue, appendedValue } from "./delayed_values.ts";
import { NO_ENV, newEnv } from "../fun_env.ts";
import { TailCall, Halt, YIELD_AND_RETRY } from "../calls.ts";

const A_FUNCTION_CLAUSE = atom("function_clause");
const A_UNDEF = atom("undef");
const A_BADMAP = atom("badmap");
const A_BADKEY = atom("badkey");

/** what generated code reaches through its `rt` parameter (exported for tests that count its calls) */
export const RUNTIME = {
  Tuple, Cons, Float, Bin, NIL, TRUE, FALSE, NILA: NIL_ATOM, Fun, ExtFun, EE: ErlangError, Directive, exactEquals, isMap,
  SUSPEND: rt.SUSPEND, R: rt.R, A_STRUCT: atom("__struct__"), getCached,
  stopAtCall: rt.stopAtCall, stopAtEntry: rt.stopAtEntry, suspendCaller: rt.suspendCaller, stopHere: rt.stopHere,
  returnAndStop: rt.returnAndStop, stopForDirective: rt.stopForDirective, stopForWait: rt.stopForWait, stopForFault: rt.stopForFault, takeHandlers: rt.takeHandlers, faultRecord: rt.faultRecord, capReds: rt.capReds, sliceOver: rt.sliceOver, extTarget, directiveTarget, TC, TailCall, Halt, YIELD_AND_RETRY, Atom,
  operatorSlow, bifWithoutFrame, badmatch, buildBinary, buildBinary2, appendByte, appended, concatBinaries, callLast, decimalBin, readSegment, subBits, restValue, appendedValue,
  NO_ENV, newEnv,
  raiseTagged(tag: Atom, v: Term): never {
    raise(tuple(tag, v));
  },
  raiseBadkey(key: Term, m: Term): never {
    raise(tuple(A_BADKEY, key, m));
  },
  raiseUndef(): never {
    raise(A_UNDEF);
  },
  raiseAtom(reason: Atom): never {
    raise(reason);
  },
  raise3(kind: Atom, reason: Term, st: Term): never {
    const e = new ErlangError(kind.name as "error" | "exit" | "throw", reason);
    e.stacktrace = st;
    throw e;
  },
  functionClause(args: Term[]): never {
    const e = new ErlangError("error", A_FUNCTION_CLAUSE);
    e.topArgs = args;
    throw e;
  },
  makeMap(kv: Term[], shape: MapShape): Term {
    return mapOfPutsAt(kv, shape);
  },
  // one or two keys (most updates, a struct's fields): no array of them, a flatmap's values copied once
  // (each key's place through the update's caches: vm/map_shape.ts KeyCache)
  mapUpdate1(m: Term, k: Term, v: Term, c: KeyCache): Term {
    let i: number;
    return m instanceof SmallMap && (i = indexCached(m, k, c)) >= 0 ? m.withValueAt(i, v) : RUNTIME.mapUpdate(m, [k, v]);
  },
  mapUpdate2(m: Term, k1: Term, v1: Term, k2: Term, v2: Term, c1: KeyCache, c2: KeyCache): Term {
    let i: number, j: number;
    return m instanceof SmallMap && (i = indexCached(m, k1, c1)) >= 0 && (j = indexCached(m, k2, c2)) >= 0 ? m.withValuesAt(i, v1, j, v2) : RUNTIME.mapUpdate(m, [k1, v1, k2, v2]);
  },
  /** function fi of v compiled at its first call from compiled code (compileFunction), if the JIT takes it */
  compileLocal(v: ModuleVersion, fi: number): CompiledFunction | undefined {
    const counts = v.jitCounts;
    if (counts === null || counts[fi] > REFUSED / 2) return undefined;
    compileFunction(v, fi);
    return v.jitFns![fi];
  },
  mapUpdate(m: Term, kv: Term[]): Term {
    if (!isMap(m)) raise(tuple(A_BADMAP, m));
    let r = m as MapLike;
    for (let i = 0; i < kv.length; i += 2) {
      r = replaceExisting(r, kv[i], kv[i + 1]) ?? raise(tuple(A_BADKEY, kv[i]));
    }
    return r;
  },
};

function env(): Record<string, string | undefined> | undefined {
  return (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
}

export type CompiledFunction = (...args: Term[]) => Term | object;

/** BEAMLET_JIT_BYTES=1: the bytes of JavaScript generated, per module and in all, printed at exit */
const generated = new Map<string, number>();
function countGenerated(module: string, n: number): void {
  if (generated.size === 0) {
    (globalThis as unknown as { process: { on(e: string, f: () => void): void } }).process.on("exit", () => {
      const all = [...generated.values()].reduce((a, b) => a + b, 0);
      console.error(`jit_bytes ${all} ${[...generated].sort((a, b) => b[1] - a[1]).map(([m, k]) => `${m}=${k}`).join(" ")}`);
    });
  }
  generated.set(module, (generated.get(module) ?? 0) + n);
}

function factory(v: ModuleVersion, source: string, constants: unknown[]): CompiledFunction {
  // the module's name in profiles (node --cpu-prof) and stack traces of generated code
  // (made inside the shared scope, where `reds` is: shared_scope.ts)
  const named = `(function (rt, V, K, C, I, F) {\n${source}\n})\n//# sourceURL=jit:${v.module.name}`;
  if (env()?.BEAMLET_JIT_BYTES !== undefined) countGenerated(v.module.name, source.length);
  const make = makeInScope(named) as (...xs: unknown[]) => CompiledFunction;
  return make(RUNTIME, v, v.literals, constants, v.imports, v.jitFns);
}

/**
 * f run straight to its exit call a few times (called without arguments: generated code takes
 * no depth as the sign), so that V8 has seen the call run before
 * it optimises f. V8 makes a function's feedback vector (where it records what a call reached)
 * only after some calls, more for a larger function: a call of 3 KB of source needed about 95 (64
 * left it without one), a small function about 16; twice the size's share is made. The call
 * reaches other functions than stopExit (R.exit): V8 neither inlines stopExit there nor
 * deoptimises when it is called.
 */
function warmed(f: CompiledFunction, sourceLength: number): CompiledFunction {
  const calls = 32 + Math.ceil(sourceLength / 16);
  try {
    for (let k = 0; k < calls; k++) {
      rt.R.exit = WARM_EXITS[k & 1];
      f();
    }
  } finally {
    rt.R.exit = rt.stopExit;
  }
  return f;
}

/** two functions (V8's feedback for a call seen with two is megamorphic) */
const WARM_EXITS = [(): object => rt.SUSPEND, (): object => rt.SUSPEND] as unknown as (typeof rt.stopExit)[];

/** calls into a function before another try when the JIT refused it */
const REFUSED = 1 << 30;

/**
 * Compile function fi of v, with the functions of v it makes funs of (a call of a fun without
 * compiled code leaves it to the interpreter). The functions it calls are compiled at their first
 * call from compiled code (RUNTIME.compileLocal), not with it: most of a function's callees are
 * paths a run may never take (another clause's helper, an error's), and each compile in a
 * program's first milliseconds is run by a cold compiler. True when fi has compiled code now.
 */
export function compileFunction(v: ModuleVersion, fi: number): boolean {
  const fns = v.jitFns, counts = v.jitCounts;
  if (fns === null || counts === null) return false;
  const work = [fi];
  const queued = new Set(work);
  while (work.length > 0) {
    const g = work.pop()!;
    if (fns[g] !== undefined) continue;
    counts[g] = REFUSED;
    const plan = analyzeFunction(v, g);
    if (plan === null) continue;
    try {
      const gen = generateFunctionSource(v, g, plan);
      if (env()?.BEAMLET_JIT_DUMP === v.module.name) console.error(gen.source);
      fns[g] = warmed(factory(v, gen.source, gen.constants), gen.source.length);
      counts[g] = jitThreshold;
    } catch (e) {
      // a JIT bug must not change what programs do: the function stays interpreted
      if (env()?.BEAMLET_DEBUG) console.error(`beamlet jit: ${v.module.name} function ${g} left interpreted: ${e instanceof Error ? e.stack : String(e)}`);
      continue;
    }
    for (const i of plan.insns) {
      if (i.op === Op.make_fun && !queued.has(i.a)) {
        queued.add(i.a);
        work.push(i.a);
      }
    }
  }
  return fns[fi] !== undefined;
}

export type ResumeEntry = NonNullable<NonNullable<ModuleVersion["jitResume"]>[number]>;

/**
 * The resume entry of function fi of v (which has compiled code): a frame of it that stands after
 * a call goes on in compiled code from there (after a slice ended in compiled code, a callee
 * returned from the interpreter, or compiled code stopped deeper than the JS stack allows). Made
 * at the first need of a frame compiled code left (layout.ts), else once frames the interpreter
 * made have needed it as many times as calls made the function compiled (the tier's threshold);
 * null before, and when the JIT refuses it: the frame goes on in the interpreter.
 */
export function resumeEntry(v: ModuleVersion, fi: number): ResumeEntry | null {
  const known = v.jitResume?.[fi];
  if (known !== undefined) return known;
  // Not for the frames the interpreter had on the stack when the function was compiled (fib's,
  // below the call that compiled it), as long as they are few: they finish in the interpreter, and
  // this second code generation, cold in a short program, is left for functions whose frames
  // compiled code leaves (fib27: 0.5 ms of its 8 ms)
  if (--v.jitCounts![fi] >= 0) return null;
  const entries = v.jitResume ?? (v.jitResume = new Array(v.functions.length));
  entries[fi] = null;
  const plan = analyzeFunction(v, fi);
  if (plan === null) return null;
  const at = resumePoints(v, plan);
  if (at.size === 0) return null;
  try {
    const gen = generateFunctionSource(v, fi, plan, true);
    if (env()?.BEAMLET_JIT_DUMP === v.module.name) console.error(gen.source);
    const run = factory(v, gen.source, gen.constants) as unknown as ResumeEntry["run"];
    return (entries[fi] = { run, at: new Set(at.keys()) });
  } catch (e) {
    if (env()?.BEAMLET_DEBUG) console.error(`beamlet jit: ${v.module.name} function ${fi} has no resume entry: ${e instanceof Error ? e.stack : String(e)}`);
    return null;
  }
}
