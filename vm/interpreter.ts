// The interpreter loop: runs one process for up to `budget` reductions. Hot state (code, pc, sp,
// bp, stack) lives in locals and is written back around anything that can switch process, call
// out, or raise.
import { Op } from "../compiler/opcodes.ts";
import {
  Atom, Bin, Cons, ExtFun, Fun, NIL, Term, Tuple, atom, isMap, tuple, list, FALSE, TRUE, NIL_ATOM, MapLike,
} from "./terms.ts";
import { EMPTY_MAP, mapFromEntries } from "./map.ts";
import { ErlangError, raise, exception } from "./errors.ts";
import { match, Pat } from "./patterns.ts";
import { writeSegment, SegSpec, BitWriter, bitsAfter } from "./binary.ts";
import { Frame, Handler, Process } from "./process.ts";
import type { ModuleVersion, ImportSlot } from "./module.ts";
import { TailCall, Halt, ProcessKilled, YIELD_AND_RETRY } from "./calls.ts";
import type { BifContext } from "./bifs/registry.ts";
import type { Node } from "./node.ts";
import { displayName, stacktraceOf } from "./stacktrace.ts";
import { purgedFunVersion } from "./fun_code.ts";
import { badargWithMessage } from "./bifs/util.ts";
import { inspect } from "./inspect.ts";

export type RunResult = "yield" | "wait" | "exit";

const A_BADMATCH = atom("badmatch");
const A_INFINITY = atom("infinity");
const A_FUNCTION_CLAUSE = atom("function_clause");
const A_UNDEF = atom("undef");
const A_ERROR = atom("error");
const A_BADFUN = atom("badfun");
const A_BADARITY = atom("badarity");
const A_BADKEY = atom("badkey");
const A_BADMAP = atom("badmap");
const A_MODULE = atom("module");

const SEGMENT_EXPECTS: Record<string, string> = {
  binary: "a binary", integer: "an integer", float: "a float or an integer",
  utf8: "a non-negative integer encodable as utf8", utf16: "a non-negative integer encodable as utf16",
  utf32: "a non-negative integer encodable as utf32",
};

type ArrayBufferWithUse = ArrayBuffer & { used?: number };

/** a first segment `acc::binary` of at least 64 bytes: built by appending after it */
function isAppendable(spec: SegSpec & { dynSize: boolean }, v: Term): boolean {
  return spec.type === "binary" && spec.size === null && !spec.dynSize && v instanceof Bin && v.bytes.length >= 64 && v.tailBits === 0;
}

/**
 * Build a binary from segment bytes; when the first segment is a large binary, append after it.
 * Like the BEAM's binary append optimisation: a binary's buffer has spare room and remembers how
 * much of it is used, so `acc <> x` in a loop writes in place (amortised O(1)) when `acc` ends
 * where the buffer's used part ends; any other binary sharing the buffer is never overwritten.
 */
function appendOrBuild(specs: (SegSpec & { dynSize: boolean })[], first: Term, out: number[]): Bin {
  if (!(specs.length > 1 && isAppendable(specs[0], first))) return new Bin(Uint8Array.from(out));
  const b = (first as Bin).bytes;
  const buf = b.buffer as ArrayBufferWithUse;
  const end = b.byteOffset + b.length;
  if (buf.used === end && end + out.length <= buf.byteLength) {
    new Uint8Array(buf, end).set(out);
    buf.used = end + out.length;
    return new Bin(new Uint8Array(buf, b.byteOffset, b.length + out.length));
  }
  const len = b.length + out.length;
  const nb = new ArrayBuffer(Math.max(len * 2, 256)) as ArrayBufferWithUse;
  const view = new Uint8Array(nb, 0, len);
  view.set(b, 0);
  view.set(out, b.length);
  nb.used = len;
  return new Bin(view);
}

export class Interpreter {
  constructor(readonly node: Node) {}

  run(p: Process, budget: number): RunResult {
    const node = this.node;
    let version = p.version;
    let code = version.code;
    let lits = version.literals;
    let stack = p.stack;
    let pc = p.pc, sp = p.sp, bp = p.bp;
    let reds = budget;
    const ctx: BifContext = node.contextFor(p);

    for (;;) {
      try {
        for (;;) {
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
              if (!match(pat, v, stack, bp)) {
                p.pc = pc; 
                raise(tuple(A_BADMATCH, v));
              }
              break;
            }
            case Op.jump:
              pc = code[pc];
              break;
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
                p.frames.push(new Frame(version, pc, bp, p.fn));
                bp = sp - argc;
              } else {
                const base = sp - argc;
                for (let i = 0; i < argc; i++) stack[bp + i] = stack[base + i];
              }
              sp = bp + f.nlocals;
              if (sp + 64 > stack.length) {
                p.sp = sp;
                p.ensureStack(sp + 64);
                stack = p.stack;
              }
              pc = f.entry;
              p.fn = fi;
              if (--reds <= 0) {
                p.pc = pc; p.sp = sp; p.bp = bp; p.version = version;
                return "yield";
              }
              break;
            }
            case Op.return: {
              const result = stack[sp - 1];
              const fr = p.frames.pop();
              if (fr === undefined) {
                p.sp = 0;
                node.processExit(p, atom("normal"), result);
                return "exit";
              }
              sp = bp;
              stack[sp++] = result;
              bp = fr.bp;
              pc = fr.pc;
              p.fn = fr.fn;
              if (fr.version !== version) {
                version = fr.version;
                code = version.code;
                lits = version.literals;
              }
              break;
            }
            case Op.bif: {
              const imp = version.imports[code[pc++]];
              const bif = imp.bif;
              if (bif === undefined) {
                p.pc = pc; p.sp = sp;
                raise(A_UNDEF);
              }
              const n = imp.def.arity;
              const args = new Array<Term>(n);
              for (let i = 0; i < n; i++) args[i] = stack[sp - n + i];
              sp -= n;
              p.pc = pc; p.sp = sp; p.bp = bp; p.version = version;
              const r = bif.fn(args, ctx);
              if (r instanceof TailCall || r instanceof Halt) {
                this.callOut(p, r, false);
                ({ version, pc, sp, bp } = p);
                code = version.code; lits = version.literals; stack = p.stack;
                break;
              }
              stack[sp++] = r;
              if (p.redsCap >= 0) { if (reds > p.redsCap) reds = p.redsCap; p.redsCap = -1; }
              if (p.yieldRequested) {
                p.yieldRequested = false;
                p.pc = pc; p.sp = sp; p.bp = bp; p.version = version;
                return "yield";
              }
              break;
            }
            case Op.add: case Op.sub: case Op.mul: case Op.lt: case Op.le: case Op.gt: case Op.ge:
            case Op.eq: case Op.ne: case Op.eeq: case Op.ene: {
              const b = stack[sp - 1], a = stack[sp - 2];
              if (typeof a === "number" && typeof b === "number") {
                let r: Term | undefined;
                switch (op) {
                  case Op.add: { const x = a + b; if (Number.isSafeInteger(x)) r = x; break; }
                  case Op.sub: { const x = a - b; if (Number.isSafeInteger(x)) r = x; break; }
                  case Op.mul: { const x = a * b; if (Number.isSafeInteger(x)) r = x; break; }
                  case Op.lt: r = a < b ? TRUE : FALSE; break;
                  case Op.le: r = a <= b ? TRUE : FALSE; break;
                  case Op.gt: r = a > b ? TRUE : FALSE; break;
                  case Op.ge: r = a >= b ? TRUE : FALSE; break;
                  case Op.eq: case Op.eeq: r = a === b ? TRUE : FALSE; break;
                  default: r = a !== b ? TRUE : FALSE; break;
                }
                if (r !== undefined) {
                  pc++;
                  stack[sp - 2] = r;
                  sp--;
                  break;
                }
              }
              const imp = version.imports[code[pc++]];
              p.pc = pc; p.sp = sp;
              let r: Term;
              try {
                r = imp.bif!.fn([a, b], ctx) as Term; // operators never hand back a call
              } catch (e) {
                // as on the BEAM, the failing operator and its arguments head the stack trace
                // (Elixir's ArithmeticError message shows them: "... expression: 1 + :a")
                if (e instanceof ErlangError && e.stacktrace === undefined) {
                  e.stacktrace = new Cons(tuple(atom("erlang"), imp.nameAtom, list([a, b]), NIL), stacktraceOf(p));
                }
                throw e;
              }
              sp -= 2;
              stack[sp++] = r;
              break;
            }
            case Op.call_ext:
            case Op.tail_ext: {
              const imp = version.imports[code[pc++]];
              const n = imp.def.arity;
              const tail = op === Op.tail_ext;
              if (imp.bif !== undefined) {
                const args = new Array<Term>(n);
                for (let i = 0; i < n; i++) args[i] = stack[sp - n + i];
                sp -= n;
                p.pc = pc; p.sp = sp; p.bp = bp; p.version = version;
                const r = imp.bif.fn(args, ctx);
                if ((r as unknown) === YIELD_AND_RETRY) {
                  // run the others first, then this same call again (args are still in place)
                  p.retried = true;
                  p.pc = pc - 2; p.sp = sp + n; p.bp = bp; p.version = version;
                  return "yield";
                }
                p.retried = false;
                if (p.status === "waiting" || p.status === "exiting") {
                  // the BIF blocked or ended this process (e.g. a receive-like wait, exit/1 on self)
                  if (tail) { p.sp = sp; }
                  return p.status === "waiting" ? "wait" : "exit";
                }
                if (r instanceof TailCall || r instanceof Halt) {
                  this.callOut(p, r, tail);
                } else if (tail) {
                  stack[sp++] = r;
                  this.doReturn(p, sp, bp);
                  if (p.status === "exited") return "exit";
                } else {
                  stack[sp++] = r;
                  if (p.redsCap >= 0) { if (reds > p.redsCap) reds = p.redsCap; p.redsCap = -1; }
                  if (--reds <= 0 || p.yieldRequested) {
                    p.yieldRequested = false;
                    p.pc = pc; p.sp = sp; p.bp = bp; p.version = version;
                    return "yield";
                  }
                  break;
                }
                if (p.status === "exited") return "exit";
                ({ version, pc, sp, bp } = p);
                code = version.code; lits = version.literals; stack = p.stack;
                if (p.redsCap >= 0) { if (reds > p.redsCap) reds = p.redsCap; p.redsCap = -1; }
              if (--reds <= 0 || p.yieldRequested) { p.yieldRequested = false; return "yield"; }
                break;
              }
              const target = this.resolveImport(imp);
              p.pc = pc; p.sp = sp; p.bp = bp; p.version = version;
              if (target === null) {
                this.callMfa(p, imp.moduleAtom, imp.nameAtom, n, tail);
              } else {
                this.enter(p, target[0], target[1], n, tail);
              }
              if (p.status === "exited") return "exit";
              ({ version, pc, sp, bp } = p);
              code = version.code; lits = version.literals; stack = p.stack;
              if (p.redsCap >= 0) { if (reds > p.redsCap) reds = p.redsCap; p.redsCap = -1; }
              if (--reds <= 0 || p.yieldRequested) { p.yieldRequested = false; return "yield"; }
              break;
            }
            case Op.call_dyn:
            case Op.tail_dyn: {
              const name = lits[code[pc++]] as Atom;
              const n = code[pc++];
              const mod = stack[sp - n - 1];
              for (let i = sp - n - 1; i < sp - 1; i++) stack[i] = stack[i + 1];
              sp--;
              p.pc = pc; p.sp = sp; p.bp = bp; p.version = version;
              if (!(mod instanceof Atom)) {
                p.sp = sp - n;
                this.badCallTarget(mod, name, n);
              }
              this.callMfa(p, mod as Atom, name, n, op === Op.tail_dyn);
              if (p.status === "exited") return "exit";
              ({ version, pc, sp, bp } = p);
              code = version.code; lits = version.literals; stack = p.stack;
              if (p.redsCap >= 0) { if (reds > p.redsCap) reds = p.redsCap; p.redsCap = -1; }
              if (--reds <= 0 || p.yieldRequested) { p.yieldRequested = false; return "yield"; }
              break;
            }
            case Op.call_fun:
            case Op.tail_fun: {
              const n = code[pc++];
              const fun = stack[--sp];
              p.pc = pc; p.sp = sp; p.bp = bp; p.version = version;
              this.callFun(p, fun, n, op === Op.tail_fun);
              if (p.status === "exited") return "exit";
              ({ version, pc, sp, bp } = p);
              code = version.code; lits = version.literals; stack = p.stack;
              if (p.redsCap >= 0) { if (reds > p.redsCap) reds = p.redsCap; p.redsCap = -1; }
              if (--reds <= 0 || p.yieldRequested) { p.yieldRequested = false; return "yield"; }
              break;
            }
            case Op.make_fun: {
              const fi = code[pc++];
              const nfree = code[pc++];
              const env = new Array<Term>(nfree);
              for (let i = 0; i < nfree; i++) env[i] = stack[sp - nfree + i];
              sp -= nfree;
              const f = version.functions[fi];
              stack[sp++] = new Fun(version, fi, f.arity - nfree, env, version.module, f.name, version.serial);
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
              let m: MapLike = EMPTY_MAP;
              for (let i = 0; i < n; i++) m = m.put(stack[sp - 2 * n + 2 * i], stack[sp - 2 * n + 2 * i + 1]);
              sp -= 2 * n;
              stack[sp++] = m;
              break;
            }
            case Op.map_update: {
              const n = code[pc++];
              let m = stack[sp - 2 * n - 1];
              if (!isMap(m)) {
                p.pc = pc; p.sp = sp;
                raise(tuple(A_BADMAP, m));
              }
              for (let i = 0; i < n; i++) {
                const k = stack[sp - 2 * n + 2 * i];
                if (!(m as MapLike).has(k)) {
                  p.pc = pc; p.sp = sp;
                  raise(tuple(A_BADKEY, k));
                }
                m = (m as MapLike).put(k, stack[sp - 2 * n + 2 * i + 1]);
              }
              sp -= 2 * n + 1;
              stack[sp++] = m;
              break;
            }
            case Op.make_bin: {
              const specs = lits[code[pc++]] as (SegSpec & { dynSize: boolean })[];
              let count = 0;
              for (const s of specs) count += s.dynSize ? 2 : 1;
              const base = sp - count;
              const out = new BitWriter();
              let j = base;
              p.pc = pc; p.sp = sp;
              // `acc <> x`: a large binary first is not copied into `out` (see appendOrBuild)
              const appendTo = specs.length > 1 && isAppendable(specs[0], stack[base]);
              if (appendTo) j++;
              for (let si = appendTo ? 1 : 0; si < specs.length; si++) {
                const s = specs[si];
                const v = stack[j++];
                let size = s.size;
                if (s.dynSize) {
                  const sv = stack[j++];
                  if (typeof sv !== "number") raise(atom("badarg"));
                  size = sv as number;
                }
                try {
                  writeSegment(out, v, s, size);
                } catch (e) {
                  if (!(e instanceof ErlangError)) throw e;
                  // Elixir's text for a failed construction names the segment and what it expected
                  badargWithMessage(`construction of binary failed: segment ${si + 1} of type '${s.type}': expected ${SEGMENT_EXPECTS[s.type] ?? "a valid value"} but got: ${inspect(v)}`);
                }
              }
              sp = base;
              stack[sp++] = out.aligned ? appendOrBuild(specs, stack[base], out.bytes) : bitsAfter(appendTo ? (stack[base] as Bin) : null, out);
              break;
            }
            case Op.try: {
              const target = code[pc++];
              p.handlers.push(new Handler(p.frames.length, sp, target, false));
              break;
            }
            case Op.guard_begin: {
              const target = code[pc++];
              p.handlers.push(new Handler(p.frames.length, sp, target, true));
              break;
            }
            case Op.try_end:
            case Op.guard_end:
              p.handlers.pop();
              break;
            case Op.raise: {
              const st = stack[--sp];
              const reason = stack[--sp];
              const kind = stack[--sp] as Atom;
              p.pc = pc; p.sp = sp;
              const e = new ErlangError(kind.name as "error" | "exit" | "throw", reason);
              e.stacktrace = st;
              throw e;
            }
            case Op.raise_error: {
              const tag = lits[code[pc++]] as Atom;
              const v = stack[--sp];
              p.pc = pc; p.sp = sp;
              raise(tuple(tag, v));
            }
            case Op.func_info: {
              const n = code[pc++];
              p.pc = pc; p.sp = sp; p.bp = bp; p.version = version;
              const args: Term[] = [];
              for (let i = 0; i < n; i++) args.push(stack[bp + i]);
              const e = new ErlangError("error", A_FUNCTION_CLAUSE);
              e.stacktrace = stacktraceOf(p, args);
              throw e;
            }
            case Op.field: {
              const key = lits[code[pc++]] as Atom;
              const t = stack[sp - 1];
              if (isMap(t)) {
                const v = t.get(key);
                if (v === undefined) {
                  p.pc = pc; p.sp = sp;
                  raise(tuple(A_BADKEY, key, t));
                }
                stack[sp - 1] = v;
                break;
              }
              if (t instanceof Atom) {
                sp--;
                p.pc = pc; p.sp = sp; p.bp = bp; p.version = version;
                this.callMfa(p, t, key, 0, false);
                if (p.status === "exited") return "exit";
                ({ version, pc, sp, bp } = p);
                code = version.code; lits = version.literals; stack = p.stack;
                break;
              }
              p.pc = pc; p.sp = sp;
              raise(tuple(A_BADMAP, t));
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
              if (timeout !== A_INFINITY && (typeof timeout !== "number" || timeout < 0)) {
                p.pc = pc; p.sp = sp;
                raise(tuple(atom("timeout_value"), timeout));
              }
              if (timeout === 0) {
                pc = target;
                break;
              }
              p.pc = pc; p.sp = sp; p.bp = bp; p.version = version;
              p.timeoutPc = target;
              node.waitForMessage(p, timeout === A_INFINITY ? null : (timeout as number));
              return "wait";
            }
            case Op.define_module: {
              const idx = lits[code[pc++]] as number;
              p.pc = pc; p.sp = sp; p.bp = bp; p.version = version;
              stack[sp++] = node.defineScriptModule(version, idx, ctx);
              break;
            }
            default:
              throw new Error(`bad opcode ${op} at ${pc - 1} in ${version.module.name}`);
          }
        }
      } catch (e) {
        // an exception: unwind this process's own stack to its innermost handler
        let err: ErlangError;
        if (e instanceof ErlangError) err = e;
        else if (e instanceof Halt) throw e;
        else if (e instanceof ProcessKilled) {
          node.processExit(p, e.reason, null);
          return "exit";
        }
        else if (e instanceof RangeError && /call stack/i.test(String(e.message))) err = new ErlangError("error", atom("system_limit"));
        else throw e;
        if (err.stacktrace === undefined) err.stacktrace = stacktraceOf(p);
        const h = p.handlers.pop();
        if (h === undefined) {
          node.processCrash(p, err);
          return "exit";
        }
        while (p.frames.length > h.frameDepth) {
          const fr = p.frames.pop()!;
          bp = fr.bp;
          p.fn = fr.fn;
          version = fr.version;
        }
        if (p.frames.length === h.frameDepth && p.version !== version) { /* unwound */ }
        // when no frames were popped, the handler is in the current frame: version/bp are current
        if (p.status !== "running") p.status = "running";
        p.version = version;
        code = version.code;
        lits = version.literals;
        stack = p.stack;
        sp = h.sp;
        pc = h.pc;
        if (!h.guard) {
          stack[sp++] = atom(err.kind);
          stack[sp++] = err.reason;
          stack[sp++] = err.stacktrace ?? NIL;
        }
      }
    }
  }

  /** current version and function index for an import, or null when it must go the slow way */
  private resolveImport(imp: ImportSlot): [ModuleVersion, number] | null {
    const cs = this.node.code;
    if (imp.cachedGeneration === cs.generation && imp.cachedVersion !== null) return [imp.cachedVersion, imp.cachedFunction];
    const v = cs.current(imp.moduleAtom);
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
    let bp = p.bp;
    const stack = p.stack;
    if (!tail) {
      p.frames.push(new Frame(p.version, p.pc, p.bp, p.fn));
      bp = p.sp - argc;
    } else {
      const base = p.sp - argc;
      for (let i = 0; i < argc; i++) stack[bp + i] = stack[base + i];
    }
    p.bp = bp;
    p.sp = bp + f.nlocals;
    p.ensureStack(p.sp + 64);
    p.pc = f.entry;
    p.fn = fi;
    p.version = v;
  }

  /** leave the current frame with the value on top of the stack (after a BIF in tail position) */
  doReturn(p: Process, sp: number, bp: number): void {
    const result = p.stack[sp - 1];
    const fr = p.frames.pop();
    if (fr === undefined) {
      this.node.processExit(p, atom("normal"), result);
      return;
    }
    p.sp = bp;
    p.stack[p.sp++] = result;
    p.bp = fr.bp;
    p.pc = fr.pc;
    p.fn = fr.fn;
    p.version = fr.version;
  }

  /** call Module.name/argc with the arguments on the stack (state in p) */
  callMfa(p: Process, mod: Atom, name: Atom, argc: number, tail: boolean): void {
    const node = this.node;
    const bif = node.bifFor(mod, name, argc);
    if (bif) {
      const args = p.stack.slice(p.sp - argc, p.sp);
      p.sp -= argc;
      let r = bif.fn(args, node.contextFor(p));
      if ((r as unknown) === YIELD_AND_RETRY) {
        p.retried = true;
        r = bif.fn(args, node.contextFor(p));
      }
      p.retried = false;
      if (p.status === "waiting" || p.status === "exiting" || p.status === "exited") return;
      if (r instanceof TailCall || r instanceof Halt) return this.callOut(p, r, tail);
      p.stack[p.sp++] = r;
      if (tail) this.doReturn(p, p.sp, p.bp);
      return;
    }
    const v = node.code.ensureLoaded(mod);
    const fi = v ? v.exported(name.name, argc) : -1;
    if (v && fi >= 0) return this.enter(p, v, fi, argc, tail);
    // module_info/0,1 and __info__/1 every module has, answered by the code server
    if (v && ((name.name === "module_info" && argc <= 1) || (name.name === "__info__" && argc === 1))) {
      const arg = argc === 1 ? p.stack[p.sp - 1] : undefined;
      p.sp -= argc;
      p.stack[p.sp++] = node.code.builtinInfo(v, name.name, arg, () => stacktraceOf(p));
      if (tail) this.doReturn(p, p.sp, p.bp);
      return;
    }
    const args = p.stack.slice(p.sp - argc, p.sp);
    p.sp -= argc;
    const e = new ErlangError("error", A_UNDEF);
    e.stacktrace = new Cons(tuple(mod, name, list(args), NIL), stacktraceOf(p));
    throw e;
  }

  /** call a fun value with argc arguments on the stack */
  callFun(p: Process, fun: Term, argc: number, tail: boolean): void {
    if (fun instanceof Fun) {
      let v = fun.version as ModuleVersion;
      if (fun.arity !== argc) {
        const args = p.stack.slice(p.sp - argc, p.sp);
        p.sp -= argc;
        raise(tuple(A_BADARITY, tuple(fun, list(args))));
      }
      if (v.purged) {
        // R10b: a fun is bound to its code, so a loaded version with the same md5 runs it
        const same = this.node.code.loadedWithSameCode(v);
        if (same === undefined) {
          const args = p.stack.slice(p.sp - argc, p.sp);
          p.sp -= argc;
          v = purgedFunVersion(this.node.code, fun, args, () => stacktraceOf(p));
          for (const a of args) p.stack[p.sp++] = a;
        } else {
          v = same;
        }
      }
      const env = fun.env;
      p.ensureStack(p.sp + env.length + 64);
      for (let i = 0; i < env.length; i++) p.stack[p.sp++] = env[i];
      return this.enter(p, v, fun.index, argc + env.length, tail);
    }
    if (fun instanceof ExtFun) {
      if (fun.arity !== argc) {
        const args = p.stack.slice(p.sp - argc, p.sp);
        p.sp -= argc;
        raise(tuple(A_BADARITY, tuple(fun, list(args))));
      }
      return this.callMfa(p, fun.module, fun.name, argc, tail);
    }
    p.sp -= argc;
    raise(tuple(A_BADFUN, fun));
  }

  /** a BIF asked for a call in its place */
  callOut(p: Process, r: TailCall | Halt, tail: boolean): void {
    if (r instanceof Halt) throw r;
    p.ensureStack(p.sp + r.args.length + 64);
    for (const a of r.args) p.stack[p.sp++] = a;
    if (r.name !== null) {
      if (!(r.target instanceof Atom)) this.badCallTarget(r.target, r.name, r.args.length);
      return this.callMfa(p, r.target as Atom, r.name, r.args.length, tail);
    }
    return this.callFun(p, r.target, r.args.length, tail);
  }

  private badCallTarget(mod: Term, name: Atom, n: number): never {
    void name; void n; void mod;
    raise(atom("badarg"));
  }
}

