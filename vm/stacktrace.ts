// Stack traces as Erlang builds them: [{module, function, arity | args, [file: 'f.ex', line: n]}]
import { Atom, Term, Tuple, atom, charlist, list, listToArray, tuple, NIL, Cons, Fun } from "./terms.ts";
import { codeFrame } from "./code_frame.ts";
import { FRAME_INTS, type BodyPlace, type Process } from "./process.ts";
import { FILE_RUNNER, type ModuleVersion } from "./module.ts";
import { erlEvalFrames, callingFun, evalCallerFrames, EVAL_STRING_FRAMES, RPC_EVAL_FRAMES } from "./erl_eval_frames.ts";
import { libraryOwnClauses } from "./library_clauses.ts";
import { YIELDING, yieldingShown } from "./yielding_frames.ts";

function entry(v: ModuleVersion, fi: number, pc: number, args?: Term[] | Cons, argsLine?: number): Term {
  const f = v.functions[fi];
  if (!f) return tuple(v.module, atom("unknown"), 0, NIL);
  let line = v.lineAt(Math.max(0, pc - 1));
  const loc: Term[] = [];
  const file = f.file ?? v.compiled.file;
  // a library function's own clauses failed (the frame carries its arguments): Elixir's frame
  // points at the function's first clause in Elixir's source, not at beamlet's line
  if (args !== undefined && !f.lambda) {
    const own = libraryOwnClauses(v.module.name, f.name, f.arity);
    if (argsLine !== undefined) line = argsLine;
    else if (own !== undefined && own.file === file) line = own.line;
  }
  // (a def's clauses failing in the function OTP made of them apart, `-inlined-f/1-`: no location)
  const apart = args !== undefined && f.inlinedAs !== undefined && !f.lambda;
  if (apart) line = 0;
  else if (file) loc.push(tuple(atom("file"), charlist(file)));
  if (line > 0 && file !== "") loc.push(tuple(atom("line"), line));
  const as = v.compiled.frameAs;
  if (as) {
    // the entry (its arity is the count of the body's variables) and the funs named after it (a
    // fn Erlang's compiler inlined into the body is the body)
    const shown = f.shownAs && args === undefined ? f.shownAs.slice(0, f.shownAs.lastIndexOf("/")) : f.name;
    const own = shown === "__script__";
    const name = own ? as.fun : (args !== undefined && f.inlinedAs ? f.inlinedAs : f.name).replace(/^-__script__\/\d+-/, `-${as.fun}/${as.arity}-`);
    return tuple(atom(as.module), atom(name), args === undefined || own ? (own ? as.arity : f.arity) : Array.isArray(args) ? list(args) : args, list(loc));
  }
  if (f.shownAs && args === undefined) {
    const slash = f.shownAs.lastIndexOf("/");
    return tuple(v.module, atom(f.shownAs.slice(0, slash)), Number(f.shownAs.slice(slash + 1)), list(loc));
  }
  // (a fn Erlang's compiler inlined failing with function_clause: the function OTP raises it from)
  const name = args !== undefined && f.inlinedAs ? f.inlinedAs : f.name;
  return tuple(v.module, atom(name), args === undefined ? f.arity : Array.isArray(args) ? list(args) : args, list(loc));
}

// where erl_eval matches an evaluated fn's clauses against the arguments (OTP 25, stdlib 4.2)
const EVAL_FUN = codeFrame("erl_eval", "eval_fun", 8, "erl_eval.erl", 898);

/** entries in a stack trace: the BEAM's `backtrace_depth`, 8 unless :erlang.system_flag/2 set it */
let DEPTH = 8;
export function backtraceDepth(): number {
  return DEPTH;
}
export function setBacktraceDepth(n: number): void {
  DEPTH = n;
}

/**
 * The stack trace of a process at its current point (deepest first), at most DEPTH entries.
 * As on the BEAM, a return address equal to the one just recorded (a body-recursive function
 * calling itself from the same place) is recorded once.
 */
export function stacktraceOf(p: Process, args?: Term[] | Cons, raised?: Term, leaveCurrent = false, argsLine?: number, depth = DEPTH): Term {
  return stackEntries(p, args, depth, raised, leaveCurrent, argsLine);
}

/**
 * the stack trace below a frame the caller puts on top (a BIF's, an undefined function's), and
 * below the entries the callee had under it (an Elixir library function's callers inside it);
 * leaveCurrent: the current function called it last, so the BEAM had left its frame already
 */
export function stacktraceBelowCallee(p: Process, args?: Term[] | Cons, calleeBelow?: Term[], leaveCurrent = false, processDepth?: number, byEvaluator = false): Term {
  if (calleeBelow === undefined) return stackEntries(p, args, processDepth ?? DEPTH - 1, undefined, leaveCurrent);
  let out = stackEntries(p, args, processDepth ?? Math.max(0, DEPTH - 1 - calleeBelow.length), undefined, leaveCurrent, undefined, byEvaluator);
  for (let i = calleeBelow.length - 1; i >= 0; i--) out = new Cons(calleeBelow[i], out);
  return out;
}

/**
 * raised: the reason of the error being raised where the process stands (not by a callee);
 * leaveCurrent: leave out the current function (it had called the raising BIF last)
 */
/** byEvaluator: erl_eval raised it (ErlangError.raisedByEvaluator) where the process stands */
function stackEntries(p: Process, args: Term[] | Cons | undefined, depth: number, raised?: Term, leaveCurrent = false, argsLine?: number, byEvaluator = false): Term {
  const out: Term[] = [];
  let aboveIsBody = false;
  // a function Elixir's compiler inlines (FunctionDef.inlined) leaves no frame: its caller's frame
  // shows the inlined code's line (the deepest one's), and the fns and helpers written in it
  // (-f/3-fun-0-, -f/3-lists^foldl/2-0-) are named after that caller (their frames wait in
  // `pending` for it: a fn's, called from elsewhere, until an inlined frame was passed; a
  // helper's, which it calls or tail-calls, until the next frame)
  let pending: { module: Term; version: ModuleVersion; at: { line: number; file: string | undefined } | null; unnamed: number[]; fns: boolean } | null = null;
  // the caller tail-called the inlined function (Enum.count/2's reduce): its frame is gone, but
  // the fun it passed (the entry above the helpers, of the same module) is named after it
  const settleTailCalled = (held: NonNullable<typeof pending>) => {
    const fnAbove = held.unnamed.length > 0 ? out[held.unnamed[0] - 1] : undefined;
    const m = fnAbove instanceof Tuple && fnAbove.items[0] === held.module ? /^-(.+\/\d+)-fun-\d+-$/.exec((fnAbove.items[1] as Atom).name) : null;
    if (m) {
      renameHelpers(out, held.unnamed, m[1], held.version);
      // (the inlined code had made a call of its own, Enumerable.reduce in Enum.count/2's reduce:
      // the caller was still running it, and its frame shows that call's line)
      const [, name, arity] = /^(.+)\/(\d+)$/.exec(m[1])!;
      if (held.at !== null) out.push(relocated(tuple(held.module, atom(name), Number(arity), NIL), held.at.line, held.at.file));
    } else {
      // the helper itself failed (an improper list's tail): the fun it was given, written in
      // the caller, names it (its frame carries its arguments, the fun first)
      const top = held.unnamed.length > 0 ? out[held.unnamed[0]] : undefined;
      const fn = top instanceof Tuple && top.items[2] instanceof Cons ? top.items[2].head : undefined;
      const named = fn instanceof Fun && fn.module === held.module ? /^-(.+\/\d+)-fun-\d+-$/.exec(fn.name) : null;
      if (named) renameHelpers(out, held.unnamed, named[1], held.version);
    }
  };
  // (the trace ends, or reaches the script's root, under an inlined function its caller tail-called)
  const settleLast = () => {
    if (pending !== null && (pending.at !== null || !pending.fns)) {
      const held = pending;
      pending = null;
      settleTailCalled(held);
    }
  };
  // the frame of a fn Erlang's compiler inlined, just pushed
  let inlinedFn: Tuple | null = null;
  // the frame just pushed was an evaluated fn's, shown with erl_eval frames of its own
  let evalFunShown = false;
  // (one whose function_clause error OTP raises from a function of its own: the frame of the
  // enclosing function stays, at the fn's line)
  let inlinedAt: Term | null = null;
  const push = (v: ModuleVersion, fi: number, pc: number, raising: Term | undefined, a?: Term[] | Cons, aLine?: number) => {
    const calleeEvalFunShown = evalFunShown;
    evalFunShown = false;
    const drop = inlinedFn, at = inlinedAt;
    inlinedFn = null;
    inlinedAt = null;
    aboveIsBody = v.compiled.frameAs?.fun === "__MODULE__";
    const f = v.functions[fi];
    if (f?.inlined && !v.compiled.evaluated) {
      if (pending?.module !== v.module) pending = { module: v.module, version: v, at: null, unnamed: [], fns: false };
      if (f.name.startsWith("-")) {
        pending.unnamed.push(out.length);
        out.push(entry(v, fi, pc, a));
        pending.fns ||= f.lambda;
      }
      // (inlined into an inlined function, reduce_by/3's reduce: the outermost call's line)
      else pending.at = { line: v.lineAt(Math.max(0, pc - 1)), file: f.file ?? v.compiled.file };
      return;
    }
    if (pending !== null && (pending.at !== null || !pending.fns)) {
      // only a caller in the same module inlined it: another module's frame is there because the
      // inlined function was tail-called, and the frames stay as they are
      const held = pending;
      pending = null;
      if (v.module === held.module && !v.compiled.evaluated) {
        const caller = entry(v, fi, pc, a) as Tuple;
        out.push(held.at === null ? caller : relocated(caller, held.at.line, held.at.file));
        const [, name, arity] = caller.items;
        const m = /^-(.+\/\d+)-fun-\d+-$/.exec((name as Atom).name);
        const enclosing = m ? m[1] : `${(name as Atom).name}/${typeof arity === "number" ? arity : (f?.arity ?? 0)}`;
        renameHelpers(out, held.unnamed, enclosing, held.version);
        return;
      }
      settleTailCalled(held);
    }
    if (v.compiled.evaluated && a !== undefined && f?.lambda) {
      // a fn of evaluated code none of whose clauses matched: erl_eval raises function_clause
      // from a frame standing for the fn, with the arguments, under eval_fun/8 matching them
      // (elixir -e 'k = fn 1 -> :ok end; k.(2)'); the caller's call is that eval_fun/8
      out.push(tuple(atom("erl_eval"), atom("-inside-an-interpreted-fun-"), Array.isArray(a) ? list(a) : a, NIL));
      if (out.length < depth) out.push(EVAL_FUN);
      evalFunShown = true;
    } else if (v.compiled.evaluated) {
      // (a fn of evaluated code raising in its tail, called by evaluated code: erl_eval applied the
      // raise in the caller's do_apply, whose frame stands for both)
      const below = p.frameVersions.length - 1;
      const callerEvaluated = out.length === 0 && p.frameVersions[below]?.compiled.evaluated === true && callingFun(p.frameVersions[below], p.frameInts[below * FRAME_INTS + 2], p.frameInts[below * FRAME_INTS]);
      const shown = erlEvalFrames(v, fi, pc, raising, out.length === 0 && depth < DEPTH, callerEvaluated, calleeEvalFunShown && callingFun(v, fi, pc), byEvaluator && out.length === 0);
      for (const f of shown) out.length < depth && out.push(f);
      evalFunShown = v.functions[fi]?.lambda === true && shown.length > 0;
      // its top level was run by Code.eval_string/eval_quoted, which beamlet tail-called
      if (!v.functions[fi]?.lambda && v.compiled.evalCaller) for (const f of evalCallerFrames(v.compiled.evalCaller)) out.length < depth && out.push(f);
    }
    // a process's first call failing at once (a fun of another arity): the BEAM's frame is the
    // :erlang.apply/2 the process started with, not beamlet's boot function
    else if (v.module === BOOT && v.functions[fi]?.name === "start") out.push(ERLANG_APPLY_2);
    // the rest of a long BIF: the BEAM's function at that point, or none
    else if (v.module === YIELDING && v.functions[fi] !== undefined) {
      const shown = yieldingShown(v.functions[fi].name, out.length === 0 && v === p.version ? p.stack[p.bp + 2] : undefined);
      if (shown === undefined) out.push(entry(v, fi, pc, a));
      else if (shown.entry !== null) out.push(shown.entry);
    } else {
      // a file Code compiled: Elixir's compiler frames below its top level (__FILE__/1, gone when
      // its last call was a tail call), then the Code function's (Code.require_file/2)
      const caller = v.compiled.compilerCaller;
      if (caller !== undefined && f?.name === FILE_RUNNER) {
        for (const c of requireFileFrames().slice(0, 5)) if (out.length < depth) out.push(c);
        if (caller !== null && out.length < depth) out.push(codeFrame("Elixir.Code", caller.name, caller.arity, "lib/code.ex", caller.line));
        return;
      }
      const e = entry(v, fi, pc, a, aLine) as Tuple;
      // a fn Erlang's compiler inlined (compiler/inlined_fns.ts) is its enclosing function: the
      // frame of that function calling it is the same frame
      if (drop !== null && e.items[0] === drop.items[0] && e.items[1] === drop.items[1] && e.items[2] === drop.items[2]) {
        if (at !== null) out.push(tuple(e.items[0], e.items[1], e.items[2], list((listToArray(e.items[3]) ?? []).map((x) => x instanceof Tuple && x.items[0] === atom("line") ? tuple(x.items[0], at) : x))));
        return;
      }
      // (one failing with function_clause keeps its own frame, with the arguments, but still
      // stands for its caller's)
      if (f?.lambda && f.shownAs) inlinedFn = a === undefined ? e : entry(v, fi, pc) as Tuple;
      if (f?.lambda && f.inlinedAs && f.inlinedInTry && a !== undefined) {
        const line = (listToArray(e.items[3]) ?? []).find((x) => x instanceof Tuple && x.items[0] === atom("line"));
        if (line instanceof Tuple) inlinedAt = line.items[1];
      }
      out.push(e);
    }
  };
  if (p.version && !leaveCurrent) push(p.version, p.fn, p.pc, raised, args, argsLine);
  let prevVersion: ModuleVersion | null = null;
  let prevPc = -1;
  for (let i = p.frameVersions.length - 1; i >= 0 && out.length < depth; i--) {
    const at = i * FRAME_INTS;
    const v = p.frameVersions[i], pc = p.frameInts[at];
    if (v === prevVersion && pc === prevPc) continue;
    prevVersion = v;
    prevPc = pc;
    const fi = p.frameInts[at + 2];
    if (v.module === SYNC_CALL && aboveIsBody) {
      // a module body run in this process (vm/run_nested.ts): below it, Elixir's module compiler
      const outer = p.nested?.outer;
      if (outer?.version.compiled.evaluated) {
        // evaluated code (-e, eval_string, iex) defined it: erl_eval applied the defmodule
        for (const f of moduleCompileFrames().slice(0, 5)) if (out.length < depth) out.push(f);
        for (const f of erlEvalFrames(outer.version, outer.fn, outer.pc, undefined)) if (out.length < depth) out.push(f);
        if (outer.version.compiled.evalCaller) for (const f of evalCallerFrames(outer.version.compiled.evalCaller)) if (out.length < depth) out.push(f);
        else if (p.initialCall?.[1] === EVAL_STRING && outer.frameVersions.length <= 2) for (const f of EVAL_STRING_FRAMES) if (out.length < depth) out.push(f);
      } else {
        for (const f of moduleCompileFrames().slice(0, 4)) if (out.length < depth) out.push(f);
        for (const f of belowDefinition(p, p.nested?.body, depth - out.length)) out.push(f);
      }
      break;
    }
    if (v.module === EVALUATOR && v.functions[fi]?.name === "rpc_eval") {
      // `bin/APP rpc`'s code: below it, Kernel.CLI.rpc_eval/1's evaluation, as on the BEAM
      settleLast();
      for (const f of RPC_EVAL_FRAMES) if (out.length < depth) out.push(f);
      break;
    }
    if (v.module === EVALUATOR && v.functions[fi]?.name === "loop" && fileRunners.has(p)) {
      // a script an embedding page runs as `elixir FILE.exs` / `iex FILE.exs` runs it (web/embed.ts):
      // its top level is the file's (file) frame, and Code.require_file's frames stand below it
      settleLast();
      const last = out[out.length - 1];
      if (last instanceof Tuple && last.items[1] === SCRIPT_ENTRY && last.items[2] === 0) out[out.length - 1] = tuple(last.items[0], FILE_ENTRY, 1, last.items[3]);
      for (const f of scriptRootFrames()) if (out.length < depth) out.push(f);
      break;
    }
    if (v.module === EVALUATOR && v.functions[fi]?.name === "loop" && replEvaluators.has(p)) {
      settleLast();
      for (const f of IEX_EVAL_FRAMES) if (out.length < depth) out.push(f);
      break;
    }
    if (v.module === BOOT && v.functions[fi]?.name === "run_script") {
      // the process's initial call tells `elixir -e CODE` from `elixir FILE.exs`
      const call = p.initialCall?.[1];
      const frames = call === EVAL_STRING ? EVAL_STRING_FRAMES : call === MIX_EVAL ? MIX_EVAL_FRAMES : call === MIX_RUN_FILE ? mixRunFileFrames()
        : call === REQUIRE_FILE ? requireOptionFrames() : call === MIX_REQUIRE ? mixRequireFrames() : call === PARALLEL_REQUIRE ? parallelRequireFrames() : scriptRootFrames();
      settleLast();
      for (const f of frames) if (out.length < depth) out.push(f);
      break;
    }
    if (v.module === BOOT && v.functions[fi]?.name === "at_exit_hook") {
      // a System.at_exit hook's process: Kernel.CLI's fn that runs it is all below the hook
      settleLast();
      if (out.length < depth) out.push(EXEC_FUN_FRAME());
      break;
    }
    push(v, fi, pc, undefined);
  }
  settleLast();
  return list(out);
}

/**
 * what stands below elixir_module:compile/5 defining a module whose body runs in p (p.nested),
 * written at `place`: in a file of defmodules only, the lists:foldl compiling them; in a module
 * body, that body's frame and its own definition's; else the trace of the code that reached the
 * defmodule (a script's, a function's, under elixir_lexical:run/3 then), its frame gone when it
 * was a tail call
 */
function belowDefinition(p: Process, place: BodyPlace | null | undefined, depth: number): Term[] {
  const out: Term[] = [];
  const outer = p.nested?.outer;
  if (place?.inBody !== undefined) {
    const { index, file, line } = place.inBody;
    out.push(codeFrame(`elixir_compiler_${index}`, "__MODULE__", 1, file, line), ...moduleCompileFrames().slice(0, 4));
    if (out.length < depth) out.push(...belowDefinition(p, place.outer, depth - out.length));
    return out.slice(0, depth);
  }
  if (place === undefined || place === null || place.fastCompiled || outer === undefined) {
    const fold = place?.foldIndex;
    if (fold !== undefined) out.push(fold === 0 ? codeFrame("lists", "foldl", 3, "lists.erl", 1350) : codeFrame("lists", "foldl_1", 3, "lists.erl", 1355));
    out.push(...moduleCompileFrames().slice(4));
    return out.slice(0, depth);
  }
  const inFunction = outer.version.functions[outer.fn]?.name !== "__FILE__";
  if (inFunction) out.push(moduleCompileFrames()[4]);
  const view: Process = Object.assign(Object.create(p) as Process, outer);
  out.push(...(listToArray(stackEntries(view, undefined, Math.max(0, depth - out.length), undefined, place.tail === true)) ?? []));
  return out.slice(0, depth);
}

/**
 * the inlined helpers at `indexes` of `out` (-do_reduce/3-lists^foldl/2-0-) named after
 * `enclosing`. A fn written in the inlined code loses its name in Erlang's inliner: it is the
 * enclosing function's -anonymous-N-, N counting on from the enclosing function's own inlined
 * :lists calls (Enum.filter/2's reduce fn is -filter/2-anonymous-2-, Enum.map/2's, after its
 * -map/2-lists^map/1-0-, -map/2-anonymous-3-)
 */
function renameHelpers(out: Term[], indexes: number[], enclosing: string, v: ModuleVersion): void {
  let anonymous: number | undefined;
  for (const i of indexes) {
    const e = out[i] as Tuple;
    const name = (e.items[1] as Atom).name;
    if (/-fun-\d+-$/.test(name)) {
      anonymous ??= v.functions.some((f) => f.name.startsWith(`-${enclosing}-lists^`)) ? 3 : 2;
      // (reduce/3's fn for anything but a struct, in a clause after the struct's: one further on)
      const later = /^-do_reduce\/3-fun-(\d+)-$/.exec(name);
      out[i] = tuple(e.items[0], atom(`-${enclosing}-anonymous-${anonymous + (later ? Number(later[1]) : 0)}-`), e.items[2], e.items[3]);
    } else out[i] = tuple(e.items[0], atom(name.replace(/^-[^/]+\/\d+-/, `-${enclosing}-`)), e.items[2], e.items[3]);
  }
}

/** the frame `e` at another line (and file) */
function relocated(e: Tuple, line: number, file: string | undefined): Term {
  const loc: Term[] = [];
  if (file) loc.push(tuple(atom("file"), charlist(file)));
  if (line > 0) loc.push(tuple(atom("line"), line));
  return tuple(e.items[0], e.items[1], e.items[2], list(loc));
}

const BOOT = atom("beamlet_boot");
const EVALUATOR = atom("beamlet_evaluator");
const SCRIPT_ENTRY = atom("__script__");
const FILE_ENTRY = atom("__FILE__");

/** evaluator processes (Node.newEvaluator) that run a script as `elixir FILE.exs` runs its file
 *  (an embedding page's run: web/embed.ts), whose traces end as that file's do */
export const fileRunners = new WeakSet<Process>();
/** evaluator processes of a REPL (the command line's, a remote shell's, a page's), whose traces
 *  end as iex's evaluator's do */
export const replEvaluators = new WeakSet<Process>();
/** below the code iex evaluates: :elixir.eval_forms/3 under IEx.Evaluator's loop (as
 *  Process.info(self(), :current_stacktrace) shows at the iex 1.14 prompt) */
const IEX_EVAL_FRAMES = [
  codeFrame("elixir", "eval_forms", 3, "src/elixir.erl", 283),
  codeFrame("Elixir.Module.ParallelChecker", "verify", 1, "lib/module/parallel_checker.ex", 100),
  codeFrame("Elixir.IEx.Evaluator", "eval_and_inspect", 3, "lib/iex/evaluator.ex", 329),
  codeFrame("Elixir.IEx.Evaluator", "eval_and_inspect_parsed", 3, "lib/iex/evaluator.ex", 303),
  codeFrame("Elixir.IEx.Evaluator", "parse_eval_inspect", 3, "lib/iex/evaluator.ex", 292),
  codeFrame("Elixir.IEx.Evaluator", "loop", 1, "lib/iex/evaluator.ex", 187),
  codeFrame("Elixir.IEx.Evaluator", "init", 4, "lib/iex/evaluator.ex", 32),
  codeFrame("proc_lib", "init_p_do_apply", 3, "proc_lib.erl", 240),
];
const ERLANG_APPLY_2 = tuple(atom("erlang"), atom("apply"), 2, NIL);
const SYNC_CALL = atom("beamlet_sync_call");
let moduleCompile: Term[] | null = null;

/** what stands below a module body on the BEAM (of which the trace's 8 entries show some) */
function moduleCompileFrames(): Term[] {
  return (moduleCompile ??= [
    codeFrame("elixir_compiler", "dispatch", 4, "src/elixir_compiler.erl", 65),
    codeFrame("elixir_compiler", "compile", 3, "src/elixir_compiler.erl", 50),
    codeFrame("elixir_module", "eval_form", 6, "src/elixir_module.erl", 379),
    codeFrame("elixir_module", "compile", 5, "src/elixir_module.erl", 105),
    codeFrame("elixir_lexical", "run", 3, "src/elixir_lexical.erl", 15),
    codeFrame("elixir_compiler", "quoted", 3, "src/elixir_compiler.erl", 17),
    codeFrame("Elixir.Module.ParallelChecker", "verify", 1, "lib/module/parallel_checker.ex", 100),
  ]);
}
const EVAL_STRING = atom("eval_string");
let requireFile: Term[] | null = null;

/** what stands below a script's top level on the BEAM: `elixir FILE.exs` runs it through Code.require_file/2 */
function requireFileFrames(): Term[] {
  return (requireFile ??= [
    codeFrame("elixir_compiler", "dispatch", 4, "src/elixir_compiler.erl", 65),
    codeFrame("elixir_compiler", "compile", 3, "src/elixir_compiler.erl", 50),
    codeFrame("elixir_lexical", "run", 3, "src/elixir_lexical.erl", 15),
    codeFrame("elixir_compiler", "quoted", 3, "src/elixir_compiler.erl", 17),
    codeFrame("Elixir.Module.ParallelChecker", "verify", 1, "lib/module/parallel_checker.ex", 100),
    codeFrame("Elixir.Code", "require_file", 2, "lib/code.ex", 1245),
    codeFrame("Elixir.Kernel.CLI", "wrapper", 1, "lib/kernel/cli.ex", 574),
  ]);
}
let scriptFrames: Term[] | null = null;

/** those, then Kernel.CLI's frames under them (seen when system_flag(:backtrace_depth, N) keeps more than 8) */
function scriptRootFrames(): Term[] {
  return (scriptFrames ??= [
    ...requireFileFrames(),
    codeFrame("Elixir.Enum", "-map/2-lists^map/1-0-", 2, "lib/enum.ex", 1658),
    codeFrame("Elixir.Kernel.CLI", "process_commands", 1, "lib/kernel/cli.ex", 83),
    codeFrame("Elixir.Kernel.CLI", "-main/1-fun-2-", 2, "lib/kernel/cli.ex", 37),
    EXEC_FUN_FRAME(),
  ]);
}
/** Kernel.CLI's fn that runs a script's commands, and each System.at_exit hook in a process of its own */
let execFun: Term | null = null;
const EXEC_FUN_FRAME = () => (execFun ??= codeFrame("Elixir.Kernel.CLI", "-exec_fun/2-fun-0-", 3, "lib/kernel/cli.ex", 131));

const MIX_EVAL = atom("mix_eval");
const MIX_RUN_FILE = atom("mix_run_file");
// below the code `mix run` runs: Mix.Tasks.Run under Mix's command line
const MIX_RUN_FRAMES = [
  codeFrame("Elixir.Mix.Tasks.Run", "run", 1, "lib/mix/tasks/run.ex", 84),
  codeFrame("Elixir.Mix.Task", "-run_task/4-fun-0-", 3, "lib/mix/task.ex", 421),
  codeFrame("Elixir.Mix.CLI", "run_task", 2, "lib/mix/cli.ex", 84),
];
/** `mix run -e CODE`: Code.eval_string/1 of each -e, from an Enum.each in Mix.Tasks.Run.run/5 */
const MIX_EVAL_FRAMES = [
  ...EVAL_STRING_FRAMES.slice(0, 3),
  codeFrame("Elixir.Enum", "-each/2-lists^foreach/1-0-", 2, "lib/enum.ex", 975),
  codeFrame("Elixir.Mix.Tasks.Run", "run", 5, "lib/mix/tasks/run.ex", 140),
  ...MIX_RUN_FRAMES,
];
/** `mix run FILE.exs`: Code.require_file/1 of the file in Mix.Tasks.Run.run/5 */
function mixRunFileFrames(): Term[] {
  return [...requireFileFrames().slice(0, -1), codeFrame("Elixir.Mix.Tasks.Run", "run", 5, "lib/mix/tasks/run.ex", 144), ...MIX_RUN_FRAMES];
}

const REQUIRE_FILE = atom("require_file");
const MIX_REQUIRE = atom("mix_require");
/** `elixir -r PATTERN`: Code.require_file/1 of each file, from an Enum.map in Kernel.CLI */
function requireOptionFrames(): Term[] {
  return [...requireFileFrames().slice(0, -1), codeFrame("Elixir.Enum", "-map/2-lists^map/1-0-", 2, "lib/enum.ex", 1658)];
}
/** `mix run -r PATTERN`: Code.require_file/1 of each file, from an Enum.each in Mix.Tasks.Run.run/5 */
function mixRequireFrames(): Term[] {
  return [...requireFileFrames().slice(0, -1), ...MIX_EVAL_FRAMES.slice(3)];
}

const PARALLEL_REQUIRE = atom("parallel_require");
/** `elixir -pr` and `mix run -p -r`: a worker of Kernel.ParallelCompiler.require/1 requires the file */
function parallelRequireFrames(): Term[] {
  return [
    ...requireFileFrames().slice(0, 5),
    codeFrame("Elixir.Kernel.ParallelCompiler", "require_file", 2, "lib/kernel/parallel_compiler.ex", 455),
    codeFrame("Elixir.Kernel.ParallelCompiler", "-spawn_workers/7-fun-0-", 5, "lib/kernel/parallel_compiler.ex", 348),
  ];
}

export function displayName(mod: string): string {
  return mod.startsWith("Elixir.") ? mod.slice(7) : ":" + mod;
}

/** the stack trace with `info` appended to its top frame's location (OTP 25's error_info of a failed construction) */
export function withLocationInfo(st: Term, info: Term | undefined): Term {
  if (info === undefined || !(st instanceof Cons) || !(st.head instanceof Tuple) || st.head.items.length !== 4) return st;
  const [m, f, a, loc] = st.head.items;
  const items: Term[] = [];
  for (let l = loc; l instanceof Cons; l = l.tail) items.push(l.head);
  items.push(info);
  return new Cons(tuple(m, f, a, list(items)), st.tail);
}
