// BIFs the compiler emits for Elixir constructs (module :beamlet): ranges, structs, protocol
// dispatch, strict booleans, raise coercion. Not part of any public API.
import type { Process } from "../process.ts";
import { binLiteral, NIL_ATOM } from "../terms.ts";
import { codeFrame } from "../code_frame.ts";
import { defineBifs, defineDirect, BifContext } from "./registry.ts";
import {
  Atom, Bin, Float, Term, Tuple, atom, tuple, list, listToArray, NIL, TRUE, FALSE, bool, isMap, MapLike, isInt, Fun, ExtFun, Pid, Port, Ref, Cons, toBig, int, bin, bigToDouble,
} from "../terms.ts";
import { raise, badarg, exception, elixirRaise, raiseInElixir, ErlangError, TailDrop } from "../errors.ts";
import { TailCall, type AwaitHost } from "../calls.ts";
import { powWork } from "./big_int.ts";
import { powRounded } from "../math_rounded.ts";
import { checkFloat } from "./arith.ts";
import { again } from "../big_work.ts";
import { iterationEntries, mapFromEntries, SmallMap } from "../map.ts";
import type { Node } from "../node.ts";
import { exactEquals } from "../compare.ts";
import { stdoutLeader } from "../io_routing.ts";
import { waitForLoads } from "../loaded_modules.ts";
import { inspect } from "../inspect.ts";
import { libraryDebugClauses } from "../library_clauses.ts";
import { snapshot } from "../observe.ts";
import { selectRows, renderTable } from "../observe_table.ts";

const A_STRUCT = atom("__struct__");
const A_EXCEPTION = atom("__exception__");
const A_RANGE = atom("Elixir.Range");
const A_MAPSET = atom("Elixir.MapSet");
const A_FIRST = atom("first");
const A_LAST = atom("last");
const A_STEP = atom("step");

function range(args: Term[]): Term {
  const [first, last] = args;
  let step = args[2];
  if (step !== undefined && (!isInt(first) || !isInt(last) || !isInt(step) || step === 0)) {
    elixirRaise("ArgumentError", `ranges (first..last//step) expect both sides to be integers and the step to be a non-zero integer, got: ${inspect(first)}..${inspect(last)}//${inspect(step)}`);
  }
  if (!isInt(first) || !isInt(last)) {
    elixirRaise("ArgumentError", `ranges (first..last) expect both sides to be integers, got: ${inspect(first)}..${inspect(last)}`);
  }
  // (a number and a bigint compare exactly in JS: no conversion, as every `a..b` in a loop made two)
  if (step === undefined) step = (first as number | bigint) <= (last as number | bigint) ? 1 : -1;
  return mapFromEntries([[A_STRUCT, A_RANGE], [A_FIRST, first], [A_LAST, last], [A_STEP, step]]);
}

/** the library's structs that implement Enumerable */
const ENUMERABLE_STRUCTS = new Set(["Elixir.MapSet", "Elixir.Range", "Elixir.Date.Range", "Elixir.Stream", "Elixir.IO.Stream", "Elixir.File.Stream", "Elixir.HashSet", "Elixir.HashDict", "Elixir.GenEvent.Stream"]);

function structUpdate([base, kv, enforce, library]: Term[]): Term {
  if (!isMap(base)) badarg();
  const mod = (base as MapLike).get(A_STRUCT) as Term;
  const required = enforce ? listToArray(enforce) ?? [] : [];
  // Elixir's defstruct __struct__/1 folds kv with Enum.reduce and a fun of its own (frames with no
  // location), then checks the enforced keys: without any, it tail-calls the reduce (no frame of its own)
  const fail = (reason: Term, top: Term, below: Term[]): never => {
    const e = new ErlangError("error", reason);
    e.callee = top;
    e.calleeBelow = below;
    if (required.length === 0) e.tailCalled = TailDrop.Always;
    throw e;
  };
  let m = base as MapLike;
  let items: Term[] | null;
  const isStruct = isMap(kv) && (kv as MapLike).has(A_STRUCT);
  const structName = isStruct ? (kv as MapLike).get(A_STRUCT) : undefined;
  // a range is enumerated (Enum.reduce_range/5), and its first integer is no pair
  const range = isStruct && (kv as MapLike).get(A_STRUCT) === A_RANGE ? rangeFirst(kv as MapLike) : undefined;
  // a MapSet is enumerated as the protocol does, over its elements (MapSet.to_list/1's order)
  const setMap = structName === A_MAPSET ? (kv as MapLike).get(atom("map")) : undefined;
  if (range !== undefined) items = range === null ? [] : [range];
  else if (setMap !== undefined && isMap(setMap)) items = (setMap as MapLike).entries().map(([k]) => k);
  // (a struct is no Enumerable unless its module implements it: those of the library that do
  // are read as maps below, as before)
  else if (structName instanceof Atom && !ENUMERABLE_STRUCTS.has(structName.name)) items = null;
  else if (isMap(kv)) items = (kv as MapLike).entries().map(([k, v]) => tuple(k, v));
  else items = listToArray(kv);
  if (items === null) {
    if (kv instanceof Cons || kv instanceof Fun || kv instanceof ExtFun) badarg();
    return fail(exception("Protocol.UndefinedError", { protocol: atom("Elixir.Enumerable"), value: kv, description: bin("") }),
      codeFrame("Elixir.Enumerable", "impl_for!", 1, "lib/enum.ex", 1),
      [codeFrame("Elixir.Enumerable", "reduce", 3, "lib/enum.ex", 166), codeFrame("Elixir.Enum", "reduce", 3, "lib/enum.ex", 4307)]);
  }
  // (a MapSet: Enum.reduce/3's fn around the fold's, in Enumerable.List.reduce/3 over its elements)
  const folding = range !== undefined ? [codeFrame("Elixir.Enum", "reduce_range", 5, "lib/enum.ex", 4299)]
    : setMap !== undefined ? [codeFrame("Elixir.Enum", "-reduce/3-anonymous-1-", 3, "lib/enum.ex", 4307), codeFrame("Elixir.Enumerable.List", "reduce", 3, "lib/enum.ex", 4751), codeFrame("Elixir.Enum", "reduce", 3, "lib/enum.ex", 4307)]
    : isMap(kv) ? [codeFrame("maps", "fold_1", 3, "maps.erl", 411)] : [codeFrame("Elixir.Enum", "-reduce/3-lists^foldl/2-0-", 3, "lib/enum.ex", 2468)];
  // (with enforced keys the fun's accumulator is {struct, keys not given yet}; compiled in a
  // script or project the fun is inlined into __struct__/1, in Elixir's own library it is not)
  let pending = required;
  for (const it of items) {
    if (!(it instanceof Tuple) || it.items.length !== 2) {
      const name = library === TRUE ? "-__struct__/1-fun-0-" : "-__struct__/1-inlined-0-";
      return fail(atom("function_clause"), tuple(mod, atom(name), list([it, required.length > 0 ? tuple(m, list(pending)) : m]), NIL), folding);
    }
    if (required.length > 0) { const i = pending.indexOf((it as Tuple).items[0]); if (i >= 0) pending = [...pending.slice(0, i), ...pending.slice(i + 1)]; }
    const [k, v] = (it as Tuple).items;
    // struct!/2 raises KeyError with no term (as Elixir's does). A :__struct__ pair replaces the
    // name, as %{map | key => val} does (struct!/2 then refuses it); a struct given as kv is read
    // as a map here, which Elixir's Enum.reduce would not (its own :__struct__ key fails instead)
    if (!m.has(k) || (k === A_STRUCT && isStruct && setMap === undefined)) return fail(tuple(atom("badkey"), k), tuple(mod, atom("-__struct__/1-fun-0-"), 2, NIL), folding);
    m = m.put(k, v);
  }
  const given = new Set(items.map((it) => (it as Tuple).items[0]));
  const missing = required.filter((k) => !given.has(k));
  if (missing.length > 0) {
    const name = ((base as MapLike).get(A_STRUCT) as Atom).name.replace(/^Elixir\./, "");
    elixirRaise("ArgumentError", `the following keys must also be given when building struct ${name}: ${inspect(list(missing))}`);
  }
  return m;
}

/** the first element of a %Range{} of integers, null when it is empty (undefined: not such a range) */
function rangeFirst(r: MapLike): Term | null | undefined {
  const [first, last, step] = ["first", "last", "step"].map((k) => r.get(atom(k)));
  if (!isInt(first) || !isInt(last) || !isInt(step)) return undefined;
  const [f, l, st] = [toBig(first as number), toBig(last as number), toBig(step as number)];
  return (st > 0n && f > l) || (st < 0n && f < l) ? null : first;
}

function structCheck([value, mod]: Term[]): Term {
  if (!isMap(value) || (value as MapLike).get(A_STRUCT) !== mod) {
    raise(exception("BadStructError", { struct: mod, term: value }));
  }
  return value;
}

/** the implementation module name suffix for a value, as Elixir's protocol dispatch names it */
function typeName(t: Term): string {
  if (isInt(t)) return "Integer";
  if (t instanceof Float) return "Float";
  if (t instanceof Atom) return "Atom";
  if (t instanceof Bin) return "BitString";
  if (t === NIL || t instanceof Cons) return "List";
  if (t instanceof Tuple) return "Tuple";
  if (t instanceof Fun || t instanceof ExtFun) return "Function";
  if (t instanceof Pid) return "PID";
  if (t instanceof Ref) return "Reference";
  if (t instanceof Port) return "Port";
  if (isMap(t)) return "Map";
  return "Any";
}

function implFor(ctx: BifContext, proto: Atom, value: Term, fallback: Term): Atom | null {
  const n = ctx.node as Node;
  const struct = isMap(value) ? (value as MapLike).get(A_STRUCT) : undefined;
  // a struct dispatches to its own implementation (or Any), never to Map's
  const m = implName(proto, struct instanceof Atom ? struct : typeName(value));
  // (hasCurrent: a library module is there before its code is decoded, or fetched by a page)
  if (n.code.hasCurrent(m) || n.code.ensureLoaded(m)) {
    // a struct's derived implementation without code of its own stands for Any's
    const target = struct instanceof Atom ? n.code.current(m)?.attribute("impl_target") : undefined;
    return target instanceof Atom ? target : m;
  }
  if (fallback === TRUE) {
    const any = implName(proto, "Any");
    if (n.code.hasCurrent(any) || n.code.ensureLoaded(any)) return any;
  }
  return null;
}

/**
 * implFor's common case without its BIF call, for compiled code (defineDirect): a value that is no
 * struct, whose type's implementation has a current version (loaded, or a library module not yet
 * decoded). undefined for the rest (a struct, whose implementation's version is read; a missing
 * implementation, loaded on demand or raised about by the BIF).
 */
function implForDirect(proto: Atom, value: Term, ctx: BifContext): Atom | undefined {
  if (isMap(value) && (value as MapLike).get(A_STRUCT) instanceof Atom) return undefined;
  const m = implName(proto, typeName(value));
  return (ctx.node as Node).code.hasCurrent(m) ? m : undefined;
}

/** the implementation module's name for a type (or struct) of a protocol, remembered per protocol: protocols dispatch on every call */
const implNames = new Map<Atom, Map<string | Atom, Atom>>();

function implName(proto: Atom, typeOrStruct: string | Atom): Atom {
  let names = implNames.get(proto);
  if (names === undefined) implNames.set(proto, (names = new Map()));
  let m = names.get(typeOrStruct);
  if (m === undefined) {
    const suffix = typeOrStruct instanceof Atom ? typeOrStruct.name.replace(/^Elixir\./, "") : typeOrStruct;
    names.set(typeOrStruct, (m = atom(proto.name + "." + suffix)));
  }
  return m;
}

/** Elixir's `raise ArgumentError` in the caller: its frame tagged error_info: %{module: Exception} */
function bareArgumentError(): never {
  const e = new ErlangError("error", exception("ArgumentError", { message: bin("argument error") }));
  e.locationInfo = tuple(atom("error_info"), mapFromEntries([[atom("module"), atom("Elixir.Exception")]]));
  throw e;
}

function isStruct(args: Term[]): Term {
  const [t, mod] = args;
  // (a name that is no atom: Elixir's expansion raises a bare ArgumentError; in a guard it fails)
  if (args.length === 2 && !(mod instanceof Atom)) bareArgumentError();
  if (!isMap(t)) return FALSE;
  const s = (t as MapLike).get(A_STRUCT);
  if (!(s instanceof Atom)) return FALSE;
  return mod === undefined ? TRUE : bool(s === mod);
}

const A_KERNEL = atom("Elixir.Kernel");

function pow([a, b]: Term[], ctx: BifContext): Term | AwaitHost | TailCall {
  if (isInt(a) && isInt(b)) {
    // a negative integer exponent gives a float, as Kernel.**/2 does
    if (toBig(b as number) < 0n) return checkFloat(powRounded(typeof a === "bigint" ? bigToDouble(a) : Number(a), Number(b)));
    return powWork(ctx, toBig(a as number), toBig(b as number), again("beamlet", "pow", [a, b]));
  }
  // a non-number fails Kernel.**/2's clauses (its FunctionClauseError, as in Elixir)
  if (!(isInt(a) || a instanceof Float) || !(isInt(b) || b instanceof Float)) return new TailCall(A_KERNEL, [a, b], atom("**"));
  const real = (t: Term) => (t instanceof Float ? t.value : typeof t === "bigint" ? bigToDouble(t) : Number(t));
  const x = real(a), y = real(b);
  // an integer past the largest double does not convert: badarith, as :math.pow's
  if (!Number.isFinite(x) || !Number.isFinite(y)) raise(atom("badarith"));
  // an overflow (2.0 ** 5000) or a complex result ((-8.0) ** 0.5) is badarith, as :math.pow's
  return checkFloat(powRounded(x, y));
}

/** a module iex would find on the code path: the library's, or one loaded from an object file (not
 *  one compiled in memory, at the prompt or by Code.compile_string) */
function onCodePath(code: Node["code"], m: Atom, s: { hasCurrent: boolean; currentFile: string | null }): boolean {
  return s.hasCurrent && (code.preloaded.has(m) || !!s.currentFile);
}

defineBifs("beamlet", {
  // a map's {key, value} pairs in maps:iterator order (lib/erlang/maps.ex, Enumerable.Map)
  "map_iteration_list/1": ([m]) => {
    if (!isMap(m)) raise(tuple(atom("badmap"), m));
    // a flatmap (Enum over a record-sized map, a JSON encoder's objects): its keys and values
    // straight into the list's cells, without a pair per entry and an array of them
    if (m instanceof SmallMap) {
      let out: Term = NIL;
      for (let i = m.keys.length - 1; i >= 0; i--) out = new Cons(new Tuple([m.keys[i], m.vals[i]]), out);
      return out;
    }
    return list(iterationEntries(m as MapLike).map(([k, v]) => tuple(k, v)));
  },
  /** {file, {moduledoc | nil, line}, [{"name/arity", doc, line}]} of a loaded module, or nil (ExUnit.DocTest) */
  "module_docs/1": ([m]: Term[], ctx: BifContext) => {
    if (!(m instanceof Atom)) return NIL_ATOM;
    const v = (ctx.node as Node).code.current(m);
    if (!v) return NIL_ATOM;
    const d = v.compiled.docs ?? { moduledoc: null, functions: [] };
    return tuple(
      binLiteral(v.compiled.file ?? "nofile"),
      tuple(d.moduledoc === null ? NIL_ATOM : binLiteral(d.moduledoc), d.moduledocLine ?? 0),
      list(d.functions.map(([k, t, l]) => tuple(binLiteral(k), binLiteral(t), l ?? 0))),
    );
  },
  /** the protocols among the node's modules, the library's included (IEx.Helpers.i/1's
   *  "Implemented protocols"): a protocol is a module with __protocol__/1; only the modules
   *  that other modules' names extend (Enumerable of Enumerable.List ...) are decoded to look */
  "protocols/0": (_: Term[], ctx: BifContext) => {
    const code = (ctx.node as Node).code;
    const names = new Set<string>();
    for (const [m, s] of code.modules) if (onCodePath(code, m, s)) names.add(m.name);
    const out: Term[] = [];
    for (const name of names) {
      const dot = name.lastIndexOf(".");
      const parent = dot > 0 ? name.slice(0, dot) : "";
      if (!names.has(parent) || out.some((p) => (p as Atom).name === parent)) continue;
      const v = code.current(atom(parent));
      if (v?.functions.some((f) => f.exported && f.name === "__protocol__" && f.arity === 1)) out.push(atom(parent));
    }
    return list(out);
  },
  /** the implementations of a protocol among the same modules, as the types they are for (i/1) */
  "protocol_impls/1": ([p]: Term[], ctx: BifContext) => {
    if (!(p instanceof Atom)) return NIL;
    const code = (ctx.node as Node).code;
    const prefix = p.name + ".";
    const out: Term[] = [];
    for (const [m, s] of code.modules) if (m.name.startsWith(prefix) && onCodePath(code, m, s)) out.push(atom("Elixir." + m.name.slice(prefix.length)));
    return list(out);
  },
  /** erlang:raise/3 of a catch clause's own stacktrace, used nowhere else (compiler/try.ts): OTP's
   *  compiler raises the raw stack trace again, whose top entry, when it carries arguments (a
   *  function_clause), has lost its file and line (observed on OTP 25: a def's or a fn's clauses).
   *  The helpers Erlang's compiler makes of an inlined :lists function (-f/3-lists^foldl/2-0-) keep
   *  theirs: their function_clause is raised by a call at their line (Enum.into of [1 | 2] to a MapSet) */
  "raw_raise/3": ([kind, reason, st]: Term[]) => {
    if (!(kind instanceof Atom) || !["error", "exit", "throw"].includes(kind.name)) badarg();
    const e = new ErlangError(kind.name as "error", reason);
    let trace: Term = st instanceof Cons || st === NIL ? st : NIL;
    const inlinedHelper = (t: Tuple) => t.items[1] instanceof Atom && /^-.+-lists\^\w+\/\d+-\d+-$/.test(t.items[1].name);
    if (trace instanceof Cons && trace.head instanceof Tuple && trace.head.items.length === 4 && (trace.head.items[2] instanceof Cons || trace.head.items[2] === NIL) && !inlinedHelper(trace.head)) {
      const [m, f, a, loc] = trace.head.items;
      const kept = listToArray(loc)?.filter((x) => !(x instanceof Tuple && x.items[0] instanceof Atom && (x.items[0].name === "file" || x.items[0].name === "line"))) ?? [];
      trace = new Cons(tuple(m, f, a, list(kept)), trace.tail);
    }
    e.stacktrace = trace;
    throw e;
  },
  /** {kind, [{args, guards}]} of module's function name/arity from its debug info, or nil
   *  (Exception.blame_mfa/3; compiler/debug_info.ts writes it) */
  "debug_clauses/3": ([m, name, arity]: Term[], ctx: BifContext) => {
    if (!(m instanceof Atom)) return NIL_ATOM;
    const debug = (ctx.node as Node).code.current(m)?.compiled.debug;
    for (let c = debug ?? NIL; c instanceof Cons; c = c.tail) {
      const [fa, kind, clauses] = (c.head as Tuple).items;
      const [n, a] = (fa as Tuple).items;
      if (n === name && a === arity) return tuple(kind, clauses);
    }
    return NIL_ATOM;
  },
  /** the same for a library function written in TS, from Elixir's own (vm/library_clauses.ts) */
  "library_clauses/3": ([m, name, arity]: Term[]) => {
    if (!(m instanceof Atom) || !(name instanceof Atom) || typeof arity !== "number") return atom("nil");
    return libraryDebugClauses(m.name, name.name, arity) ?? atom("nil");
  },
  /** 0, 1, 2... per {module, key}: compile-time numbering (ExUnit names setups __ex_unit_setup_N) */
  "next_counter/1": ([key]: Term[], ctx: BifContext) => {
    const n = ctx.node as Node;
    const k = inspect(key);
    const v = n.counters.get(k) ?? 0;
    n.counters.set(k, v + 1);
    return v;
  },
  "sync_result/1": ([r]: Term[], ctx: BifContext) => {
    (ctx.process as { syncResult: Term | null }).syncResult = r;
    return atom("ok");
  },
  // observe() in the REPL: the node's processes and modules as the observer's table
  "observe_table/0": (_: Term[], ctx: BifContext) => {
    const node = ctx.node as Node;
    return bin(renderTable("node nonode@nohost", selectRows(snapshot(node), { all: false, sort: "reductions", filter: "" }), false));
  },
  /** the size of the terminal standard_io is on (:columns or :rows): a number, or :undefined */
  "terminal_geometry/1": ([which]: Term[], ctx: BifContext) => terminalGeometry(ctx, which, "standard_io"),
  /** the same of the console's standard_error */
  "terminal_geometry/2": ([which, device]: Term[], ctx: BifContext) => terminalGeometry(ctx, which, device === atom("standard_error") ? "standard_error" : "standard_io"),
  /** IO.ANSI.enabled?'s default, from the host (a terminal, NO_COLOR unset) */
  "ansi_default/0": (_: Term[], ctx: BifContext) => atom((ctx.node as Node).ansiEnabled ? "true" : "false"),
  /** the modules scripts have defined so far, oldest first */
  "script_modules/0": (_: Term[], ctx: BifContext) => list((ctx.node as Node).scriptDefined),
  "tests_loaded/0": (_: Term[], ctx: BifContext) => {
    (ctx.node as Node).onTestsLoaded?.();
    return atom("ok");
  },
  /** {:beamlet_idle} to the caller once no process is runnable (vm/node.ts idleWatchers) */
  "notify_when_idle/0": (_: Term[], ctx: BifContext) => {
    (ctx.node as Node).idleWatchers.push({ process: ctx.process as Process, message: tuple(atom("beamlet_idle")) });
    return atom("ok");
  },
  /** the same with a message of the caller's own (two waits of one process kept apart) */
  "notify_when_idle/1": ([message]: Term[], ctx: BifContext) => {
    (ctx.node as Node).idleWatchers.push({ process: ctx.process as Process, message });
    return atom("ok");
  },
  /** takes back the caller's notify_when_idle/1 of that message, if still waiting */
  "cancel_when_idle/1": ([message]: Term[], ctx: BifContext) => {
    const node = ctx.node as Node;
    node.idleWatchers = node.idleWatchers.filter((w) => w.process !== ctx.process || !exactEquals(w.message, message));
    return atom("ok");
  },
  /** whether the caller's writes let the processes ready to run run first (they do unless it
   *  stands for a process the others never wait for: ExUnit's runner writing as its formatter) */
  "writes_hold_no_one/1": ([on]: Term[], ctx: BifContext) => {
    (ctx.process as Process).writesHoldNoOne = on === atom("true");
    return atom("ok");
  },
  /** whether a process other than the caller is ready to run and not waiting for the code server
   *  (a module's first load takes the BEAM far longer than a script's last moments: lib/boot/boot.ex) */
  "others_computing/0": (_: Term[], ctx: BifContext) => {
    const self = ctx.process as Process;
    for (const q of (ctx.node as Node).runQueue) {
      if (q !== self && q.status !== "exited" && !q.loadsUnderWay && q.codeTrips === 0 && q.codeWaitOn === null) return atom("true");
    }
    return atom("false");
  },
  /** proc_lib's crash report of the caller, which is ending abnormally: on the BEAM it gathers
   *  the process's and its neighbours' information and passes Logger's handler before the exit
   *  signals go, far longer than a script's last moments (an `Agent.start_link` whose init raises
   *  lets the script print on and end with 0). The caller waits a turn, as for the code server,
   *  so the script's end does not wait for it (lib/erlang/proc_lib.ex) */
  "crash_report/0": (_: Term[], ctx: BifContext) => {
    const p = ctx.process as Process;
    waitForLoads((ctx.node as Node).code, p);
    p.yieldRequested = true;
    return atom("ok");
  },
  /** whether a process other than the caller is in the run queue, waiting for the code server or
   *  not (lib/boot/boot.ex: the parallel checker's moments outlast a module's load) */
  "others_runnable/0": (_: Term[], ctx: BifContext) => {
    const self = ctx.process as Process;
    for (const q of (ctx.node as Node).runQueue) if (q !== self && q.status === "runnable") return atom("true");
    return atom("false");
  },
  /** an emulator report (a process that raised...) is being made and waits for no load of its
   *  own: on the BEAM it is in Logger's queue and its translation has what it calls (the
   *  script's own last loads brought it in), so Logger.flush/0 at the script's end writes it */
  "report_under_way/0": (_: Term[], ctx: BifContext) => bool((ctx.node as Node).emulatorReports.underWay()),
  "script_ended/0": (_: Term[], ctx: BifContext) => {
    const n = ctx.node as Node;
    const hook = n.onScriptEnd;
    n.onScriptEnd = null;
    hook?.();
    return atom("ok");
  },
  /** the next command of `elixir -e A -r B FILE` to run in this process, compiled now (:done when
   *  there is none; lib/boot/boot.ex) */
  "next_command/0": (_: Term[], ctx: BifContext) => {
    const n = ctx.node as Node;
    if (!n.nextCommand) return atom("done");
    const since = n.host.now();
    const next = n.nextCommand();
    n.afterCompile(ctx.process as Process, since);
    if (next.t === "module") {
      // its frames as Elixir's below the command's own: what its initial call says (vm/stacktrace.ts)
      (ctx.process as { initialCall: [Atom, Atom, number] | null }).initialCall = [atom("beamlet_boot"), atom(next.entry), 1];
      return atom(next.module);
    }
    if (next.t === "done") return atom("done");
    return tuple(atom(next.t), next.status);
  },
  "command_error_header/0": (_: Term[], ctx: BifContext) => bin((ctx.node as Node).commandErrorHeader),
  /** the System.at_exit/1 funs, newest first; taking them empties the list (each runs once) */
  "take_at_exit/0": (_: Term[], ctx: BifContext) => {
    const n = ctx.node as Node;
    const funs = n.atExit;
    n.atExit = [];
    return list(funs);
  },
  "reply_to_host/2": ([ref, value]: Term[], ctx: BifContext) => {
    (ctx.node as Node).hostReply(ref, value);
    return atom("ok");
  },
  // the calling process's output goes to the node's console from now on, not to the shell it was
  // spawned from (the Logger process: the BEAM's console backend writes to the node's console)
  "write_to_console/0": (_: Term[], ctx: BifContext) => {
    // it leads itself: a capture's group leader it was spawned under does not take its output
    (ctx.process as { output: unknown; groupLeader: unknown }).output = null;
    (ctx.process as { groupLeader: unknown }).groupLeader = null;
    return atom("ok");
  },
  // a read request to a device that is a tuple, which OTP's io:request/3 (io.erl:588) has no
  // clause for: its function_clause, the request and the error tag :error as its arguments
  "io_request_no_clause/2": ([device, request]: Term[]) => raiseInElixir(atom("function_clause"), "io", "request", [device, request, atom("error")], "io.erl", 588),
  // the process registered under name, or :undefined, without starting a boot process that has
  // not run yet (Node.systemProcess): the end of a script flushes Logger only if it runs
  "whereis_running/1": ([name]: Term[], ctx: BifContext) => {
    if (!(name instanceof Atom)) badarg();
    return (ctx.node as Node).registry.get(name as Atom)?.pid ?? atom("undefined");
  },
  // no other process could run now (Node.runsAlone): a round trip to a waiting process gives nobody a turn
  "runs_alone/0": (_: Term[], ctx: BifContext) => bool((ctx.node as Node).runsAlone(ctx.process)),
  // spawn fun as a process the BEAM has running from boot (the Logger process): pid <0.N.0> when
  // free, and no pid number taken from the program's processes (Node.systemPid)
  "spawn_system/2": ([fun, n]: Term[], ctx: BifContext) => {
    if (!(fun instanceof Fun) || typeof n !== "number") badarg();
    return (ctx.node as Node).spawn(null, fun, [], null, { system: n as number })[0].pid;
  },
  // the io server standard input and output go to when it is not the console (vm/io_routing.ts)
  "stdio_leader/0": (_: Term[], ctx: BifContext) => stdoutLeader(ctx.node as Node, ctx.process) ?? NIL_ATOM,
  "range/0": () => range([0, -1, 1]),
  "range/2": range,
  "range/3": range,
  "in_range/3": ([x, a, b]: Term[]) => {
    // (small integers, the common `c in ?a..?z`, compared as they are)
    if (typeof x === "number" && typeof a === "number" && typeof b === "number") return bool(a <= b ? x >= a && x <= b : x <= a && x >= b);
    if (!isInt(x) || !isInt(a) || !isInt(b)) return FALSE;
    const X = toBig(x as number), A = toBig(a as number), B = toBig(b as number);
    return bool(A <= B ? X >= A && X <= B : X <= A && X >= B);
  },
  "struct_update/2": structUpdate,
  "struct_update/3": structUpdate,
  "struct_update/4": structUpdate,
  "struct_check/2": structCheck,
  "check_bool/2": ([v, op]: Term[]) => {
    if (v !== TRUE && v !== FALSE) raise(tuple(atom("badbool"), op, v));
    return v;
  },
  "is_struct/1": isStruct,
  "is_struct/2": isStruct,
  "is_exception/1": ([t]: Term[]) => bool(isMap(t) && (t as MapLike).get(A_EXCEPTION) === TRUE),
  "is_exception/2": ([t, m]: Term[]) => !(m instanceof Atom) ? bareArgumentError() : bool(isMap(t) && (t as MapLike).get(A_EXCEPTION) === TRUE && (t as MapLike).get(A_STRUCT) === m),
  "is_exception_of/2": ([e, mods]: Term[]) => {
    if (!isMap(e)) return FALSE;
    const s = (e as MapLike).get(A_STRUCT);
    return bool((listToArray(mods) ?? []).includes(s as Term));
  },
  // (mods hold ErlangError: also true when the raw reason is no exception struct)
  "is_exception_of/3": ([e, mods, raw]: Term[]) => {
    if (isMap(e) && (listToArray(mods) ?? []).includes((e as MapLike).get(A_STRUCT) as Term)) return TRUE;
    return bool(!(isMap(raw) && (raw as MapLike).get(atom("__exception__")) === TRUE));
  },
  // the stack trace a rescue clause normalizes with (compiler/rescue_normalize.ts): the trace when
  // the raw error is one the named modules' guards match, else []
  "rescue_stacktrace/3": ([raw, st, mods]: Term[]) => {
    const tag = raw instanceof Tuple && raw.size === 2 ? raw.items[0] : null;
    const hit = (listToArray(mods) ?? []).some((m) => {
      switch ((m as Atom).name) {
        case "Elixir.ArgumentError": return raw === atom("badarg") || tag === atom("badarg");
        case "Elixir.KeyError": return tag === atom("badkey");
        case "Elixir.FunctionClauseError": return raw === atom("function_clause");
        case "Elixir.UndefinedFunctionError": return raw === atom("undef");
        case "Elixir.SystemLimitError": return raw === atom("system_limit");
        default: return false;
      }
    });
    return hit ? st : NIL;
  },
  "pow/2": pow,
  "match_op/2": ([a, b]: Term[]) => {
    if (a instanceof Bin && b instanceof Bin) return bool(a.toString().includes(b.toString()));
    // Kernel.=~/2 fails its clauses on a non-binary left side, and hands anything else on the
    // right to Regex.match?/2, which fails its own (FunctionClauseErrors as in Elixir)
    if (!(a instanceof Bin)) return new TailCall(A_KERNEL, [a, b], atom("=~"));
    return new TailCall(atom("Elixir.Regex"), [b, a], atom("match?"));
  },
  "impl_for/3": ([proto, value, fallback]: Term[], ctx: BifContext) => implFor(ctx, proto as Atom, value, fallback) ?? NIL_ATOM,
  "impl_for!/3": ([proto, value, fallback]: Term[], ctx: BifContext) => {
    const m = implFor(ctx, proto as Atom, value, fallback);
    // the protocol's impl_for!/1 raises, so that its frame is on top as in Elixir
    return m ?? new TailCall(proto as Atom, [value], atom("impl_for!"));
  },
  "protocol_undefined/2": ([protocol, value]: Term[]) =>
    raise(exception("Protocol.UndefinedError", { protocol, value, description: new Bin(new Uint8Array(0)) })),
  "coerce_exception/1": ([x]: Term[]) => {
    if (x instanceof Bin) return exception("RuntimeError", { message: x });
    // an exception is a struct (Kernel.Utils.raise/1's %_{__exception__: true}): a plain map
    // with __exception__ alone is refused
    if (isMap(x) && (x as MapLike).get(A_EXCEPTION) === TRUE && (x as MapLike).get(A_STRUCT) instanceof Atom) return x;
    if (x instanceof Atom) return new TailCall(x, [NIL], atom("exception"));
    // anything else becomes the ArgumentError that raise/reraise then raise (as Kernel.Utils.raise/1
    // returns it): raise's frame tagged with error_info, reraise's the stacktrace it was given
    return exception("ArgumentError", { message: bin(`raise/1 and reraise/2 expect a module name, string or exception as the first argument, got: ${inspect(x)}`) });
  },
});
// protocols dispatch on every call (string interpolation's String.Chars.to_string/1, Enum on a
// map or a struct): compiled code asks these first, the BIF when they do not answer
defineDirect("beamlet", "impl_for!/3", (proto, value, _fallback, ctx) => implForDirect(proto as Atom, value as Term, ctx as BifContext));
defineDirect("beamlet", "impl_for/3", (proto, value, _fallback, ctx) => implForDirect(proto as Atom, value as Term, ctx as BifContext));


// :queue.in/2 and in_r/2 (the rest of :queue is lib/erlang/queue.ex): OTP's {rear, front} lists
/** the badarg of queue.erl's in/2 or in_r/2 (OTP 25's line), with the arguments */
function queueBadarg(fun: string, args: Term[], line: number): never {
  const e = new ErlangError("error", atom("badarg"));
  e.callee = tuple(atom("queue"), atom(fun), list(args), list([tuple(atom("file"), list([..."queue.erl"].map((c) => c.charCodeAt(0)))), tuple(atom("line"), line)]));
  throw e;
}

/** {rear, front}, both lists (OTP's clauses check no more) */
const isQueue = (q: Term): boolean => q instanceof Tuple && q.items.length === 2 && q.items.every((l) => l === NIL || l instanceof Cons);

defineBifs("queue", {
  "in/2": ([x, q]: Term[]) => {
    if (!isQueue(q)) queueBadarg("in", [x, q], 126);
    const [r, f] = (q as Tuple).items;
    if (r === NIL && f === NIL) return tuple(list([x]), NIL);
    if (r instanceof Cons && r.tail === NIL && f === NIL) return tuple(list([x]), list([r.head]));
    return tuple(new Cons(x, r), f);
  },
  "in_r/2": ([x, q]: Term[]) => {
    if (!isQueue(q)) queueBadarg("in_r", [x, q], 138);
    const [r, f] = (q as Tuple).items;
    if (r === NIL && f === NIL) return tuple(NIL, list([x]));
    if (r === NIL && f instanceof Cons && f.tail === NIL) return tuple(list([f.head]), list([x]));
    return tuple(r, new Cons(x, f));
  },
});

function terminalGeometry(ctx: BifContext, which: Term, device: "standard_io" | "standard_error"): Term {
  const n = which === atom("columns") || which === atom("rows") ? (ctx.node as Node).terminalGeometry((which as Atom).name as "columns" | "rows", device) : null;
  return n === null ? atom("undefined") : n;
}
