// An Elixir library function that beamlet runs as a BIF fails on bad arguments as the Elixir
// function does: in the function Elixir fails in, with the library's frames under it
// (vm/library_clauses.ts, generated from Elixir 1.14). String.upcase(:a) fails with the raw reason
// :function_clause in `{String, :upcase, [:a, :default], [file: 'lib/string.ex', line: 831]}`
// (rescue builds the FunctionClauseError from it), Base.decode16(1) in Base.decode16!/2 above
// Base.decode16/2, System.convert_time_unit(1, :a, :b) raises its ArgumentError in
// System.normalize_time_unit/1 above System.convert_time_unit/3. The failure must be the one
// Elixir's has (same raw reason or exception); any other error of the BIF is left as it is.
import { Atom, Term, Tuple, Cons, atom, list, isMap, MapLike } from "./terms.ts";
import { fileLine as frameLocation } from "./code_frame.ts";
import { ErlangError } from "./errors.ts";
import { bifErrorFrame, errorInfoOf } from "./error_info.ts";
import { hasLibraryClauses, libraryFailure, libraryOwnClauses } from "./library_clauses.ts";
import type { BifFn } from "./bifs/registry.ts";

const FUNCTION = atom("function");
const FUNCTION_CLAUSE = atom("function_clause");
const MODULE = atom("module");
const STRUCT = atom("__struct__");
const FUNCTION_CLAUSE_ERROR = atom("Elixir.FunctionClauseError");
const ARG = atom("$arg");
const FILE = atom("file");
const LINE = atom("line");

/** the BIF, failing as the Elixir function does on bad arguments */
export function withClauseFrame(module: string, name: string, arity: number, fn: BifFn): BifFn {
  if (!module.startsWith("Elixir.")) return fn;
  // (whether the table knows the function is asked at its first failure, not here: every Elixir
  // BIF is defined at start-up, and the table's index is inside its JSON, whose parsing kept
  // 0.5 MB in the memory of every run, a hello world's too)
  let known: boolean | undefined;
  return (args, ctx) => {
    try {
      return fn(args, ctx);
    } catch (e) {
      if (e instanceof ErlangError && e.kind === "error" && e.stacktrace === undefined && e.calleeBelow === undefined && (known ??= hasLibraryClauses(module, name, arity))) {
        const modAtom = atom(module);
        const nameAtom = atom(name);
        const shape = shapeOf(e.reason);
        const failure = libraryFailure(module, name, arity);
        throw (failure !== undefined && failure.shape === shape ? asElixirFails(e, failure.frames, shape, args, modAtom, nameAtom) : undefined) ??
          (shape === "function_clause" ? ownClauseFailure(e, args, modAtom, nameAtom, module, name, arity) : undefined) ?? e;
      }
      throw e;
    }
  };
}

/** the failure Elixir's function has on bad arguments, when the BIF's error is that one */
function asElixirFails(e: ErlangError, templates: Tuple[], shape: string, args: Term[], modAtom: Atom, nameAtom: Atom): ErlangError | undefined {
  if (templates.length === 0) return undefined;
  const [top, ...below] = templates.map((t) => instantiate(t, args) as Tuple);
  const [topMod, topFun] = top.items;
  const rest = below.length === 0 ? undefined : below;
  if (e.callee !== undefined) {
    // the BIF named the failing frame itself (an :erlang BIF's, with its error_info): the library's
    // frames go under it when it is the one Elixir's failure has
    const c = e.callee;
    if (!(c instanceof Tuple) || c.items[0] !== topMod || c.items[1] !== topFun || arityOf(c) !== arityOf(top)) return undefined;
    e.calleeBelow = rest;
    return e;
  }
  if (shape === "function_clause") {
    // the BIF raised the FunctionClauseError of the function itself or of the one Elixir fails in
    if (isMap(e.reason)) {
      const m = (e.reason as MapLike).get(MODULE), f = (e.reason as MapLike).get(FUNCTION);
      if (!((m === modAtom && f === nameAtom) || (m === topMod && f === topFun))) return undefined;
    }
    const named = new ErlangError("error", FUNCTION_CLAUSE);
    named.callee = top;
    named.calleeBelow = rest;
    return named;
  }
  // an Erlang BIF's frame says why it failed with the diagnosis the BIF gave
  e.callee = e.diagnosis !== undefined && errorInfoOf(top) !== undefined && topMod instanceof Atom && topFun instanceof Atom
    ? bifErrorFrame(topMod.name, topFun.name, listItems(top.items[2]), e.diagnosis, fileLine(top))
    : top;
  e.calleeBelow = rest;
  return e;
}

/** the FunctionClauseError of the function itself (Map.from_struct(1)): its own frame, at its
 * first clause, as the BEAM gives it */
function ownClauseFailure(e: ErlangError, args: Term[], modAtom: Atom, nameAtom: Atom, module: string, name: string, arity: number): ErlangError | undefined {
  if (!isMap(e.reason) || e.callee !== undefined) return undefined;
  const err = e.reason as MapLike;
  if (err.get(MODULE) !== modAtom || err.get(FUNCTION) !== nameAtom || args.length !== arity) return undefined;
  const own = libraryOwnClauses(module, name, arity);
  if (own === undefined) return undefined;
  const named = new ErlangError("error", FUNCTION_CLAUSE);
  named.callee = new Tuple([modAtom, nameAtom, list(args), frameLocation(own.file, own.line)]);
  return named;
}


/** the raw reason's shape as the table writes it (vm/library_clauses.ts) */
function shapeOf(reason: Term): string | undefined {
  if (reason instanceof Atom) return reason.name;
  if (reason instanceof Tuple) return reason.items[0] instanceof Atom ? reason.items[0].name : undefined;
  if (isMap(reason)) {
    const s = (reason as MapLike).get(STRUCT);
    if (s === FUNCTION_CLAUSE_ERROR) return "function_clause";
    return s instanceof Atom ? s.name : undefined;
  }
  return undefined;
}

/** a template with {:"$arg", i} replaced by the i-th argument */
function instantiate(t: Term, args: Term[]): Term {
  if (t instanceof Tuple) {
    if (t.items.length === 2 && t.items[0] === ARG && typeof t.items[1] === "number") return args[t.items[1]];
    return new Tuple(t.items.map((x) => instantiate(x, args)));
  }
  if (t instanceof Cons) return list(listItems(t).map((x) => instantiate(x, args)));
  return t;
}

function listItems(l: Term): Term[] {
  const out: Term[] = [];
  for (; l instanceof Cons; l = l.tail) out.push(l.head);
  return out;
}

function arityOf(frame: Tuple): number {
  const a = frame.items[2];
  return typeof a === "number" ? a : listItems(a).length;
}

function fileLine(frame: Tuple): [string, number] | undefined {
  let file: string | undefined, line: number | undefined;
  for (const kv of listItems(frame.items[3])) {
    if (!(kv instanceof Tuple)) continue;
    if (kv.items[0] === FILE) file = String.fromCodePoint(...listItems(kv.items[1]).map(Number));
    if (kv.items[0] === LINE && typeof kv.items[1] === "number") line = kv.items[1];
  }
  return file !== undefined && line !== undefined ? [file, line] : undefined;
}

