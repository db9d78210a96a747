// Bytecode to JavaScript, one function at a time. Each compilable function becomes a JS function
// (made by its own factory, closing over its version) whose locals and operand stack slots are `let`s (l0.., s0..: the analysis gives every
// instruction its stack depth); control flow is a switch over the block leaders inside a loop;
// self tail calls jump to the entry; local calls go to the compiled functions of the caller's own
// version (R9 by construction); remote calls go through the import slot's generation check (R8) to the
// callee's compiled code; funs run the code of the version that made them (R10).
//
// Reductions are counted where the interpreter counts them, and every way out that is not a plain
// return leaves activation records (vm/jit/runtime.ts) so the interpreter can go on exactly where
// compiled code stopped. `pc` holds the interpreter's pc of the instruction that may raise: the
// stack trace of an exception is built from it as from an interpreter frame.
//
// A `try` sets `tr` to its handler's label (try_end back to the enclosing one's, or -1). An
// exception reaching the function's catch while `tr` names a handler stops compiled code
// (stopForFault) rather than running the handler here: only the interpreter knows every frame the
// stack trace needs. The handler's label is a resume point, so the handler runs compiled again.
// A receive's wait stops compiled code (stopForWait); the instruction after it and its timeout
// label are resume points, so a woken process scans its mailbox in compiled code.
import { Op } from "../../compiler/opcodes.ts";
import type { ModuleVersion } from "../module.ts";
import type { Pat } from "../patterns.ts";
import type { BinSpecs } from "../binary_build.ts";
import { segmentValueCount, isConcat, isByteAppend } from "../binary_build.ts";
import { FunctionPlan, Insn, Tries, leftToInterpreter } from "./analyze.ts";
import { atom } from "../terms.ts";
import { emitMatch, PatternEmitter } from "./patterns.ts";
import { findLazyRests } from "./lazy_rest.ts";
import { findLazyAppends } from "./lazy_append.ts";
import { Stop, Exit, STACK_SLOTS, frameSlots, type ExitSite } from "./runtime.ts";
import { ExtCallCache } from "./ext_calls.ts";
import { MapShape, KeyCache } from "../map_shape.ts";
import { TailDrop } from "../errors.ts";
import { INLINE_BIFS, INLINE_COUNTED_BIFS, type InlineBif } from "./inline_bifs.ts";
import { COUNT_REDUCTION } from "./shared_scope.ts";

const MAX_SAFE = "9007199254740991";
/** x is a number that is an int32 (V8 keeps it untagged: no test of a result against MAX_SAFE) */
const INT32 = (x: string): string => `typeof ${x} === "number" && (${x} | 0) === ${x}`;
/**
 * a reduction counted: true when the slice is over (sliceOver may start another chunk or slice in
 * place). Inline, not a call, for the time before V8 optimises the code: its interpreter makes
 * every call (a tight loop ran 1.7x slower with a call per reduction)
 */
const OUT_OF_SLICE = `(${COUNT_REDUCTION} && sliceOver())`;

export interface Generated {
  source: string;
  constants: unknown[];
}

function range(from: number, to: number, f: (i: number) => string): string[] {
  const out: string[] = [];
  for (let i = from; i < to; i++) out.push(f(i));
  return out;
}

const S = (i: number) => `s${i}`;

// placeholders in the generated lines, made into JS once the function's shape is known
const LEADER = "\u0001block ";
const GUARD_TRY = "\u0001guard try";
const GUARD_CATCH = "\u0001guard catch ";
const JUMP = "\u0002";
const JUMPS = /\u0002(\d+)\u0002/g;
const SELF_LOOP = "\u0003";
// a callee's depth (the JS stack slots of the compiled frames below it: this one's added) and the
// depth past which a call stops (runtime.ts STACK_SLOTS), made numbers once this frame's size is known
const CALLEE_DEPTH = "\u0004callee depth\u0004";
const STOP_DEPTH = "\u0004stop depth\u0004";
const TOO_DEEP = `dp > ${STOP_DEPTH}`;
/** labelled blocks nested in one structured function at most (V8's parser recurses on nesting) */
const MAX_LABELS = 1000;
/** a line only the switch form keeps (its one guard handler) */
const SWITCH_ONLY = "\u0001switch ";

/** instructions that cannot raise inside a guard (the others are wrapped in its handler) */
const CANNOT_RAISE = new Set<number>([
  Op.push_lit, Op.push_local, Op.store_local, Op.pop, Op.dup, Op.swap, Op.jump, Op.jump_unless_truthy,
  Op.jump_unless_true, Op.guard_begin, Op.guard_end, Op.make_tuple, Op.make_list, Op.make_ext_fun,
]);

/**
 * The JS source of function fi of v: a factory body that returns the compiled function, or with
 * `resume`, its resume entry: `r(stack, bp, pc)` goes on with an interpreter frame of the function
 * (at stack[bp..]) that stands after a call (its value pushed), in compiled code.
 */
export function generateFunctionSource(v: ModuleVersion, fi: number, plan: FunctionPlan, resume = false): Generated {
  const constants: unknown[] = [];
  const constIndex = new Map<unknown, number>();
  const constant = (x: unknown): string => {
    let i = constIndex.get(x);
    if (i === undefined) {
      i = constants.length;
      constants.push(x);
      constIndex.set(x, i);
    }
    return `C[${i}]`;
  };
  const bifsUsed = new Set<number>();
  const litsUsed = new Set<number>();
  const fn = generateFunction(v, fi, plan, constant, bifsUsed, litsUsed, resume ? resumePoints(v, plan) : null);
  // (`var`, not `const`: V8's interpreter and baseline code check a `const` of the enclosing scope
  // for its temporal dead zone at every use in the function below, a `var` never)
  const prologue = [
    `"use strict";`,
    `var {${RUNTIME_NAMES.join(", ")}} = rt;`,
    ...[...bifsUsed].map((i) => `var B${i} = I[${i}].bif.fn;` + (v.imports[i].bif?.direct !== undefined ? ` var D${i} = I[${i}].bif.direct;` : "")),
    // a literal read once, here (an immutable term): a `K[a]` read at its use on a path that had
    // not run before V8 optimised the function (a loop's exit with a literal) deoptimised it there
    // and the next call started cold (5 Logger runs took 1/0.74 as long)
    ...[...litsUsed].map((a) => `var K${a} = K[${a}];`),
  ];
  return { source: [...prologue, fn, `return ${resume ? "r" : "f"}${fi};`].join("\n"), constants };
}

/** the runtime's names generated code uses (compile.ts RUNTIME; all of them in every function:
 *  with only the names a function used, fib27's first run took 1.2x as long, CPU time, 3 A/Bs) */
const RUNTIME_NAMES = (
  "Tuple Cons Float Bin NIL TRUE FALSE NILA Fun ExtFun EE Directive exactEquals isMap SUSPEND R " +
  "stopAtCall stopAtEntry suspendCaller stopHere returnAndStop stopForDirective stopForWait stopForFault takeHandlers faultRecord " +
  "operatorSlow bifWithoutFrame badmatch raiseTagged raiseUndef raiseAtom raise3 functionClause makeMap mapUpdate mapUpdate1 mapUpdate2 " +
  "buildBinary buildBinary2 appendByte appended concatBinaries capReds sliceOver extTarget directiveTarget TC TailCall Halt YIELD_AND_RETRY Atom " +
  "raiseBadkey callLast decimalBin readSegment subBits A_STRUCT getCached compileLocal restValue appendedValue NO_ENV newEnv"
).split(" ");

/** a BIF's direct form (registry.ts defineDirect) as a counted inline BIF: its answer, else the BIF's call */
function directCall(a: number): InlineBif {
  return { test: (list) => `(z = D${a}(${[...list, "R.ctx"].join(", ")})) !== undefined`, value: () => "z" };
}

/** instructions after which a frame of the function goes on once a call returns into it */
const CALLS = new Set<number>([Op.call_local, Op.call_ext, Op.call_fun, Op.call_dyn, Op.bif, Op.bif_nf]);

/**
 * where a resume entry may start (pc -> operand stack depth there): after every call, after a
 * receive's wait and at its timeout label, at a try's handler
 */
export function resumePoints(v: ModuleVersion, plan: FunctionPlan): Map<number, number> {
  const at = new Map(plan.insns.map((i) => [i.pc, i]));
  const points = new Map<number, number>();
  const point = (pc: number) => {
    const n = at.get(pc);
    if (n !== undefined && !n.inGuard && !leftToInterpreter(v, n.op, n.a)) points.set(n.pc, n.depth);
  };
  for (const i of plan.insns) {
    if (i.inGuard) continue;
    if (CALLS.has(i.op)) point(i.next);
    else if (i.op === Op.recv_wait) {
      point(i.next);
      point(i.a);
    } else if (i.op === Op.try) point(i.a);
  }
  return points;
}

/** :erlang operators a `bif_nf` instruction calls that compiled code computes in place when it can */
const INLINE_ARITH: Record<string, "+" | "-" | "*" | "/"> = { "+": "+", "-": "-", "*": "*", "/": "/" };

const A_INFINITY = atom("infinity");
const A_TIMEOUT_VALUE = atom("timeout_value");

function generateFunction(
  v: ModuleVersion, fi: number, plan: FunctionPlan,
  constant: (x: unknown) => string, bifsUsed: Set<number>, litsUsed: Set<number>, resumeAt: Map<number, number> | null,
): string {
  const f = v.functions[fi];
  /** literal a (the variable the prologue binds it to) */
  const literal = (a: number) => (litsUsed.add(a), `K${a}`);
  const resume = resumeAt !== null;
  // a resume entry starts at a block of its own (it is always the switch form)
  const leaders = resume ? new Set([...plan.leaders, ...resumeAt.keys()]) : plan.leaders;
  const nlocals = Math.max(f.nlocals, f.arity);
  let temps = 0;
  // delayed rests of a binary walk (lazy_rest.ts): l{k} with its position o{k}
  const lazy = resume ? null : findLazyRests(v, fi, plan, leaders);
  const lazySlots = new Set(lazy === null ? [] : [...lazy.params, ...lazy.rests]);
  // delayed byte appends of a loop's accumulator (lazy_append.ts): l{k} with its length n{k}
  const appends = resume ? null : findLazyAppends(v, fi, plan, leaders);
  const appendSlots = new Set(appends === null || [...appends.params].some((k) => lazySlots.has(k)) ? [] : appends.params);
  /** the value of local k (made from a delayed rest or append without keeping it) */
  const valueOf = (k: number) => (lazySlots.has(k) ? `restValue(l${k}, o${k})` : appendSlots.has(k) ? `appendedValue(l${k}, n${k})` : `l${k}`);
  /** local k made a value where it is a delayed rest or append (a statement) */
  const settle = (k: number) => (lazySlots.has(k) ? `if (o${k} !== 0) { l${k} = subBits(l${k}, o${k}, l${k}.bitSize - o${k}); o${k} = 0; } `
    : appendSlots.has(k) ? `if (n${k} !== undefined) { l${k} = appended(l${k}, n${k}); n${k} = undefined; } ` : "");
  /** operand slots holding a delayed rest (from its push to the self tail call) -> its position */
  const lazyStack = new Map<number, string>();
  let subjectStart: string | undefined;
  const em: PatternEmitter = {
    constant, temp: () => `t${temps++}`,
    local: (k) => (lazySlots.has(k) ? `(o${k} === 0 ? l${k} : (l${k} = subBits(l${k}, o${k}, l${k}.bitSize - o${k}), o${k} = 0, l${k}))`
      : appendSlots.has(k) ? `(n${k} === undefined ? l${k} : (l${k} = appended(l${k}, n${k}), n${k} = undefined, l${k}))` : `l${k}`),
    bind: (k, value) => `l${k} = ${value};${lazySlots.has(k) ? ` o${k} = 0;` : appendSlots.has(k) ? ` n${k} = undefined;` : ""}\n`,
    lazyRest: (k) => (lazy?.rests.has(k) ? `o${k}` : null),
  };
  const locals = range(0, nlocals, valueOf);
  /** operand slots holding a delayed append (from its push to the self tail call), with its length a{slot} */
  const appendStack = new Set<number>();
  /** the operand slots that ever held one (their a{slot} declared) */
  const appendVars = new Set<number>();
  const stackValue = (k: number) => {
    const o = lazyStack.get(k);
    if (appendStack.has(k)) return `(a${k} === undefined ? ${S(k)} : appended(${S(k)}, a${k}))`;
    return o === undefined ? S(k) : `(${o} === 0 ? ${S(k)} : subBits(${S(k)}, ${o}, ${S(k)}.bitSize - ${o}))`;
  };
  /** a self tail call's move of its argument k (in operand slot `slot`, -1: a captured value) to a delayed accumulator */
  const appendMove = (pc: number, k: number, slot: number) => {
    if (!appendSlots.has(k)) return "";
    return appends!.tails.get(pc)?.has(k) && appendStack.has(slot) ? ` n${k} = a${slot};` : ` n${k} = undefined;`;
  };
  /** the statements that make the delayed operand slots values (before a stop takes them) */
  const settleStack = () =>
    [...lazyStack].map(([k, o]) => `if (${o} !== 0) ${S(k)} = subBits(${S(k)}, ${o}, ${S(k)}.bitSize - ${o}); `).join("") +
    [...appendStack].map((k) => `if (a${k} !== undefined) { ${S(k)} = appended(${S(k)}, a${k}); a${k} = undefined; } `).join("");
  /** the tries active at the instruction being compiled */
  let tries: Tries = { labels: [], depths: [], key: "" };
  /** a record's handlers (layout.ts): label, then sp - bp, outermost first */
  const handlers = (t: Tries) => constant(t.labels.flatMap((l, k) => [l, nlocals + t.depths[k]]));
  /**
   * the activation's values with `depth` operands, locals first, as an interpreter frame; inside
   * a try, its handlers as a further argument
   */
  const vals = (depth: number, extra: string[] = []) =>
    `[${[...locals, ...range(0, depth, stackValue), ...extra].join(", ")}]${tries.labels.length > 0 ? `, ${handlers(tries)}` : ""}`;
  const args = (from: number, n: number) => range(from, from + n, S);
  /**
   * A stop a slice's end can take: through the function's one exit call (stopExit, below its
   * body), which ran once when the function was made, so that V8's optimised code has seen it. The
   * arguments of a callee are the values from `from` on (locals first, then operand slots); the
   * record keeps the locals and `depth` operands. A resume entry keeps its direct calls (`direct`).
   */
  /** the function's exit sites (runtime.ts ExitSite), a constant: q_ indexes it (the warm-up's exit, compile.ts, reads none) */
  const exits: ExitSite[] = [];
  const exitTable = constant(exits);
  const exitStop = (direct: string, kind: Exit, pc: number, depth: number, callee?: { cv: string; cfi: string; from: number; n: number; ev?: string }, settled = true) => {
    if (resume) return direct;
    const h = tries.labels.length > 0 ? tries.labels.flatMap((l, k) => [l, nlocals + tries.depths[k]]) : null;
    exits.push({ kind, pc, depth, h, from: callee?.from ?? 0, n: callee?.n ?? 0 });
    return `{ ${settled ? settleStack() : ""}q_ = ${exits.length - 1};` +
      (callee ? ` cv_ = ${callee.cv}; cfi_ = ${callee.cfi};${callee.ev !== undefined ? ` ev_ = ${callee.ev};` : ""}` : "") + " break X_; }";
  };
  /** a stop before instruction i, which compiled code leaves to the interpreter */
  const stopBefore = (i: Insn) => exitStop(`return stopHere(V, ${fi}, ${i.pc}, ${Stop.Bail}, ${vals(i.depth)});`, Exit.Bail, i.pc, i.depth);
  const body: string[] = [];
  const emit = (s: string) => body.push(s);
  // jumps are written as placeholders, made `break` out of labelled blocks (structured code) or
  // a switch to the target block once the function is known to jump only forward
  const targets = new Set<number>();
  let backward = false;
  let at = 0;
  const jumpTo = (target: number) => {
    targets.add(target);
    if (target <= at) backward = true;
    return `${JUMP}${target}${JUMP}`;
  };

  /** a call to compiled code `callee` (JS expression) of function cfi of version cv */
  const callCompiled = (i: Insn, cv: string, cfi: string, callee: string, argList: string[], entryArgs: string, below: number, tail: boolean, counts = true) => {
    // (a call that costs no reduction: a `bif` instruction's TailCall, as the interpreter's)
    const stop = counts ? `${OUT_OF_SLICE} || ${TOO_DEEP}` : TOO_DEEP;
    // (the arguments are operand slots from `below` on, but for a BIF's TailCall's)
    const onStack = argList.every((x, k) => x === S(below + k));
    const target = { cv, cfi, from: nlocals + below, n: argList.length };
    if (tail) {
      emit(`pc = -1;`);
      const direct = `return stopAtEntry(${cv}, ${cfi}, ${entryArgs});`;
      emit(`if (${stop}) ${onStack ? exitStop(direct, Exit.AtEntry, 0, 0, target) : direct}`);
      emit(`return ${callee}(${[CALLEE_DEPTH, ...argList].join(", ")});`);
      return;
    }
    emit(`pc = ${i.next};`);
    const direct = `return stopAtCall(${cv}, ${cfi}, ${entryArgs}, V, ${fi}, ${i.next}, ${vals(below)});`;
    emit(`if (${stop}) ${onStack ? exitStop(direct, Exit.AtCall, i.next, below, target) : direct}`);
    emit(`r = ${callee}(${[CALLEE_DEPTH, ...argList].join(", ")});`);
    emit(`if (r === SUSPEND) ${exitStop(`return suspendCaller(V, ${fi}, ${i.next}, ${vals(below)});`, Exit.Caller, i.next, below)}`);
    emit(`${S(below)} = r;`);
  };

  /** a BIF returned r (a term): the slice's accounting, then the value pushed or returned */
  const afterBif = (i: Insn, below: number, tail: boolean, counts: boolean) => {
    // a BIF that charged a slice's worth of work (length/1 of a long list) ends the slice at the
    // next call, in a guard as in a body (a guard itself never yields)
    emit(`if (x.redsCap >= 0) capReds();`);
    if (i.inGuard) {
      emit(`${S(below)} = r;`);
      return;
    }
    if (tail) {
      emit(`if (${OUT_OF_SLICE} || x.yieldRequested) { x.yieldRequested = false; ${exitStop("return returnAndStop(r);", Exit.Return, 0, 0, { cv: "r", cfi: "0", from: 0, n: 0 })} }`);
      emit(`return r;`);
      return;
    }
    const yieldStop = exitStop(`return stopHere(V, ${fi}, ${i.next}, ${Stop.Yield}, ${vals(below, ["r"])});`, Exit.Yield, i.next, below + 1);
    emit(`if (${counts ? `${OUT_OF_SLICE} || ` : ""}x.yieldRequested) { x.yieldRequested = false; ${resume ? "" : `${S(below)} = r; `}${yieldStop} }`);
    emit(`${S(below)} = r;`);
  };

  /**
   * A BIF handed back a directive, or blocked or ended the process: a TailCall to a function with
   * compiled code is made here, as the interpreter's call tail would make it (one reduction for
   * call_ext, tail_ext and a call by name, none for a `bif` instruction); anything else stops for
   * the interpreter to complete.
   */
  const bifDirective = (i: Insn, asOp: number, list: string[], below: number, tail: boolean) => {
    const counts = asOp !== Op.bif && asOp !== Op.bif_nf;
    const tc = constant(new ExtCallCache());
    emit(`if (r instanceof Directive || x.status !== "running") {`);
    emit(`if ((jf = directiveTarget(r, ${tc})) !== null) {`);
    callCompiled(i, "TC.v", "TC.fi", "jf", ["...TC.args"], "[...TC.args]", below, tail, counts);
    emit(`} else return stopForDirective(r, ${asOp}, [${list.join(", ")}], V, ${fi}, ${i.next}, ${vals(below)});`);
    emit(`}`);
    // (the call's value is in its slot: the BIF's accounting below must not run)
    emit(`else {`);
  };

  /**
   * A call by name whose target extTarget just put in the call site's cache (JS expression):
   * a BIF called here, or an exported function's compiled code (R8: the current version).
   */
  const callByName = (i: Insn, cache: string, list: string[], below: number, tail: boolean, byFun: boolean) => {
    emit(`y = ${cache};`);
    emit(`if (y.bif !== null) {`);
    emit(`pc = ${i.next}; x = R.p; x.pc = ${i.next}; x.fn = ${fi}; x.version = V;`);
    // as the interpreter's call by name: a BIF that asks for a retry is called again at once; one
    // called last shows its caller as the BEAM does (vm/tail_calls.ts)
    const call = !tail ? `y.bif([${list.join(", ")}], R.ctx)`
      : `callLast(y.bif, [${list.join(", ")}], R.ctx, ${byFun ? TailDrop.Always : TailDrop.Framed})`;
    if (list.length === 2) {
      // :erlang.+ - * of two safe integers in place (ext_calls.ts ExtCallCache.op): the BIF's
      // answer (`+ 0`: a product -0 is 0), counted and followed as its call below
      const [p, q] = list;
      emit(`if (y.op !== 0 && typeof ${p} === "number" && typeof ${q} === "number" && (z = (y.op === 1 ? ${p} + ${q} : y.op === 2 ? ${p} - ${q} : ${p} * ${q}) + 0) <= 9007199254740991 && z >= -9007199254740991) r = z; else {`);
    }
    emit(`r = ${call};`);
    emit(`if (r === YIELD_AND_RETRY) { x.retried = true; r = ${call}; }`);
    if (list.length === 2) emit(`}`);
    emit(`x.retried = false;`);
    bifDirective(i, tail ? Op.tail_ext : Op.call_ext, list, below, tail);
    afterBif(i, below, tail, true);
    emit(`}`);
    emit(`} else {`);
    emit(`if ((jf = y.v.jitFns) === null || (jf = jf[y.fi]) === undefined) ${stopBefore(i)}`);
    callCompiled(i, "y.v", "y.fi", "jf", list, `[${list.join(", ")}]`, below, tail);
    emit(`}`);
  };

  /** the small integer the instruction before i pushed, when i can only be reached from it */
  const insnIndex = new Map(plan.insns.map((x, k) => [x.pc, k]));
  const literalBefore = (i: Insn): number | null => {
    const prev = plan.insns[insnIndex.get(i.pc)! - 1];
    if (prev === undefined || prev.op !== Op.push_lit || prev.next !== i.pc || leaders.has(i.pc)) return null;
    const lit = v.literals[prev.a];
    return typeof lit === "number" && Number.isSafeInteger(lit) && !Object.is(lit, -0) ? lit : null;
  };

  let guardHandler = -1;
  let selfLoop = false;
  for (const i of plan.insns) {
    if (leaders.has(i.pc)) {
      emit(`${LEADER}${i.pc}`);
      // (a block entered only on the way from a delayed rest's push to its self call keeps it)
      const kept = lazy?.keep.get(i.pc);
      for (const k of [...lazyStack.keys()]) if (kept === undefined || !kept.has(k)) lazyStack.delete(k);
      const keptAppends = appends?.keep.get(i.pc);
      for (const k of [...appendStack]) if (keptAppends === undefined || !keptAppends.has(k)) appendStack.delete(k);
    }
    at = i.pc;
    tries = i.tries;
    const d = i.depth;
    const { op, a, b } = i;
    // in structured code a raise inside a guard fails the clause through a try around the
    // instruction that may raise (the switch form has one handler for the whole function)
    const wrap = i.inGuard && guardHandler >= 0 && !CANNOT_RAISE.has(op);
    if (wrap) {
      targets.add(guardHandler);
      emit(`${GUARD_TRY}`);
    }
    const before = body.length;
    if (leftToInterpreter(v, op, a)) {
      emit(stopBefore(i));
      continue;
    }
    switch (op) {
      case Op.push_lit: {
        const lit = v.literals[a];
        emit(`${S(d)} = ${typeof lit === "number" && Number.isSafeInteger(lit) && !Object.is(lit, -0) ? String(lit) : literal(a)};`);
        break;
      }
      case Op.push_local:
        if (lazy?.pushes.has(i.pc)) lazyStack.set(d, `o${a}`);
        else if (lazy?.subjects.has(i.pc)) subjectStart = `o${a}`;
        else if (appendSlots.has(a) && appends!.pushes.get(i.pc) === a) {
          appendStack.add(d);
          appendVars.add(d);
          emit(`a${d} = n${a};`);
        } else emit(settle(a));
        emit(`${S(d)} = l${a};`);
        break;
      case Op.store_local: emit(`l${a} = ${S(d - 1)};${lazySlots.has(a) ? ` o${a} = 0;` : appendSlots.has(a) ? ` n${a} = undefined;` : ""}`); break;
      case Op.pop: break;
      case Op.dup: emit(`${S(d)} = ${S(d - 1)};`); break;
      case Op.swap: emit(`x = ${S(d - 1)}; ${S(d - 1)} = ${S(d - 2)}; ${S(d - 2)} = x;`); break;
      case Op.match:
        emit(emitMatch(v.literals[a] as Pat, S(d - 1), `{ ${jumpTo(b)} }`, em, subjectStart));
        subjectStart = undefined;
        break;
      case Op.match_or_badmatch:
        emit(emitMatch(v.literals[a] as Pat, S(d - 1), `{ pc = ${i.next}; badmatch(${S(d - 1)}); }`, em));
        break;
      case Op.jump:
        // a backward jump (a receive's scan) costs a reduction, as in the interpreter: a long scan
        // of the mailbox ends its slice there (the next one goes on at the jump's target)
        if (a < i.pc) emit(`if (${OUT_OF_SLICE}) ${exitStop(`return stopHere(V, ${fi}, ${a}, ${Stop.Resume}, ${vals(d)});`, Exit.Resume, a, d)}`);
        emit(jumpTo(a));
        break;
      case Op.jump_unless_truthy: emit(`if (${S(d - 1)} === FALSE || ${S(d - 1)} === NILA) { ${jumpTo(a)} }`); break;
      case Op.jump_unless_true: emit(`if (${S(d - 1)} !== TRUE) { ${jumpTo(a)} }`); break;
      case Op.call_local:
      case Op.tail_local: {
        const argc = b;
        if (op === Op.tail_local && a === fi && !resume) {
          // a self tail call is the loop back to the entry
          const rests = lazy?.tails.get(i.pc);
          const moves = range(0, argc, (k) => {
            const q = rests?.get(k);
            return `l${k} = ${S(d - argc + k)};` + (q !== undefined ? ` o${k} = o${q};` : lazySlots.has(k) ? ` o${k} = 0;` : "") + appendMove(i.pc, k, d - argc + k);
          });
          emit(moves.join(" "));
          const direct = `return stopAtEntry(V, ${fi}, [${range(0, argc, valueOf).join(", ")}]);`;
          // (the loop's stop takes its arguments from the locals they were moved to: the operand
          // slots are left as they are, so that the stop runs nothing V8 has no feedback for)
          emit(`if (${OUT_OF_SLICE}) ${exitStop(direct, Exit.AtEntry, 0, 0, { cv: "V", cfi: String(fi), from: 0, n: argc }, false)}`);
          emit(SELF_LOOP);
          lazyStack.clear();
          appendStack.clear();
          selfLoop = true;
          break;
        }
        const list = args(d - argc, argc);
        // itself directly; another function of the version through the version's table, while it
        // has compiled code (one the JIT refused stays interpreted); a resume entry calls the
        // function itself through the table too (a self tail call leaves the resume entry)
        const self = a === fi && !resume;
        if (!self) emit(`if ((jf = F[${a}]) === undefined && (jf = compileLocal(V, ${a})) === undefined) ${stopBefore(i)}`);
        callCompiled(i, "V", String(a), self ? `f${fi}` : "jf", list, `[${list.join(", ")}]`, d - argc, op === Op.tail_local);
        break;
      }
      case Op.call_ext:
      case Op.tail_ext:
      case Op.bif:
      case Op.bif_nf: {
        const imp = v.imports[a];
        const argc = imp.def.arity;
        const list = args(d - argc, argc);
        const below = d - argc;
        if (imp.bif === undefined) {
          if (op === Op.bif || op === Op.bif_nf) {
            emit(`pc = ${i.next}; raiseUndef();`);
            break;
          }
          // the import's current version, when it has compiled code; anything else: the interpreter
          emit(`x = I[${a}];`);
          emit(`if (x.cachedGeneration !== R.cs.generation || (y = x.cachedVersion) === null || (jf = y.jitFns) === null || (jf = jf[x.cachedFunction]) === undefined) ${stopBefore(i)}`);
          callCompiled(i, "y", "x.cachedFunction", "jf", list, `[${list.join(", ")}]`, below, op === Op.tail_ext);
          break;
        }
        bifsUsed.add(a);
        // arithmetic the compiler leaves to the BIF (`-0.5 * x`: OTP adds no frame for it):
        // two small integers or two floats with a finite result here, as the BIF computes them
        const arith = op === Op.bif_nf && argc === 2 && imp.def.module === "erlang" ? INLINE_ARITH[imp.def.name] : undefined;
        if (arith !== undefined) {
          const [x, y] = list;
          const ints = arith === "/" ? "false" : `typeof ${x} === "number" && typeof ${y} === "number" && ${arith === "*" ? `((z = ${x} * ${y}) === 0 ? (z = 0) : z)` : `(z = ${x} ${arith} ${y})`} <= ${MAX_SAFE} && z >= -${MAX_SAFE}`;
          const floats = `${x} instanceof Float && ${y} instanceof Float && ${arith === "/" ? `${y}.value !== 0 && ` : ""}Number.isFinite(z = ${x}.value ${arith} ${y}.value)`;
          emit(`if (${ints}) ${S(below)} = z; else if (${floats}) ${S(below)} = new Float(z); else {`);
        }
        // a pure BIF's common case computed here (a `bif` instruction costs no reduction, as here)
        const inline = (op === Op.bif || op === Op.bif_nf) && arith === undefined ? INLINE_BIFS[`${imp.def.module}:${imp.def.name}/${argc}`] : undefined;
        if (inline !== undefined) {
          if (inline.test === null) {
            emit(`${S(below)} = ${inline.value(list)};`);
            break;
          }
          emit(`if (${inline.test(list, constant)}) ${S(below)} = ${inline.value(list)}; else {`);
        }
        // a counted pure BIF's common case: its value, then its reduction (afterBif without a BIF run:
        // nothing capped the slice or asked for a yield)
        const counted = op === Op.call_ext || op === Op.tail_ext ? INLINE_COUNTED_BIFS[`${imp.def.module}:${imp.def.name}/${argc}`] ?? (imp.bif.direct !== undefined ? directCall(a) : undefined) : undefined;
        if (counted !== undefined && !i.inGuard) {
          emit(`if (${counted.test!(list, constant)}) {`);
          emit(`r = ${counted.value(list)};`);
          if (op === Op.tail_ext) {
            emit(`if (${OUT_OF_SLICE}) ${exitStop("return returnAndStop(r);", Exit.Return, 0, 0, { cv: "r", cfi: "0", from: 0, n: 0 })}`);
            emit(`return r;`);
          } else {
            const yieldStop = exitStop(`return stopHere(V, ${fi}, ${i.next}, ${Stop.Yield}, ${vals(below, ["r"])});`, Exit.Yield, i.next, below + 1);
            emit(`if (${OUT_OF_SLICE}) { ${resume ? "" : `${S(below)} = r; `}${yieldStop} }`);
            emit(`${S(below)} = r;`);
          }
          emit(`} else {`);
        }
        emit(`pc = ${i.next}; x = R.p; x.pc = ${i.next}; x.fn = ${fi}; x.version = V;`);
        emit(op === Op.bif_nf ? `r = bifWithoutFrame(B${a}, [${list.join(", ")}], R.ctx);`
          : op === Op.tail_ext && imp.bif.codeOnBeam ? `r = callLast(B${a}, [${list.join(", ")}], R.ctx, ${TailDrop.Framed});`
          : `r = B${a}([${list.join(", ")}], R.ctx);`);
        // as in the interpreter: a BIF retried after its yield (YIELD_AND_RETRY) has been, the next does not
        emit(`x.retried = false;`);
        if (!i.inGuard) {
          bifDirective(i, op, list, below, op === Op.tail_ext);
          afterBif(i, below, op === Op.tail_ext, op === Op.call_ext);
          emit(`}`);
        } else {
          emit(`if (r instanceof Directive || x.status !== "running") return stopForDirective(r, ${op}, [${list.join(", ")}], V, ${fi}, ${i.next}, ${vals(below)});`);
          afterBif(i, below, false, false);
        }
        if (arith !== undefined || inline !== undefined) emit(`}`);
        if (counted !== undefined && !i.inGuard) emit(`}`);
        break;
      }
      case Op.call_fun:
      case Op.tail_fun: {
        const argc = a;
        const fun = S(d - 1);
        const list = args(d - 1 - argc, argc);
        const tail = op === Op.tail_fun;
        const below = d - 1 - argc;
        emit(`x = ${fun};`);
        if (tail && !resume && f.arity >= argc) {
          // a fun of this very function called last (a binary generator's loop, handed itself):
          // the loop back to the entry, as a self tail call, its captured values the last arguments
          // (a delayed rest passed on goes with its position, lazy_rest.ts)
          const rests = lazy?.tails.get(i.pc);
          const moves = range(0, f.arity, (k) => {
            const q = rests?.get(k);
            return `l${k} = ${k < argc ? list[k] : `x.env[${k - argc}]`};` + (q !== undefined ? ` o${k} = o${q};` : lazySlots.has(k) ? ` o${k} = 0;` : "") + appendMove(i.pc, k, k < argc ? d - 1 - argc + k : -1);
          });
          emit(`if (x instanceof Fun && x.version === V && x.index === ${fi} && x.arity === ${argc} && !V.purged) {`);
          emit(moves.join(" "));
          const direct = `return stopAtEntry(V, ${fi}, [${range(0, f.arity, valueOf).join(", ")}]);`;
          emit(`if (${OUT_OF_SLICE}) ${exitStop(direct, Exit.AtEntry, 0, 0, { cv: "V", cfi: String(fi), from: 0, n: f.arity }, false)}`);
          emit(SELF_LOOP);
          emit(`}`);
          selfLoop = true;
        }
        if (tail) {
          // any other fun called last takes values: delayed rests made sub-binaries here (a fun
          // called before, in the body, takes none: its stops settle them, exitStop)
          emit(settleStack());
          lazyStack.clear();
          appendStack.clear();
        }
        emit(`if (x instanceof Fun && x.arity === ${argc} && !(y = x.version).purged && (jf = y.jitFns) !== null && (jf = jf[x.index]) !== undefined) {`);
        emit(`ev = x.env;`);
        // the common cases (no captured values, one or two) are one plain call: a call with a
        // spread (CallWithSpread) goes through a generic builtin that V8 does not inline. It passes
        // two captured values whatever the fun has (a missing one is an undefined argument past the
        // callee's parameters): a test of the exact count, not run until a fun with another count
        // came, deoptimised the caller then (Enum's reduce over a range given Enum.map's fun after
        // one capturing nothing)
        const call = (extra: string[]): string => `jf(${[CALLEE_DEPTH, ...list, ...extra].join(", ")})`;
        const direct = `ev.length <= 2 ? ${call(["ev[0]", "ev[1]"])} : ${call(["...ev"])}`;
        if (tail) {
          emit(`pc = -1;`);
          // (the stop is not the call: with one name for both, a function with a fun called last
          // was invalid JS and stayed interpreted)
          const stop = `return stopAtEntry(y, x.index, [${[...list, "...ev"].join(", ")}]);`;
          emit(`if (${OUT_OF_SLICE} || ${TOO_DEEP}) ${exitStop(stop, Exit.AtEntry, 0, 0, { cv: "y", cfi: "x.index", from: nlocals + below, n: argc, ev: "ev" })}`);
          emit(`return ${direct};`);
        } else {
          emit(`pc = ${i.next};`);
          const stop = `return stopAtCall(y, x.index, [${[...list, "...ev"].join(", ")}], V, ${fi}, ${i.next}, ${vals(below)});`;
          emit(`if (${OUT_OF_SLICE} || ${TOO_DEEP}) ${exitStop(stop, Exit.AtCall, i.next, below, { cv: "y", cfi: "x.index", from: nlocals + below, n: argc, ev: "ev" })}`);
          emit(`r = ${direct};`);
          emit(`if (r === SUSPEND) ${exitStop(`return suspendCaller(V, ${fi}, ${i.next}, ${vals(below)});`, Exit.Caller, i.next, below)}`);
          emit(`${S(below)} = r;`);
        }
        // a capture &Mod.f/n or &:erlang.op/n: its target found by name
        const cache = constant(new ExtCallCache());
        emit(`} else if (x instanceof ExtFun && x.exportArity === ${argc} && extTarget(${cache}, x.module, x.name, ${argc})) {`);
        callByName(i, cache, list, below, tail, true);
        emit(`} else ${stopBefore(i)}`);
        break;
      }
      case Op.call_dyn:
      case Op.tail_dyn: {
        // mod.f(args) with mod a variable: found by name as a capture is
        const list = args(d - b, b);
        const below = d - b - 1;
        const cache = constant(new ExtCallCache());
        emit(`x = ${S(below)};`);
        emit(`if (x instanceof Atom && extTarget(${cache}, x, ${literal(a)}, ${b})) {`);
        callByName(i, cache, list, below, op === Op.tail_dyn, false);
        emit(`} else ${stopBefore(i)}`);
        break;
      }
      case Op.field:
        // map.key (a module's function with no parentheses is left to the interpreter)
        emit(`x = ${S(d - 1)};`);
        emit(`if (isMap(x)) { if ((${S(d - 1)} = getCached(x, ${literal(a)}, ${constant(new KeyCache())})) === undefined) { pc = ${i.next}; raiseBadkey(${literal(a)}, x); } } else ${stopBefore(i)}`);
        break;
      case Op.return: emit(`return ${S(d - 1)};`); break;
      case Op.make_fun: {
        const target = v.functions[a];
        // (its env of the one elements kind the interpreter's funs have: vm/fun_env.ts)
        const env = b === 0 ? "NO_ENV" : `(ev = newEnv(${b}), ${args(d - b, b).map((s, k) => `ev[${k}] = ${s}, `).join("")}ev)`;
        emit(`${S(d - b)} = new Fun(V, ${a}, ${target.arity - b}, ${env}, V.module, ${JSON.stringify(target.name)}, V.funUniq, R.p.pid);`);
        break;
      }
      case Op.make_ext_fun:
        emit(`x = I[${a}]; ${S(d)} = new ExtFun(x.moduleAtom, x.nameAtom, ${v.imports[a].def.arity});`);
        break;
      case Op.make_tuple: emit(`${S(d - a)} = new Tuple([${args(d - a, a).join(", ")}]);`); break;
      case Op.make_list: {
        let l = S(d - 1);
        for (let k = 1; k <= a; k++) l = `new Cons(${S(d - 1 - k)}, ${l})`;
        emit(`${S(d - 1 - a)} = ${l};`);
        break;
      }
      case Op.make_map: emit(`${S(d - 2 * a)} = makeMap([${args(d - 2 * a, 2 * a).join(", ")}], ${constant(new MapShape())});`); break;
      case Op.map_update:
        if (a === 1 || a === 2) emit(`pc = ${i.next}; ${S(d - 2 * a - 1)} = mapUpdate${a}(${[S(d - 2 * a - 1), ...args(d - 2 * a, 2 * a), ...range(0, a, () => constant(new KeyCache()))].join(", ")});`);
        else emit(`pc = ${i.next}; ${S(d - 2 * a - 1)} = mapUpdate(${S(d - 2 * a - 1)}, [${args(d - 2 * a, 2 * a).join(", ")}]);`);
        break;
      case Op.make_bin: {
        const specs = v.literals[a] as BinSpecs;
        const c = segmentValueCount(specs);
        if (isConcat(specs)) emit(`pc = ${i.next}; ${S(d - 2)} = concatBinaries(${literal(a)}, ${S(d - 2)}, ${S(d - 1)});`);
        else if (c === 2 && isByteAppend(specs) && appends?.appends.has(i.pc) && appendStack.has(d - 2)) {
          // a delayed accumulator's byte: in place while it ends where its buffer's used part
          // ends, else appendByte's append, whose result is the accumulator from then on. An
          // accumulator the loop starts with (a binary of 64 bytes or more, appendByte's rule)
          // is taken in place here too: after a stop the loop goes on with the binary the stop
          // made, and appendByte's in-place path, inlined in the loop and never run by it, was a
          // deoptimisation of the loop there (V8 had no type feedback for it)
          const acc = S(d - 2), n = `a${d - 2}`, byte = S(d - 1);
          const known = `(${n} !== undefined || (${acc} instanceof Bin && ${acc}.tailBits === 0 && (${n} = ${acc}.size) >= 64))`;
          emit(`pc = ${i.next}; if (typeof ${byte} === "number" && ${known} && (x = ${acc}.store).used === (z = ${acc}.storeOffset + ${n}) && z < x.length) { x[z] = ${byte} & 255; x.used = z + 1; ${n} = ${n} + 1; }`);
          emit(`else { ${acc} = appendByte(${literal(a)}, ${n} === undefined ? ${acc} : appended(${acc}, ${n}), ${byte}); ${n} = ${acc}.size; }`);
        } else if (c === 2 && isByteAppend(specs)) emit(`pc = ${i.next}; ${S(d - 2)} = appendByte(${literal(a)}, ${S(d - 2)}, ${S(d - 1)});`);
        else if (c === 2 && specs.length === 2) emit(`pc = ${i.next}; ${S(d - 2)} = buildBinary2(${literal(a)}, ${S(d - 2)}, ${S(d - 1)});`);
        else emit(`pc = ${i.next}; ${S(d - c)} = buildBinary(${literal(a)}, [${args(d - c, c).join(", ")}], 0);`);
        break;
      }
      case Op.raise_error: emit(`pc = ${i.next}; raiseTagged(${literal(a)}, ${S(d - 1)});`); break;
      case Op.raise: emit(`pc = ${i.next}; raise3(${S(d - 3)}, ${S(d - 2)}, ${S(d - 1)});`); break;
      case Op.func_info: emit(`pc = ${i.next}; functionClause([${range(0, a, valueOf).join(", ")}]);`); break;
      // a receive's scan of the mailbox runs here; its wait (recv_wait) is the interpreter's
      case Op.recv_peek:
        emit(`x = R.p; if (x.recvCursor < x.mailbox.length) ${S(d)} = x.mailbox.at(x.recvCursor); else { ${jumpTo(a)} }`);
        break;
      case Op.recv_next: emit(`R.p.recvCursor++;`); break;
      case Op.recv_accept:
        emit(`x = R.p; x.mailbox.removeAt(x.recvCursor); x.recvCursor = 0; if (x.timer) { x.timer.cancel(); x.timer = null; }`);
        break;
      case Op.recv_timeout: emit(`R.p.recvCursor = 0;`); break;
      case Op.recv_wait: {
        // as the interpreter's: a bad timeout raises, 0 goes straight to the timeout, else it waits
        const t = S(d - 1);
        emit(`if (${t} !== ${constant(A_INFINITY)} && (typeof ${t} !== "number" || ${t} < 0)) { pc = ${i.next}; raiseAtom(${constant(A_TIMEOUT_VALUE)}); }`);
        emit(`if (${t} === 0) { ${jumpTo(a)} }`);
        emit(`return stopForWait(${t}, ${a}, V, ${fi}, ${i.next}, ${vals(d - 1)});`);
        break;
      }
      case Op.try: emit(`tr = ${a};`); break;
      case Op.try_end: emit(`tr = ${tries.labels.length > 1 ? tries.labels[tries.labels.length - 2] : -1};`); break;
      case Op.guard_begin: emit(`${SWITCH_ONLY}hb = ${a};`); break;
      case Op.guard_end: emit(`${SWITCH_ONLY}hb = -1;`); break;
      case Op.add: case Op.sub: case Op.mul: case Op.lt: case Op.le: case Op.gt: case Op.ge:
      case Op.eq: case Op.ne: case Op.eeq: case Op.ene: case Op.add_nf: case Op.sub_nf: {
        const x = S(d - 2), y = S(d - 1);
        const both = `typeof ${x} === "number" && typeof ${y} === "number"`;
        // (a long product the host computes hands back a directive: the process waits, as for a BIF's)
        const slow = op !== Op.mul
          ? `{ pc = ${i.next}; ${x} = operatorSlow(${op}, I[${a}], ${x}, ${y}, R.ctx); }`
          : `{ pc = ${i.next}; z = operatorSlow(${op}, I[${a}], ${x}, ${y}, R.ctx); if (z instanceof Directive) return stopForDirective(z, ${Op.bif}, [], V, ${fi}, ${i.next}, ${vals(d - 2)}); ${x} = z; }`;
        const k = literalBefore(i);
        if (k !== null && op !== Op.mul) {
          // `n - 1`, `i < 10`: the right operand is a small integer, so only x needs a test, a sum
          // or difference can leave the safe range on one side only, and a float x (its own
          // arithmetic with an integer) is the operator's BIF's
          const lits = { [Op.lt]: "<", [Op.le]: "<=", [Op.gt]: ">", [Op.ge]: ">=", [Op.eq]: "===", [Op.eeq]: "===", [Op.ne]: "!==", [Op.ene]: "!==" } as Record<number, string>;
          const sym = op === Op.add || op === Op.add_nf ? "+" : op === Op.sub || op === Op.sub_nf ? "-" : lits[op];
          if (sym === "+" || sym === "-") {
            const up = (sym === "+") === k >= 0;
            const safe = `typeof ${x} === "number" && (z = ${x} ${sym} ${k}) ${up ? `<= ${MAX_SAFE}` : `>= -${MAX_SAFE}`}`;
            // an int32 x and k: the result is safe with no test of it (V8 optimises the test
            // against a constant beyond int32 into float arithmetic: half the speed of a loop)
            if (Math.abs(k) < 2 ** 31) emit(`if (${INT32(x)}) ${x} = ${x} ${sym} ${k}; else if (${safe}) ${x} = z; else ${slow}`);
            else emit(`if (${safe}) ${x} = z; else ${slow}`);
          } else emit(`if (typeof ${x} === "number") ${x} = ${x} ${sym} ${k} ? TRUE : FALSE; else ${slow}`);
          break;
        }
        if (op === Op.add || op === Op.sub || op === Op.mul || op === Op.add_nf || op === Op.sub_nf) {
          const sym = op === Op.add || op === Op.add_nf ? "+" : op === Op.sub || op === Op.sub_nf ? "-" : "*";
          const z = op === Op.mul ? `((z = ${x} * ${y}) === 0 ? (z = 0) : z)` : `(z = ${x} ${sym} ${y})`;
          // two floats: a finite result stays here (anything else raises in the operator's BIF)
          const floats = `${x} instanceof Float && ${y} instanceof Float && Number.isFinite(z = ${x}.value ${sym} ${y}.value)`;
          // two int32s: a sum or difference is safe with no test of it (as above)
          // a product of an int32 and a literal of at most 2^21, or two int32s with an int32
          // product: safe as well (`+ 0` makes -0 the integer 0, and spares V8 its test of -0)
          const int32s = op !== Op.mul ? `if (${INT32(x)} && ${INT32(y)}) ${x} = ${x} ${sym} ${y}; else `
            : k !== null && Math.abs(k) <= 2 ** 21 ? `if (${INT32(x)}) ${x} = ${x} * ${k} + 0; else `
            : `if (${INT32(x)} && ${INT32(y)} && (z = ${x} * ${y} + 0) <= 2147483647 && z >= -2147483648) ${x} = z; else `;
          emit(`${int32s}if (${both} && ${z} <= ${MAX_SAFE} && z >= -${MAX_SAFE}) ${x} = z; else if (${floats}) ${x} = new Float(z); else ${slow}`);
        } else {
          const sym = { [Op.lt]: "<", [Op.le]: "<=", [Op.gt]: ">", [Op.ge]: ">=", [Op.eq]: "===", [Op.eeq]: "===", [Op.ne]: "!==", [Op.ene]: "!==" }[op]!;
          const floats = `${x} instanceof Float && ${y} instanceof Float`;
          // an atom (`x != nil`, `whereis(n) != :undefined`) equals only itself: atoms are interned
          const atoms = sym === "===" || sym === "!==" ? `else if (${x} instanceof Atom || ${y} instanceof Atom) ${x} = ${x} ${sym} ${y} ? TRUE : FALSE; ` : "";
          emit(`if (${both}) ${x} = ${x} ${sym} ${y} ? TRUE : FALSE; ${atoms}else if (${floats}) ${x} = ${x}.value ${sym} ${y}.value ? TRUE : FALSE; else ${slow}`);
        }
        break;
      }
      default:
        // instructions left to the interpreter (analyze.ts: leftToInterpreter)
        emit(stopBefore(i));
    }
    if (op === Op.guard_begin) guardHandler = a;
    else if (op === Op.guard_end) guardHandler = -1;
    if (wrap) {
      if (body.length === before) body.pop();
      else emit(`${GUARD_CATCH}${guardHandler}`);
    }
  }

  const decl = [
    ...range(resume ? 0 : f.arity, nlocals, (k) => (resume ? `l${k} = st_[bp_ + ${k}]` : `l${k}`)),
    ...range(0, plan.maxDepth + 1, S), ...range(0, temps, (k) => `t${k}`), ...[...lazySlots].map((k) => `o${k} = 0`),
    ...[...appendSlots].map((k) => `n${k}`), ...[...appendVars].map((k) => `a${k}`),
    "r", "x", "y", "z", "jf", "ev", `pc = ${resume ? "rpc_" : f.entry}`,
  ];
  if (plan.usesTry) decl.push("tr = -1");
  // (the exit call's state is set on every way there but the warm-up's, whose exits read none of it)
  // (no values: an initial value is a store on every call in V8's first tiers; a stop without a
  // fun's captured values leaves ev_ undefined)
  if (!resume) decl.push("q_", "cv_", "cfi_", "ev_");
  // a compiled function's first parameter is its depth, the JS stack slots of the compiled
  // activations below it (0 for one the interpreter calls, or a resume entry): a call that would
  // take it past STACK_SLOTS stops instead. A parameter, not a count in R: V8's code before it
  // optimises a function makes a call for every property read or written, and the count cost five
  // of them per call
  const params = resume ? "st_, bp_, rpc_" : ["dp", ...range(0, f.arity, (k) => `l${k}`)].join(", ");
  if (resume) decl.push("dp = 0");
  // a resume entry takes the frame's operands at the pc it starts from
  // (inside a try, it takes over the frame's handlers from the process: its records give them back)
  const insnAt = new Map(plan.insns.map((i) => [i.pc, i]));
  const takeOver = (pc: number) => {
    const t = insnAt.get(pc)!.tries.labels;
    return t.length === 0 ? "" : ` tr = ${t[t.length - 1]}; takeHandlers(${t.length});`;
  };
  const operandsAt = resume
    ? `switch (rpc_) {\n${[...resumeAt].map(([pc, depth]) => `case ${pc}: ${range(0, depth, (k) => `s${k} = st_[bp_ + ${nlocals + k}];`).join(" ")}${takeOver(pc)} break;`).join("\n")}\n}\n`
    : "";
  // an exception inside a try stops here with the frame its handler needs (the operands below the
  // innermost try); anything else leaves this activation's frame for the stack trace
  const tryStops = plan.insns.filter((i) => i.op === Op.try).map((i) => {
    tries = { labels: [...i.tries.labels, i.a], depths: [...i.tries.depths, i.depth], key: "" };
    return `case ${i.a}: return stopForFault(e_, V, ${fi}, pc, ${vals(i.depth)});`;
  });
  const catchTry = tryStops.length === 0 ? "" : `if (tr >= 0 && (e_ instanceof EE || e_ instanceof RangeError)) switch (tr) { ${tryStops.join(" ")} }\n`;
  const fault = `${catchTry}if (pc >= 0) faultRecord(V, ${fi}, pc); throw e_;`;
  const fell = `throw new Error("beamlet jit: fell through ${v.module.name} function ${fi}");`;
  let loop: string;
  if (!resume && !backward && plan.insns[0].pc === f.entry && targets.size <= MAX_LABELS) {
    // forward jumps only: each target closes a labelled block opened at the top, so a jump is a
    // break to just before its target and V8 sees plain structured code (no dispatch loop)
    const open = [...targets].sort((x, y) => y - x).map((t) => `L${t}: {`);
    const lines = body.map((l) => {
      if (l.startsWith(LEADER)) return targets.has(Number(l.slice(LEADER.length))) ? "}" : "";
      if (l === GUARD_TRY) return "try {";
      if (l.startsWith(SWITCH_ONLY)) return "";
      if (l.startsWith(GUARD_CATCH)) return `} catch (e_) { if (e_ instanceof EE) break L${l.slice(GUARD_CATCH.length)}; throw e_; }`;
      return l.replaceAll(SELF_LOOP, "continue top;").replace(JUMPS, (_, t) => `break L${t};`);
    });
    const inner = `${open.join(" ")}\n${lines.join("\n")}\n${fell}`;
    loop = `try { ${selfLoop ? `top: for (;;) {\n${inner}\n}` : inner} } catch (e_) { ${fault} }`;
  } else {
    // a backward jump (a receive's loop): the blocks are the cases of a switch inside a loop
    decl.push(`b = ${resume ? "rpc_" : f.entry}`);
    if (plan.usesGuards) decl.push("hb = -1");
    const lines = body.map((l) => {
      if (l.startsWith(LEADER)) return `case ${l.slice(LEADER.length)}:`;
      if (l === GUARD_TRY || l.startsWith(GUARD_CATCH)) return "";
      if (l.startsWith(SWITCH_ONLY)) return l.slice(SWITCH_ONLY.length);
      return l.replaceAll(SELF_LOOP, `b = ${f.entry}; continue;`).replace(JUMPS, (_, t) => `b = ${t}; continue;`);
    });
    // every block ends in a jump, a return or a stop: reaching the end is a JIT bug, never a loop
    const sw = `switch (b) {\n${lines.join("\n")}\n}\n${fell}`;
    loop = plan.usesGuards
      ? `for (;;) { try {\n${sw}\n} catch (e_) { if (hb >= 0 && e_ instanceof EE) { b = hb; hb = -1; continue; } ${fault} } }`
      : `try { for (;;) {\n${sw}\n} } catch (e_) { ${fault} }`;
  }
  if (!resume) {
    // the one exit call of the stops a slice's end takes (exitStop, R.exit); a call without
    // arguments (the warm-up's, compile.ts): straight there
    const all = [...locals, ...range(0, plan.maxDepth + 1, S)].join(", ");
    loop = `X_: { if (dp === undefined) break X_;\n${loop}\n}\nreturn R.exit(${exitTable}[q_], V, ${fi}, ${nlocals}, cv_, cfi_, ev_, ${all});`;
  }
  // (`var`, not `let`: a `let` without a value is still set to undefined on every call, a cost
  // in V8's interpreter and baseline code, which run each function before it is optimised)
  const slots = frameSlots(decl.length, resume ? 3 : f.arity + 1, nlocals + plan.maxDepth + 1);
  const source = `function ${resume ? "r" : "f"}${fi}(${params}) {\nvar ${decl.join(", ")};\n${operandsAt}${loop}\n}`;
  return source.replaceAll(CALLEE_DEPTH, `dp + ${slots}`).replaceAll(STOP_DEPTH, String(STACK_SLOTS - slots));
}
