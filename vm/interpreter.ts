// The interpreter loop: runs one process for up to `budget` reductions. Hot state (code, pc, sp,
// bp, stack) lives in locals and is written back around anything that can switch process, call
// out, or raise.
import { Op } from "../compiler/opcodes.ts";
import {
  Atom, Bin, Cons, ExtFun, Float, Fun, NIL, Term, Tuple, atom, isMap, tuple, list, FALSE, TRUE, NIL_ATOM, MapLike,
} from "./terms.ts";
import { EMPTY_MAP, mapFromEntries, mapOfPuts, replaceExisting } from "./map.ts";
import { ErlangError, raise, exception, badApplyTarget, TailDrop } from "./errors.ts";
import { callLast, staticTailDrop } from "./tail_calls.ts";
import { match, Pat } from "./patterns.ts";
import { buildBinary, segmentValueCount, BinSpecs } from "./binary_build.ts";
import { smallIntOp, floatOp, operatorSlow, bifWithoutFrame } from "./operators.ts";
import { HANDLER_INTS, Process, STACK_HEADROOM, type StackLimits } from "./process.ts";
import type { CodeServer } from "./code_server.ts";
import { usesModule } from "./loaded_modules.ts";
import { Fused } from "./superinstructions.ts";
import type { ModuleVersion, ImportSlot } from "./module.ts";
import { TailCall, EmptyStackCall, Halt, ProcessKilled, YIELD_AND_RETRY, Directive, AwaitHost, HostWaitNeeded, type CallBy } from "./calls.ts";
import type { BifContext, BifFn } from "./bifs/registry.ts";
import type { Node } from "./node.ts";
import { displayName, stacktraceBelowCallee, stacktraceOf, withLocationInfo } from "./stacktrace.ts";
import { purgedFunCode } from "./fun_code.ts";
import { envOf } from "./fun_env.ts";
import { inspect } from "./inspect.ts";
import { compileFunction, resumeEntry, type ResumeEntry } from "./jit/compile.ts";
import { R, SUSPEND, Stop, resetRun, saveRun, restoreRun, jitStats, redsLeft } from "./jit/runtime.ts";
import { layOutRecords } from "./jit/layout.ts";
import { MfaCache, resolveMfa } from "./mfa_cache.ts";

type CompiledCode = (...args: Term[]) => Term | object;
type ResumeFn = ResumeEntry["run"];

export type RunResult = "yield" | "wait" | "exit";

const A_BADMATCH = atom("badmatch");
const A_INFINITY = atom("infinity");
const A_FUNCTION_CLAUSE = atom("function_clause");
const A_UNDEF = atom("undef");
const A_ERROR = atom("error");
const A_EXIT = atom("exit");
const A_THROW = atom("throw");
const A_BADFUN = atom("badfun");
const A_BADARITY = atom("badarity");
const A_BADKEY = atom("badkey");
const A_BADMAP = atom("badmap");
const A_NORMAL = atom("normal");
const A_ERLANG = atom("erlang");
/** the :erlang operators whose failure puts {:erlang, op, args, []} on top of the stack trace */
const A_BADARG = atom("badarg");
const A_SYSTEM_LIMIT = atom("system_limit");
const A_TIMEOUT_VALUE = atom("timeout_value");

// Why the dispatch loop stopped, besides an instruction that calls out (its opcode is the reason)
const X_YIELD = -1; // reductions ran out (or a BIF asked for a yield)
const X_EXIT = -2; // the process's first frame returned
const X_DIRECTIVE = -3; // a BIF returned a Directive or blocked or ended the process
const X_JIT = -4; // the function just entered has compiled code: run it from the loop's head
const X_FAULT = -5; // an instruction raised (dispatch stopped with the exception in xErr)

export class Interpreter {
  constructor(readonly node: Node) {}

  /**
   * Run p for up to `budget` reductions. The registers (version, code, literals, stack, pc, sp,
   * bp, fn) live in locals while instructions run and in the process otherwise. They are written
   * back in exactly two places, as Lua's Protect and Wren's STORE_FRAME do: the fault path (every
   * raise, whichever instruction threw) and the call tail (every instruction that calls out of
   * the loop: calls through the code server, funs, a BIF's directive, receive waits, yields).
   * After either, the loop reloads them from the process. A BIF observes the process (its stack
   * trace, current function), so its call publishes them first.
   */
  run(p: Process, budget: number): RunResult {
    const node = this.node;
    const ctx = p.ctx ?? (p.ctx = node.contextFor(p));
    const codeServer = node.code;
    const limits = node.stackLimits;
    let reds = budget;
    let afterBail = false;
    const resumed = this.resumeParked(p);
    if (resumed !== null) return resumed;
    p.wroteInSlice = false;
    if (p.deferredExit !== undefined) {
      // its code ended while it waited (endsLater): it ends now
      const value = p.deferredExit;
      p.deferredExit = undefined;
      p.sp = 0;
      node.processExit(p, A_NORMAL, value);
      return "exit";
    }
    for (;;) {
      // a function at its entry with compiled code runs compiled, unless compiled code just
      // stopped before the instruction there to leave it to the interpreter
      if (afterBail) afterBail = false;
      else if (p.version.jitFns !== null) {
        const v = p.version, fn = p.fn, fns = v.jitFns!;
        let jf: CompiledCode | undefined;
        let resumePc = -1;
        if (p.pc === v.functions[fn].entry) {
          if (fns[fn] !== undefined || (--v.jitCounts![fn] <= 0 && compileFunction(v, fn))) jf = fns[fn];
        } else if (fns[fn] !== undefined) {
          // a frame of a compiled function after a call: on in compiled code from there
          const re = resumeEntry(v, fn);
          if (re !== null && re.at.has(p.pc)) {
            jf = re.run as unknown as CompiledCode;
            resumePc = p.pc;
          }
        }
        if (jf !== undefined) {
          const r = this.runCompiled(p, jf, reds, resumePc, budget);
          // (the reductions of a run that ends here are counted in runCompiled: a call that runs
          // first when the first slice ends in compiled code would deoptimise this loop in V8; and
          // the loads below run after every run, so that V8 has seen them when the first run
          // that does not end the slice comes)
          reds = this.reds;
          afterBail = this.bailed;
          if (r !== null) return r;
          continue;
        }
      }
      const v = p.version;
      const exit = this.dispatch(p, ctx, reds, v, v.xcode, v.literals, p.stack, p.pc, p.sp, p.bp, p.fn, p.frameVersions, p.frameInts, p.handlers, codeServer, limits);
      reds = this.reds;
      if (exit === X_FAULT) {
        // the fault path: every raise in the loop lands here with the registers saved
        const e = this.xErr;
        this.xErr = undefined;
        const r = this.fault(p, e);
        if (r !== null) return this.spent(p, budget - reds, r);
        continue;
      }

      // the call tail: the registers are back in the process; the call works on it
      const xTerm = this.xTerm, xN = this.xN, xDirective = this.xDirective;
      this.xTerm = NIL;
      this.xDirective = null;
      try {
        let counts = true; // the call costs a reduction
        switch (exit) {
          case X_JIT:
            continue;
          case X_YIELD:
            return this.spent(p, budget - reds, "yield");
          case X_EXIT:
            if (this.endsLater(p, xTerm)) {
              p.yieldRequested = false;
              return this.spent(p, budget - reds, "yield");
            }
            p.sp = 0;
            node.processExit(p, A_NORMAL, xTerm);
            return this.spent(p, budget - reds, "exit");
          case X_DIRECTIVE: {
            const op = p.version.xcode[p.pc - 2];
            if (xDirective === YIELD_AND_RETRY) {
              // run the others first, then this same call again (its arguments are still there)
              p.retried = true;
              p.pc -= 2;
              p.sp += xN;
              return this.spent(p, budget - reds, "yield");
            }
            // the BIF blocked or ended this process (a receive-like wait, exit/1 on self)
            if (p.status === "waiting") return this.spent(p, budget - reds, "wait");
            if (p.status === "exiting" || p.status === "exited") return this.spent(p, budget - reds, "exit");
            counts = op !== Op.bif && op !== Op.bif_nf;
            if (xDirective instanceof Directive) this.callOut(p, xDirective as TailCall | Halt, op === Op.tail_ext, "import");
            break;
          }
          case Op.call_ext:
          case Op.tail_ext: {
            const imp = this.xImp!;
            this.xImp = null;
            const target = this.resolveImport(imp);
            if (target === null) this.callMfa(p, imp.moduleAtom, imp.nameAtom, imp.def.arity, exit === Op.tail_ext, "import");
            else this.enter(p, target[0], target[1], imp.def.arity, exit === Op.tail_ext);
            break;
          }
          case Op.call_dyn:
          case Op.tail_dyn:
            this.callMfa(p, xTerm as Atom, this.xName, xN, exit === Op.tail_dyn);
            break;
          case Op.call_fun:
          case Op.tail_fun:
            this.callFun(p, xTerm, xN, exit === Op.tail_fun);
            break;
          case Op.field:
            counts = false;
            // `mod.name` (no parentheses) followed by a return is a tail call, as the BEAM's
            // `V:name()` in the last clause of Elixir's case on the receiver: no frame for the caller
            this.callMfa(p, xTerm as Atom, this.xName, 0, p.version.xcode[p.pc] === Op.return);
            break;
          case Op.recv_wait:
            p.timeoutPc = xN;
            node.waitForMessage(p, xTerm === A_INFINITY ? null : (xTerm as number));
            return this.spent(p, budget - reds, "wait");
        }
        if (p.status === "exited") return this.spent(p, budget - reds, "exit");
        if (p.status === "waiting") return this.spent(p, budget - reds, "wait"); // (AwaitHost)
        if (p.redsCap >= 0) { if (reds > p.redsCap) reds = p.redsCap; p.redsCap = -1; }
        if ((counts && --reds <= 0) || p.yieldRequested) {
          p.yieldRequested = false;
          return this.spent(p, budget - reds, "yield");
        }
      } catch (e) {
        const r = this.fault(p, e);
        if (r !== null) return this.spent(p, budget - reds, r);
      }
    }
  }

  /**
   * The dispatch loop: runs instructions from the registers given until one that leaves the loop
   * (a call out, a yield, the end, a raise), then writes the registers back to p and answers why
   * (X_* or the opcode; its operands in xTerm/xImp/xName/xN/xDirective, the raise in xErr, the
   * reductions left in reds). Apart from run: V8 optimises this loop on its own, so the cold paths
   * of run (its head, the call tail, the fault path), which a first slice usually reaches only
   * after V8 has optimised the loop, deoptimise and recompile the small run rather than this; and
   * the registers come in as arguments, which need no type feedback where V8 has none (the first
   * call, before V8 gave the function a feedback vector).
   */
  private dispatch(
    p: Process, ctx: BifContext, reds: number, version: ModuleVersion, code: Int32Array, lits: unknown[], stack: Term[],
    pc: number, sp: number, bp: number, fn: number, fvs: ModuleVersion[], fis: number[], hs: number[],
    codeServer: CodeServer, limits: StackLimits,
  ): number {
    // the instruction the call tail completes, and its operands
    let exit = 0;
    let xImp: ImportSlot | null = null;
    let xTerm: Term = NIL;
    let xName: Atom = A_UNDEF;
    let xN = 0;
    let xDirective: unknown = null;
    let err: unknown = undefined;
    try {
      dispatch: for (;;) {
        const op = code[pc++];
        switch (op) {
          case Op.push_lit:
            stack[sp++] = lits[code[pc++]] as Term;
            break;
          case Op.push_local:
            stack[sp++] = stack[bp + code[pc++]];
            break;
          case Op.store_local:
            stack[bp + code[pc++]] = stack[--sp];
            break;
          case Op.pop:
            sp--;
            break;
          case Op.dup:
            stack[sp] = stack[sp - 1];
            sp++;
            break;
          case Op.swap: {
            const t = stack[sp - 1];
            stack[sp - 1] = stack[sp - 2];
            stack[sp - 2] = t;
            break;
          }
          case Op.match: {
            const pat = lits[code[pc++]] as Pat;
            const target = code[pc++];
            if (!match(pat, stack[--sp], stack, bp)) pc = target;
            break;
          }
          case Op.match_or_badmatch: {
            const pat = lits[code[pc++]] as Pat;
            const v = stack[sp - 1];
            if (!match(pat, v, stack, bp)) raise(tuple(A_BADMATCH, v));
            break;
          }
          case Op.jump: {
            const target = code[pc];
            // a backward jump (a receive loop) costs a reduction: no loop holds the scheduler
            if (target < pc && --reds <= 0) {
              pc = target;
              exit = X_YIELD;
              break dispatch;
            }
            pc = target;
            break;
          }
          case Op.jump_unless_truthy: {
            const v = stack[--sp];
            if (v === FALSE || v === NIL_ATOM) pc = code[pc];
            else pc++;
            break;
          }
          case Op.jump_unless_true: {
            if (stack[--sp] !== TRUE) pc = code[pc];
            else pc++;
            break;
          }
          case Op.call_local:
          case Op.tail_local: {
            const fi = code[pc++];
            const argc = code[pc++];
            const f = version.functions[fi];
            if (op === Op.call_local) {
              if (fvs.length >= limits.frames || sp >= limits.slots) raise(A_SYSTEM_LIMIT);
              fvs.push(version);
              fis.push(pc, bp, fn);
              bp = sp - argc;
            } else {
              const base = sp - argc;
              for (let i = 0; i < argc; i++) stack[bp + i] = stack[base + i];
            }
            sp = bp + f.nlocals;
            if (sp + STACK_HEADROOM > stack.length) {
              p.ensureStack(sp + STACK_HEADROOM, sp);
              stack = p.stack;
            }
            pc = f.entry;
            fn = fi;
            if (--reds <= 0) {
              exit = X_YIELD;
              break dispatch;
            }
            // a compiled function runs from the loop's head (runCompiled)
            if (version.jitFns !== null && (version.jitFns[fi] !== undefined || (--version.jitCounts![fi] <= 0 && compileFunction(version, fi)))) {
              exit = X_JIT;
              break dispatch;
            }
            break;
          }
          case Fused.return_local:
          case Fused.return_lit:
            stack[sp++] = op === Fused.return_local ? stack[bp + code[pc]] : (lits[code[pc]] as Term);
          // falls through: the return itself
          case Op.return: {
            const result = stack[sp - 1];
            if (fvs.length === 0) {
              xTerm = result;
              exit = X_EXIT;
              break dispatch;
            }
            sp = bp;
            stack[sp++] = result;
            fn = fis.pop()!;
            bp = fis.pop()!;
            pc = fis.pop()!;
            const v = fvs.pop()!;
            if (v !== version) {
              version = v;
              code = v.xcode;
              lits = v.literals;
            }
            break;
          }
          case Op.bif:
          case Op.bif_nf:
          case Op.call_ext:
          case Op.tail_ext:
          case Op.call_fun:
          case Op.tail_fun: {
            // the callee: a fun's code, or an import's (a BIF is called right here)
            let v: ModuleVersion;
            let fi: number;
            let argc: number;
            if (op === Op.call_fun || op === Op.tail_fun) {
              argc = code[pc++];
              const fun = stack[--sp];
              if (!(fun instanceof Fun) || fun.arity !== argc || (fun.version as ModuleVersion).purged) {
                xN = argc;
                xTerm = fun;
                exit = op;
                break dispatch;
              }
              v = fun.version as ModuleVersion;
              fi = fun.index;
              const env = fun.env;
              if (sp + env.length + STACK_HEADROOM > stack.length) {
                p.ensureStack(sp + env.length + STACK_HEADROOM, sp);
                stack = p.stack;
              }
              for (let i = 0; i < env.length; i++) stack[sp++] = env[i];
              argc += env.length;
            } else {
              const imp = version.imports[code[pc++]];
              const bif = imp.bif;
              if (bif === undefined) {
                if (op === Op.bif || op === Op.bif_nf) raise(A_UNDEF);
                // the import's current version, cached until the code server's generation moves
                if (imp.cachedGeneration !== codeServer.generation || imp.cachedVersion === null) {
                  xImp = imp;
                  exit = op;
                  break dispatch;
                }
                v = imp.cachedVersion;
                fi = imp.cachedFunction;
                argc = imp.def.arity;
              } else {
                const n = imp.def.arity;
                // its direct form's answer, when it has one (registry.ts defineDirect), as compiled code calls it
                const d = op === Op.call_ext || op === Op.tail_ext ? bif.direct : undefined;
                let r: ReturnType<BifFn> | undefined = d === undefined ? undefined : n === 1 ? d(stack[sp - 1], ctx) : n === 2 ? d(stack[sp - 2], stack[sp - 1], ctx) : n === 3 ? d(stack[sp - 3], stack[sp - 2], stack[sp - 1], ctx) : undefined;
                if (r !== undefined) sp -= n;
                else {
                  const args = new Array<Term>(n);
                  for (let i = 0; i < n; i++) args[i] = stack[sp - n + i];
                  sp -= n;
                  // a BIF observes the process (stack trace, current function): publish the registers
                  p.pc = pc; p.sp = sp; p.bp = bp; p.fn = fn; p.version = version;
                  r = op === Op.bif_nf ? bifWithoutFrame(bif.fn, args, ctx)
                    : op === Op.tail_ext && bif.codeOnBeam ? callLast(bif.fn, args, ctx, TailDrop.Framed)
                    : bif.fn(args, ctx);
                  p.retried = false;
                  if (r instanceof Directive || p.status !== "running") {
                    xDirective = r;
                    xN = n;
                    exit = X_DIRECTIVE;
                    break dispatch;
                  }
                }
                stack[sp++] = r as Term;
                if (op === Op.tail_ext) {
                  // the BIF's value is this function's: return it
                  if (fvs.length === 0) {
                    xTerm = r;
                    exit = X_EXIT;
                    break dispatch;
                  }
                  sp = bp;
                  stack[sp++] = r;
                  fn = fis.pop()!;
                  bp = fis.pop()!;
                  pc = fis.pop()!;
                  const rv = fvs.pop()!;
                  if (rv !== version) {
                    version = rv;
                    code = rv.xcode;
                    lits = rv.literals;
                  }
                  if (p.redsCap >= 0) { if (reds > p.redsCap) reds = p.redsCap; p.redsCap = -1; }
                  if (--reds <= 0 || p.yieldRequested) {
                    p.yieldRequested = false;
                    exit = X_YIELD;
                    break dispatch;
                  }
                  break;
                }
                if (p.redsCap >= 0) { if (reds > p.redsCap) reds = p.redsCap; p.redsCap = -1; }
                if ((op === Op.call_ext && --reds <= 0) || p.yieldRequested) {
                  p.yieldRequested = false;
                  exit = X_YIELD;
                  break dispatch;
                }
                break;
              }
            }
            // enter function fi of version v with its argc arguments on top of the stack
            const f = v.functions[fi];
            if (op === Op.call_ext || op === Op.call_fun) {
              if (fvs.length >= limits.frames || sp >= limits.slots) raise(A_SYSTEM_LIMIT);
              fvs.push(version);
              fis.push(pc, bp, fn);
              bp = sp - argc;
            } else {
              const base = sp - argc;
              for (let i = 0; i < argc; i++) stack[bp + i] = stack[base + i];
            }
            sp = bp + f.nlocals;
            if (sp + STACK_HEADROOM > stack.length) {
              p.ensureStack(sp + STACK_HEADROOM, sp);
              stack = p.stack;
            }
            pc = f.entry;
            fn = fi;
            // (whether or not the version changes: a branch that only a call into another module
            // takes has no type feedback when V8 optimises this loop, and its first run would
            // throw the optimised loop out)
            version = v;
            code = v.xcode;
            lits = v.literals;
            if (--reds <= 0 || p.yieldRequested) {
              p.yieldRequested = false;
              exit = X_YIELD;
              break dispatch;
            }
            if (v.jitFns !== null && (v.jitFns[fi] !== undefined || (--v.jitCounts![fi] <= 0 && compileFunction(v, fi)))) {
              exit = X_JIT;
              break dispatch;
            }
            break;
          }
          case Op.add: case Op.sub: case Op.mul: case Op.lt: case Op.le: case Op.gt: case Op.ge:
          case Op.eq: case Op.ne: case Op.eeq: case Op.ene: case Op.add_nf: case Op.sub_nf: {
            const b = stack[sp - 1], a = stack[sp - 2];
            let r = typeof a === "number" && typeof b === "number" ? smallIntOp(op, a, b) : floatOp(op, a, b);
            if (r !== undefined) {
              pc++;
              stack[sp - 2] = r;
              sp--;
              break;
            }
            r = operatorSlow(op, version.imports[code[pc++]], a, b, ctx);
            sp -= 2;
            if (r instanceof Directive) {
              // a long product computed by the host (vm/big_work.ts): p waits for it, as for a BIF's
              xDirective = r;
              xN = 2;
              exit = X_DIRECTIVE;
              break dispatch;
            }
            stack[sp++] = r;
            break;
          }
          case Fused.arith_local_lit:
          case Fused.arith_local_local: {
            const a = stack[bp + code[pc]];
            const b = op === Fused.arith_local_lit ? (lits[code[pc + 2]] as Term) : stack[bp + code[pc + 2]];
            if (typeof a === "number" && typeof b === "number") {
              const r = smallIntOp(code[pc + 3], a, b);
              if (r !== undefined) {
                stack[sp++] = r;
                pc += 5;
                break;
              }
            }
            // the general case: push both and go on with the operator instruction itself
            stack[sp++] = a;
            stack[sp++] = b;
            pc += 3;
            break;
          }
          case Fused.local_local:
            stack[sp++] = stack[bp + code[pc]];
            stack[sp++] = stack[bp + code[pc + 2]];
            pc += 3;
            break;
          case Fused.local_lit:
            stack[sp++] = stack[bp + code[pc]];
            stack[sp++] = lits[code[pc + 2]] as Term;
            pc += 3;
            break;
          case Fused.match_local_ident:
            if (stack[bp + code[pc]] !== (lits[code[pc + 2]] as { v: Term }).v) pc = code[pc + 3];
            else pc += 4;
            break;
          case Fused.match_local:
            if (!match(lits[code[pc + 2]] as Pat, stack[bp + code[pc]], stack, bp)) pc = code[pc + 3];
            else pc += 4;
            break;
          case Op.call_dyn:
          case Op.tail_dyn: {
            xName = lits[code[pc++]] as Atom;
            const n = code[pc++];
            xTerm = stack[sp - n - 1];
            for (let i = sp - n - 1; i < sp - 1; i++) stack[i] = stack[i + 1];
            sp--;
            if (!(xTerm instanceof Atom)) {
              const callArgs = stack.slice(sp - n, sp);
              sp -= n;
              badApplyTarget(xTerm, xName, callArgs);
            }
            xN = n;
            exit = op;
            break dispatch;
          }
          case Op.make_fun: {
            const fi = code[pc++];
            const nfree = code[pc++];
            const env = envOf(stack, sp - nfree, nfree);
            sp -= nfree;
            const f = version.functions[fi];
            stack[sp++] = new Fun(version, fi, f.arity - nfree, env, version.module, f.name, version.funUniq, p.pid);
            break;
          }
          case Op.make_ext_fun: {
            const imp = version.imports[code[pc++]];
            stack[sp++] = new ExtFun(imp.moduleAtom, imp.nameAtom, imp.def.arity);
            break;
          }
          case Op.make_tuple: {
            const n = code[pc++];
            const items = new Array<Term>(n);
            for (let i = 0; i < n; i++) items[i] = stack[sp - n + i];
            sp -= n;
            stack[sp++] = new Tuple(items);
            break;
          }
          case Op.make_list: {
            const n = code[pc++];
            let l = stack[--sp];
            for (let i = 1; i <= n; i++) l = new Cons(stack[sp - i], l);
            sp -= n;
            stack[sp++] = l;
            break;
          }
          case Op.make_map: {
            const n = code[pc++];
            const m = mapOfPuts(stack, sp - 2 * n, n);
            sp -= 2 * n;
            stack[sp++] = m;
            break;
          }
          case Op.map_update: {
            const n = code[pc++];
            let m = stack[sp - 2 * n - 1];
            if (!isMap(m)) raise(tuple(A_BADMAP, m));
            for (let i = 0; i < n; i++) {
              const k = stack[sp - 2 * n + 2 * i];
              m = replaceExisting(m as MapLike, k, stack[sp - 2 * n + 2 * i + 1]) ?? raise(tuple(A_BADKEY, k));
            }
            sp -= 2 * n + 1;
            stack[sp++] = m;
            break;
          }
          case Op.make_bin: {
            const specs = lits[code[pc++]] as BinSpecs;
            const base = sp - segmentValueCount(specs);
            const b = buildBinary(specs, stack, base);
            sp = base;
            stack[sp++] = b;
            break;
          }
          case Op.try:
            if (hs.length >= limits.handlerInts) raise(A_SYSTEM_LIMIT);
            hs.push(fvs.length, sp, code[pc++], 0);
            break;
          case Op.guard_begin:
            hs.push(fvs.length, sp, code[pc++], 1);
            break;
          case Op.try_end:
          case Op.guard_end:
            // HANDLER_INTS pops (setting the length is a runtime call in V8, several times slower)
            hs.pop(); hs.pop(); hs.pop(); hs.pop();
            break;
          case Op.raise: {
            const st = stack[--sp];
            const reason = stack[--sp];
            const kind = stack[--sp];
            // as erlang:raise/3: a class other than error/exit/throw is badarg
            if (kind !== A_ERROR && kind !== A_EXIT && kind !== A_THROW) raise(A_BADARG);
            const e = new ErlangError((kind as Atom).name as "error" | "exit" | "throw", reason);
            e.stacktrace = st;
            throw e;
          }
          case Op.raise_error: {
            const tag = lits[code[pc++]] as Atom;
            const v = stack[--sp];
            raise(tuple(tag, v));
          }
          case Op.func_info: {
            const n = code[pc++];
            const e = new ErlangError("error", A_FUNCTION_CLAUSE);
            e.topArgs = stack.slice(bp, bp + n);
            throw e;
          }
          case Op.field: {
            const key = lits[code[pc++]] as Atom;
            const t = stack[sp - 1];
            if (isMap(t)) {
              const v = t.get(key);
              if (v === undefined) raise(tuple(A_BADKEY, key, t));
              stack[sp - 1] = v;
              break;
            }
            // Elixir 1.14 raises {:badkey, key, term} for anything else, nil and booleans included
            // (KeyError: "... make sure the left-hand side of the dot is a map")
            if (!(t instanceof Atom) || t === NIL_ATOM || t === TRUE || t === FALSE) raise(tuple(A_BADKEY, key, t));
            // Mod.fun with no parentheses: a call
            sp--;
            xTerm = t;
            xName = key;
            exit = op;
            break dispatch;
          }
          case Op.recv_peek: {
            const target = code[pc++];
            if (p.recvCursor < p.mailbox.length) stack[sp++] = p.mailbox.at(p.recvCursor);
            else pc = target;
            break;
          }
          case Op.recv_next:
            p.recvCursor++;
            break;
          case Op.recv_accept:
            p.mailbox.removeAt(p.recvCursor);
            p.recvCursor = 0;
            if (p.timer) { p.timer.cancel(); p.timer = null; }
            break;
          case Op.recv_timeout:
            p.recvCursor = 0;
            break;
          case Op.recv_wait: {
            const target = code[pc++];
            const timeout = stack[--sp];
            if (timeout !== A_INFINITY && (typeof timeout !== "number" || timeout < 0)) raise(A_TIMEOUT_VALUE); // OTP 25: the bare atom, without the value
            if (timeout === 0) {
              pc = target;
              break;
            }
            xTerm = timeout;
            xN = target;
            exit = op;
            break dispatch;
          }
          default:
            throw new Error(`bad opcode ${op} at ${pc - 1} in ${version.module.name}`);
        }
      }
    } catch (e) {
      // (only locals here: code that no run has reached yet has no type feedback, and an
      // optimised loop would be thrown out the first time it ran)
      err = e;
      exit = X_FAULT;
    }
    // the one place the registers go back to the process
    p.pc = pc; p.sp = sp; p.bp = bp; p.fn = fn; p.version = version;
    this.reds = reds;
    this.xImp = xImp;
    this.xTerm = xTerm;
    this.xName = xName;
    this.xN = xN;
    this.xDirective = xDirective;
    this.xErr = err;
    return exit;
  }


  // the operands of the instruction dispatch stopped at (see dispatch)
  private xImp: ImportSlot | null = null;
  private xTerm: Term = NIL;
  private xName: Atom = A_UNDEF;
  private xN = 0;
  private xDirective: unknown = null;
  private xErr: unknown = undefined;

  /**
   * p waited for the host (AwaitHost) and is scheduled again: it makes the call it waited to make.
   * Null: p goes on in the loop (the call's value is on its stack, or it entered the callee).
   */
  private resumeParked(p: Process): RunResult | null {
    const parked = this.node.takeParked(p);
    if (parked === undefined || parked.retry === null) return null;
    try {
      // the call again, made as the first was (a static call keeps its caller's frame as it would have)
      const r = parked.retry;
      if (r.name !== null && r.target instanceof Atom) {
        p.ensureStack(p.sp + r.args.length + STACK_HEADROOM);
        for (const a of r.args) p.stack[p.sp++] = a;
        this.callMfa(p, r.target, r.name, r.args.length, parked.tail, parked.by);
      } else this.callOut(p, r, parked.tail);
    } catch (e) {
      return this.fault(p, e);
    }
    if ((p.status as string) === "waiting") return "wait";
    if ((p.status as string) === "exited") return "exit";
    return null;
  }

  /** p used n reductions of its slice (Process.info's :reductions) */
  private spent(p: Process, n: number, r: RunResult): RunResult {
    p.reductions += n > 0 ? n : 0;
    return r;
  }

  /** targets of calls by name */
  private readonly mfaCache = new MfaCache();

  /** reductions left after runCompiled */
  private reds = 0;
  /** runCompiled stopped before an instruction it leaves to the interpreter */
  private bailed = false;

  /**
   * Run the compiled code of the function p is at the entry of (its reduction counted), then
   * hand p back to the interpreter: with the function's value returned, or with the frames the
   * compiled activations left when they stopped. Null: the interpreter goes on with p.
   */
  private runCompiled(p: Process, jf: CompiledCode, reds: number, resumePc: number, budget: number): RunResult | null {
    // a BIF of compiled code may run another process to its end (Node.callSync: macros at compile
    // time): that run must leave the outer one's state as it found it
    const outer = R.running ? saveRun() : null;
    R.running = true;
    try {
      const r = this.runCompiledCode(p, jf, reds, resumePc);
      return r === null ? null : this.spent(p, budget - this.reds, r);
    } finally {
      if (outer !== null) restoreRun(outer);
      else R.running = false;
    }
  }

  /** resumePc >= 0: jf is a resume entry, for p's frame standing at resumePc */
  private runCompiledCode(p: Process, jf: CompiledCode, reds: number, resumePc: number): RunResult | null {
    let bp = p.bp, v = p.version, fn = p.fn, pc = p.pc;
    resetRun(p, reds, this.node.code, this.node.sliceReductions, this.node.sliceExtender);
    this.bailed = false;
    for (;;) {
      const s = p.stack;
      let r: Term | object;
      try {
        if (resumePc >= 0) {
          jitStats.resumes++;
          r = (jf as unknown as ResumeFn)(s, bp, resumePc);
        }
        else switch (v.functions[fn].arity) {
          // (the first argument: the depth of compiled activations below it, vm/jit/codegen.ts)
          case 0: r = jf(0); break;
          case 1: r = jf(0, s[bp]); break;
          case 2: r = jf(0, s[bp], s[bp + 1]); break;
          case 3: r = jf(0, s[bp], s[bp + 1], s[bp + 2]); break;
          case 4: r = jf(0, s[bp], s[bp + 1], s[bp + 2], s[bp + 3]); break;
          default: r = jf(0, ...s.slice(bp, bp + v.functions[fn].arity));
        }
      } catch (e) {
        this.reds = redsLeft();
        p.reductions += R.extended;
        // the frames the exception left, as the interpreter would have had them when it raised
        p.version = v; p.fn = fn; p.pc = pc;
        layOutRecords(p, bp);
        return this.fault(p, e);
      }
      this.reds = redsLeft();
      // the slices sliceOver started in place (the run's budget counts the first only)
      p.reductions += R.extended;
      R.extended = 0;
      p.version = v; p.fn = fn; p.pc = pc;
      if (r !== SUSPEND) {
        const done = this.returnFromCompiled(p, r as Term);
        if (done !== null || this.reds <= 0 || R.records.length !== 0) return done;
        // the caller's frame has a resume entry where the call returned (a frame laid out when
        // compiled code stopped, e.g. at a receive): on in compiled code with the run's state, as
        // the loop's head would after a new resetRun with the same reductions
        const nv = p.version, nfn = p.fn;
        if (nv.jitFns === null || nv.jitFns[nfn] === undefined) return null;
        const re = resumeEntry(nv, nfn);
        if (re === null || !re.at.has(p.pc)) return null;
        bp = p.bp; v = nv; fn = nfn; pc = p.pc;
        jf = re.run as unknown as CompiledCode;
        resumePc = pc;
        continue;
      }
      if (R.hasValue) {
        // it returned a value, then asked for a yield
        const value = R.value as Term;
        R.hasValue = false;
        R.value = undefined;
        return this.returnFromCompiled(p, value) ?? "yield";
      }
      layOutRecords(p, bp);
      // (compiled code recursed on the JS stack: its frames are counted once laid out)
      const limits = this.node.stackLimits;
      if (p.frameVersions.length >= limits.frames || p.sp >= limits.slots || p.handlers.length >= limits.handlerInts) {
        return this.fault(p, new ErlangError("error", A_SYSTEM_LIMIT));
      }
      switch (R.stop) {
        case Stop.Resume:
          return this.reds <= 0 ? "yield" : null;
        case Stop.Yield:
          return "yield";
        case Stop.Bail:
          this.bailed = true;
          return null;
        case Stop.Directive:
          return this.completeDirective(p);
        case Stop.Wait: {
          // as the interpreter's recv_wait, once its timeout was found valid and not 0
          const timeout = R.waitTimeout;
          R.waitTimeout = undefined;
          p.timeoutPc = R.waitLabel;
          this.node.waitForMessage(p, timeout === A_INFINITY ? null : (timeout as number));
          return "wait";
        }
        case Stop.Fault: {
          const e = R.fault;
          R.fault = undefined;
          return this.fault(p, e);
        }
      }
    }
  }

  /**
   * p's code ended with `value` in a slice where it made an io request: on the BEAM the writer
   * waits for the io server's reply, so it is still alive while the others run (a process that
   * monitors it just after its last write sees it end normally, not :noproc). It ends when it is
   * next scheduled (run). True when deferred so (p yields: yieldRequested).
   */
  private endsLater(p: Process, value: Term): boolean {
    if (!p.wroteInSlice || p.nested !== null) return false;
    p.wroteInSlice = false;
    p.deferredExit = value;
    p.yieldRequested = true;
    return true;
  }

  /** the compiled function whose frame p is at returned value */
  private returnFromCompiled(p: Process, value: Term): RunResult | null {
    if (p.frameVersions.length === 0) {
      if (this.endsLater(p, value)) {
        p.yieldRequested = false;
        return "yield";
      }
      p.sp = 0;
      this.node.processExit(p, A_NORMAL, value);
      return "exit";
    }
    p.sp = p.bp;
    p.stack[p.sp++] = value;
    p.version = p.frameVersions.pop()!;
    p.fn = p.frameInts.pop()!;
    p.bp = p.frameInts.pop()!;
    p.pc = p.frameInts.pop()!;
    return null;
  }

  /** a BIF called from compiled code handed back a directive: what the call tail does with one */
  private completeDirective(p: Process): RunResult | null {
    const d = R.directive, op = R.directiveOp, args = R.directiveArgs;
    R.directive = undefined;
    if (d === YIELD_AND_RETRY) {
      // run the others first, then this same call again, with its arguments back on the stack
      p.ensureStack(p.sp + args.length + STACK_HEADROOM);
      for (const a of args) p.stack[p.sp++] = a;
      p.retried = true;
      p.pc -= 2;
      return "yield";
    }
    if (p.status === "waiting") return "wait";
    if (p.status === "exiting" || p.status === "exited") return "exit";
    try {
      if (d instanceof Directive) this.callOut(p, d as TailCall | Halt, op === Op.tail_ext, "import");
      if ((p.status as string) === "exited") return "exit";
      if ((p.status as string) === "waiting") return "wait"; // (AwaitHost)
      if (p.redsCap >= 0) { if (this.reds > p.redsCap) this.reds = p.redsCap; p.redsCap = -1; }
      if ((op !== Op.bif && op !== Op.bif_nf && --this.reds <= 0) || p.yieldRequested) {
        p.yieldRequested = false;
        return "yield";
      }
    } catch (e) {
      return this.fault(p, e);
    }
    return null;
  }

  /**
   * The fault path: an exception in p (its registers saved) unwinds p's own stack to the
   * innermost handler, or ends p. Null: p goes on at the handler.
   */
  private fault(p: Process, e: unknown): RunResult | null {
    let err: ErlangError;
    if (e instanceof ErlangError) err = e;
    else if (e instanceof Halt) throw e;
    else if (e instanceof ProcessKilled) {
      this.node.processExit(p, e.reason, null);
      return "exit";
    } else if (e instanceof HostWaitNeeded) {
      // code the host had not fetched, needed where the process cannot wait and try again (calls
      // and the BIFs that look modules up do wait): an Elixir error, never a JS one
      void e.promise.catch(() => {});
      err = new ErlangError("error", tuple(atom("beamlet_code_not_fetched_yet"), atom(e.what ?? "unknown")));
    } else if (isHostLimitError(e)) {
      // the host's limits (JS stack, BigInt size, buffer sizes) are the BEAM's system_limit
      err = new ErlangError("error", A_SYSTEM_LIMIT);
    }
    else throw e;
    const hs = p.handlers;
    const guard = hs.length > 0 && hs[hs.length - 1] === 1;
    // a guard that raises just fails its clause: nobody sees that exception's stack trace
    if (!guard && err.stacktrace === undefined) {
      err.stacktrace = err.callee !== undefined
        ? new Cons(err.callee, stacktraceBelowCallee(p, err.topArgs, err.calleeBelow, err.tailCalled !== TailDrop.None, err.processDepth, err.raisedByEvaluator))
        : withLocationInfo(stacktraceOf(p, err.topArgs, err.reason, err.tailCalled === TailDrop.Always, err.topArgsLine, err.processDepth), err.locationInfo);
    }
    if (hs.length === 0) {
      this.node.processCrash(p, err);
      return "exit";
    }
    const at = hs.length - HANDLER_INTS;
    const depth = hs[at], hsp = hs[at + 1], hpc = hs[at + 2];
    hs.length = at;
    const fvs = p.frameVersions, fis = p.frameInts;
    while (fvs.length > depth) {
      p.version = fvs.pop()!;
      p.fn = fis.pop()!;
      p.bp = fis.pop()!;
      fis.pop();
    }
    if (p.status !== "running") p.status = "running";
    p.sp = hsp;
    p.pc = hpc;
    if (!guard) {
      p.stack[p.sp++] = atom(err.kind);
      p.stack[p.sp++] = err.reason;
      p.stack[p.sp++] = err.stacktrace ?? NIL;
    }
    return null;
  }

  /** current version and function index for an import, or null when it must go the slow way */
  private resolveImport(imp: ImportSlot): [ModuleVersion, number] | null {
    const cs = this.node.code;
    if (imp.cachedGeneration === cs.generation && imp.cachedVersion !== null) return [imp.cachedVersion, imp.cachedFunction];
    let v: ModuleVersion | undefined;
    try {
      v = cs.current(imp.moduleAtom);
    } catch (e) {
      // not fetched yet: callMfa makes the call, which waits for it
      if (e instanceof HostWaitNeeded) return null;
      throw e;
    }
    if (v === undefined) return null;
    const fi = v.exported(imp.def.name, imp.def.arity);
    if (fi < 0) return null;
    imp.cachedGeneration = cs.generation;
    imp.cachedVersion = v;
    imp.cachedFunction = fi;
    return [v, fi];
  }

  /** push a frame (unless tail) and enter function fi of version v; args are on the stack */
  enter(p: Process, v: ModuleVersion, fi: number, argc: number, tail: boolean): void {
    const f = v.functions[fi];
    // a library module's first use waits for the code server: the others run first (its code
    // runs once this process is scheduled again; vm/loaded_modules.ts)
    const cs = this.node.code;
    if ((cs.notLoadedYet.size > 0 || cs.loading.size > 0) && usesModule(cs, p, v.module)) p.yieldRequested = true;
    let bp = p.bp;
    const stack = p.stack;
    if (!tail) {
      const limits = this.node.stackLimits;
      if (p.frameVersions.length >= limits.frames || p.sp >= limits.slots) raise(A_SYSTEM_LIMIT);
      p.frameVersions.push(p.version);
      p.frameInts.push(p.pc, p.bp, p.fn);
      bp = p.sp - argc;
    } else {
      const base = p.sp - argc;
      for (let i = 0; i < argc; i++) stack[bp + i] = stack[base + i];
    }
    p.bp = bp;
    p.sp = bp + f.nlocals;
    p.ensureStack(p.sp + STACK_HEADROOM);
    p.pc = f.entry;
    p.fn = fi;
    p.version = v;
  }

  /** leave the current frame with the value on top of the stack (after a BIF in tail position) */
  doReturn(p: Process, sp: number, bp: number): void {
    const result = p.stack[sp - 1];
    if (p.frameVersions.length === 0) {
      // (deferred: the call tail yields on p.yieldRequested)
      if (!this.endsLater(p, result)) this.node.processExit(p, A_NORMAL, result);
      return;
    }
    p.sp = bp;
    p.stack[p.sp++] = result;
    p.version = p.frameVersions.pop()!;
    p.fn = p.frameInts.pop()!;
    p.bp = p.frameInts.pop()!;
    p.pc = p.frameInts.pop()!;
  }

  /**
   * call Module.name/argc with the arguments on the stack (state in p); `by`: an import's call
   * (M.f(...) in the code), one by a name found at run time (mod.f(...), apply/3) or a capture's
   * (&M.f/n): each shows a BIF called last in its own way (vm/tail_calls.ts)
   */
  callMfa(p: Process, mod: Atom, name: Atom, argc: number, tail: boolean, by: CallBy = "name"): void {
    const node = this.node;
    let target = this.mfaCache.get(mod, name, argc, node.code.generation);
    if (target === undefined) {
      try {
        target = resolveMfa(node.code, mod, name, argc, true);
      } catch (e) {
        if (!(e instanceof HostWaitNeeded)) throw e;
        // a library module the host fetches on first use: p waits for it, as for a message,
        // then makes the call again
        const args = p.stack.slice(p.sp - argc, p.sp);
        p.sp -= argc;
        return node.park(p, e.promise, new TailCall(mod, args, name), tail, by);
      }
      if (target !== undefined) this.mfaCache.set(mod, name, argc, node.code.generation, target);
    }
    if (target !== undefined && target.v !== null) return this.enter(p, target.v, target.fi, argc, tail);
    const bif = target?.bif;
    if (bif) {
      const args = p.stack.slice(p.sp - argc, p.sp);
      p.sp -= argc;
      const ctx = p.ctx ?? (p.ctx = node.contextFor(p));
      // a failing :erlang BIF heads the stack trace with itself (apply(:erlang, :+, [1, :a]) as
      // `1 + :a` does): the BIF table's wrapper adds that frame
      const drop = !tail ? TailDrop.None : by === "fun" ? TailDrop.Always : by === "import" ? staticTailDrop(bif) : TailDrop.Framed;
      let r = drop === TailDrop.None ? bif.fn(args, ctx) : callLast(bif.fn, args, ctx, drop);
      if ((r as unknown) === YIELD_AND_RETRY) {
        p.retried = true;
        r = drop === TailDrop.None ? bif.fn(args, ctx) : callLast(bif.fn, args, ctx, drop);
      }
      p.retried = false;
      if (p.status === "waiting" || p.status === "exiting" || p.status === "exited") return;
      if (r instanceof TailCall || r instanceof Halt || r instanceof AwaitHost) return this.callOut(p, r, tail, by);
      p.stack[p.sp++] = r as Term;
      if (tail) this.doReturn(p, p.sp, p.bp);
      return;
    }
    // (no target: resolveMfa loaded the module if it could; the BEAM's error handler loads a
    // library module not loaded yet before it finds the function missing)
    node.code.loadOnFirstUse(mod);
    const v = node.code.current(mod);
    // module_info/0,1 every module has and __info__/1 every Elixir module has, answered by the
    // code server (an Erlang module has no __info__/1: calling it is undef)
    const elixirInfo = name.name === "__info__" && argc === 1 && node.code.hasElixirInfo(mod);
    if (v && ((name.name === "module_info" && argc <= 1) || elixirInfo)) {
      const arg = argc === 1 ? p.stack[p.sp - 1] : undefined;
      p.sp -= argc;
      // (called last: the caller's frame was left first, as for any remote call)
      p.stack[p.sp++] = node.code.builtinInfo(v, name.name, arg, () => stacktraceOf(p, undefined, undefined, tail));
      if (tail) this.doReturn(p, p.sp, p.bp);
      return;
    }
    // a module beamlet has only as BIFs answers them from its BIFs
    if (!v && ((name.name === "module_info" && argc <= 1) || elixirInfo)) {
      const info = node.code.bifOnlyInfo(mod, name.name, argc === 1 ? p.stack[p.sp - 1] : undefined);
      if (info !== undefined) {
        p.sp -= argc;
        p.stack[p.sp++] = info;
        if (tail) this.doReturn(p, p.sp, p.bp);
        return;
      }
    }
    const args = p.stack.slice(p.sp - argc, p.sp);
    p.sp -= argc;
    const e = new ErlangError("error", A_UNDEF);
    // (an undefined function called last: the caller's frame was left first)
    e.stacktrace = new Cons(tuple(mod, name, list(args), NIL), stacktraceBelowCallee(p, undefined, undefined, tail));
    throw e;
  }

  /** call a fun value with argc arguments on the stack */
  callFun(p: Process, fun: Term, argc: number, tail: boolean): void {
    if (fun instanceof Fun) {
      let v = fun.version as ModuleVersion;
      let fi = fun.index;
      if (fun.arity !== argc) {
        const args = p.stack.slice(p.sp - argc, p.sp);
        p.sp -= argc;
        badCall(p, tuple(A_BADARITY, tuple(fun, list(args))), tail);
      }
      if (v.purged) {
        // R10b: a fun is bound to its code, so a loaded version with the same md5 runs it
        const args = p.stack.slice(p.sp - argc, p.sp);
        p.sp -= argc;
        const found = purgedFunCode(this.node.code, fun, args, () => stacktraceBelowCallee(p, undefined, undefined, tail));
        if (found === undefined) badCall(p, tuple(A_BADFUN, fun), tail);
        ({ version: v, index: fi } = found!);
        for (const a of args) p.stack[p.sp++] = a;
      }
      const env = fun.env;
      p.ensureStack(p.sp + env.length + STACK_HEADROOM);
      for (let i = 0; i < env.length; i++) p.stack[p.sp++] = env[i];
      return this.enter(p, v, fi, argc + env.length, tail);
    }
    if (fun instanceof ExtFun) {
      if (fun.arity !== argc) {
        const args = p.stack.slice(p.sp - argc, p.sp);
        p.sp -= argc;
        badCall(p, tuple(A_BADARITY, tuple(fun, list(args))), tail);
      }
      if (fun.exportArity !== argc) {
        // (read from the external format with an arity past 255: no function has it; the frame
        // gives that arity, as UndefinedFunctionError shows it on OTP 25)
        p.sp -= argc;
        const e = new ErlangError("error", A_UNDEF);
        e.stacktrace = new Cons(tuple(fun.module, fun.name, fun.exportArity, NIL), stacktraceBelowCallee(p, undefined, undefined, tail));
        throw e;
      }
      return this.callMfa(p, fun.module, fun.name, argc, tail, "fun");
    }
    p.sp -= argc;
    badCall(p, tuple(A_BADFUN, fun), tail);
  }

  /** a BIF asked for a call in its place, or to wait for the host first (p then waits) */
  callOut(p: Process, r: TailCall | Halt | AwaitHost, tail: boolean, by: CallBy = "name"): void {
    if (r instanceof Halt) throw r;
    // (`by`: how the call that must wait was made; its retry is made the same way)
    if (r instanceof AwaitHost) return this.node.park(p, r.promise, r.retry, tail, by);
    if (r instanceof EmptyStackCall) {
      p.frameVersions.length = 0;
      p.frameInts.length = 0;
      p.handlers.length = 0;
      p.sp = 0;
      p.bp = 0;
      tail = true;
    }
    p.ensureStack(p.sp + r.args.length + STACK_HEADROOM);
    for (const a of r.args) p.stack[p.sp++] = a;
    if (r.name !== null) {
      if (!(r.target instanceof Atom)) badApplyTarget(r.target, r.name, r.args);
      return this.callMfa(p, r.target as Atom, r.name, r.args.length, tail);
    }
    return this.callFun(p, r.target, r.args.length, tail);
  }
}

/** the host's size limits (JS stack, BigInt size, buffer and string lengths): the BEAM's system_limit */
function isHostLimitError(e: unknown): boolean {
  if (e instanceof RangeError) return /call stack|BigInt size|Array buffer allocation|Invalid (typed )?array length|Invalid string length/i.test(String(e.message));
  // Node's Buffer/TextDecoder past V8's string length (code ERR_STRING_TOO_LONG)
  return e instanceof Error && (e as { code?: unknown }).code === "ERR_STRING_TOO_LONG";
}

/**
 * a fun call that fails before entering the fun (badfun, badarity): as on the BEAM, a call not in
 * tail position had set its return address already, so the caller shows twice (where it stands,
 * and where it returns to)
 */
function badCall(p: Process, reason: Term, tail: boolean): never {
  // (evaluated code's call is erl_eval's, whose frames vm/erl_eval_frames.ts gives for the reason)
  if (p.version?.compiled.evaluated) raise(reason);
  const e = new ErlangError("error", reason);
  const st = stacktraceOf(p);
  if (!tail && st instanceof Cons) {
    const frames: Term[] = [st.head, st.head];
    for (let x = st.tail; x instanceof Cons && frames.length < 8; x = x.tail) frames.push(x.head);
    e.stacktrace = list(frames);
  } else e.stacktrace = st;
  throw e;
}
