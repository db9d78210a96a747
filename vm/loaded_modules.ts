// Modules a script's node has not loaded yet. `elixir FILE.exs` runs in interactive mode: a library
// module is loaded from disk the first time something calls it, and the caller waits for the code
// server meanwhile, so the other processes run first (a Logger line sent just before a script's
// first IO.inspect is printed before the inspected value, while Inspect's modules load). beamlet
// holds the whole library in memory; it keeps the modules Elixir would not have loaded yet as "not
// loaded" (is_loaded, function_exported? and all_loaded say so) and makes their first use wait one
// turn of the scheduler. What Elixir loads, and when, comes from scripts/gen-loaded-modules.exs.
import { NOT_LOADED_AT_START, FIRST_USE } from "./loaded_modules_data.ts";
import type { CodeServer } from "./code_server.ts";
import type { BifContext } from "./bifs/registry.ts";
import type { Node } from "./node.ts";
import type { Process } from "./process.ts";
import { Atom, Bin, Cons, ExtFun, Float, Fun, NIL, Pid, Port, Ref, Tuple, atom, isMap, type Term } from "./terms.ts";

/** a script's node: the library modules Elixir has not loaded when a script starts are loaded on
 *  first use (a project's, a release's and the REPL's nodes have everything loaded) */
export function startInteractive(cs: CodeServer): void {
  const notLoaded = new Set(NOT_LOADED_AT_START);
  for (const m of cs.preloaded) if (notLoaded.has(m.name)) cs.notLoadedYet.add(m);
  for (const name of LOADED_ELSEWHERE) cs.notLoadedYet.add(atom(name));
}

/** Elixir modules whose work beamlet's library does elsewhere, loaded on their first use all the
 *  same (a load's wait, no code: :code.ensure_loaded/1 still answers {:error, :nofile}) */
const LOADED_ELSEWHERE = ["Elixir.Logger.Translator", "Elixir.Logger.Utils"];

/** loads what the first uses `keys` of library functions load (FIRST_USE): true when one of
 *  those modules was not loaded */
export function firstUse(cs: CodeServer, keys: Iterable<string>): boolean {
  if (cs.notLoadedYet.size === 0) return false;
  let loaded = false;
  for (const k of keys) for (const name of FIRST_USE[k] ?? []) if (cs.loadOnFirstUse(atom(name))) loaded = true;
  return loaded;
}

/**
 * p's first use of library modules `mods`: true when p must wait for the code server first (yield
 * and go on, or make the call again). As on the BEAM, where each module not loaded yet is one
 * request to the code server, p waits one turn of the scheduler per module it loads (its yield is
 * the first; Process.codeTrips the others), and a module another process is still loading makes
 * p wait until that process has it (Process.codeWaitOn): the BEAM's code server answers the
 * second request for a module once the first's load is done.
 */
export function usesModules(cs: CodeServer, p: Process | null, mods: Iterable<Atom>): boolean {
  let own = 0;
  let on: Process | null = null;
  for (const m of mods) {
    if (cs.loadOnFirstUse(m)) {
      own++;
      if (p !== null) cs.loading.set(m, p);
    } else if (cs.loading.size > 0 && p !== null && on === null) {
      const q = cs.loading.get(m);
      if (q !== undefined && q !== p) {
        if (loadingFor(q, p)) on = q;
        else cs.loading.delete(m);
      }
    }
  }
  if (p === null || p.neverWaitsForCode || (own === 0 && on === null)) {
    if (p !== null && own > 0) for (const m of mods) if (cs.loading.get(m) === p) cs.loading.delete(m);
    return false;
  }
  // (code a compiler runs inside p runs to its end: its yields do not let others run)
  if (p.nested !== null) return own > 0;
  if (own > 0) {
    waitForLoads(cs, p);
    p.codeTrips += own - 1;
  }
  if (on !== null) {
    p.codeWaitOn = on;
    // (call sites that cached m's code look again, and so wait for it too)
    cs.generation++;
  }
  return true;
}

/** p waits for the code server from now (its loads are under way: stillWaitsForCode) */
export function waitForLoads(cs: CodeServer, p: Process): void {
  if (!p.loadsUnderWay) {
    p.ioWaitsSeen = cs.ioWaits;
    p.ioWaitsSatOut = 0;
  }
  p.loadsUnderWay = true;
}

/** a module's load from disk takes as long as about this many lines another process prints (each
 *  a round trip to its io server of some microseconds; a load is about a millisecond) */
const IO_WAITS_PER_LOAD = 200;

/** usesModules of one module, without allocating when m is loaded (a call's entry asks) */
export function usesModule(cs: CodeServer, p: Process, m: Atom): boolean {
  if (!cs.notLoadedYet.has(m) && !(cs.loading.size > 0 && cs.loading.has(m))) return false;
  return usesModules(cs, p, [m]);
}

/** q, in the run queue, has code to run: it waits for no load of its own or of another process */
export function readyToRun(q: Process): boolean {
  return !q.loadsUnderWay && q.codeTrips === 0 && (q.codeWaitOn === null || !loadingFor(q.codeWaitOn, q));
}

/** whether q's loads are still under way for p (not when q is gone or waits for p itself) */
function loadingFor(q: Process, p: Process): boolean {
  return q.loadsUnderWay && q.status !== "exited" && q.codeWaitOn !== p;
}

/**
 * The scheduler took p from the run queue: true when p still waits for the code server (it goes
 * to the back of the queue without running), else p's loads are done and it runs.
 */
export function stillWaitsForCode(cs: CodeServer, p: Process): boolean {
  // the turns writers gave the others while waiting for their io server are short: p's load
  // goes on through them (up to IO_WAITS_PER_LOAD of them per trip)
  if (p.loadsUnderWay && cs.ioWaits !== p.ioWaitsSeen) {
    p.ioWaitsSatOut += cs.ioWaits - p.ioWaitsSeen;
    p.ioWaitsSeen = cs.ioWaits;
    if (p.ioWaitsSatOut < IO_WAITS_PER_LOAD) return true;
  }
  p.ioWaitsSatOut = 0;
  if (p.codeTrips > 0) {
    p.codeTrips--;
    return true;
  }
  const q = p.codeWaitOn;
  if (q !== null) {
    if (loadingFor(q, p)) return true;
    p.codeWaitOn = null;
  }
  if (p.loadsUnderWay) {
    p.loadsUnderWay = false;
    for (const [m, l] of cs.loading) if (l === p) cs.loading.delete(m);
  }
  return false;
}

function usesKeys(cs: CodeServer, p: Process | null, keys: Iterable<string>): boolean {
  if (cs.notLoadedYet.size === 0 && cs.loading.size === 0) return false;
  const mods: Atom[] = [];
  for (const k of keys) for (const name of FIRST_USE[k] ?? []) mods.push(atom(name));
  return usesModules(cs, p, mods);
}

/** the first uses `keys` of library functions by a BIF of process p: true when p must wait for
 *  the code server first (yield and make the call again; usesModules) */
export function waitsForFirstUse(ctx: BifContext, keys: Iterable<string>): boolean {
  // (a BIF called with no node, as a unit test calls one, loads nothing)
  const n = ctx.node as Node | null;
  return n !== null && usesKeys(n.code, ctx.process as Process | null, keys);
}

/** a BIF's use of module m (Code.ensure_loaded/1 and its kin): true when m was not loaded yet
 *  and the process must wait for the code server first (yield and make the call again) */
export function waitsToLoad(ctx: BifContext, m: Atom): boolean {
  const n = ctx.node as Node | null;
  return n !== null && usesModules(n.code, ctx.process as Process | null, [m]);
}

/**
 * Whether a look-up by the process (function_exported?, is_loaded, module_loaded) sees library
 * module m as not loaded yet. The library's own look-ups load it instead: where beamlet's library
 * asks, Elixir's mostly calls the module, which loads it.
 */
export function seenNotLoaded(ctx: BifContext, m: Atom): boolean {
  const cs = (ctx.node as Node | null)?.code;
  if (cs === undefined || !cs.notLoadedYet.has(m)) return false;
  const caller = (ctx.process as Process | null)?.version?.module;
  if (caller !== undefined && cs.preloaded.has(caller)) {
    cs.loadOnFirstUse(m);
    return false;
  }
  return true;
}

/** the FIRST_USE key of IO.puts/IO.write of a term that is not chardata (String.Chars) */
export function putsUse(t: Term): string | null {
  if (t instanceof Atom) return "puts:atom";
  if (typeof t === "number" || typeof t === "bigint") return "puts:integer";
  if (t instanceof Float) return "puts:float";
  return null;
}

const STRUCT = atom("__struct__");
const EXCEPTION = atom("__exception__");
const STRUCT_KINDS: Record<string, string> = {
  "Elixir.Range": "range", "Elixir.MapSet": "map_set", "Elixir.Date": "date", "Elixir.Time": "time",
  "Elixir.NaiveDateTime": "naive_date_time", "Elixir.DateTime": "date_time", "Elixir.Regex": "regex",
  "Elixir.URI": "uri", "Elixir.Version": "version",
};

/** the FIRST_USE keys of inspecting t: one per kind of term in it (the first 200 looked at) */
export function inspectUses(t: Term): Set<string> {
  const kinds = new Set<string>();
  const todo: Term[] = [t];
  for (let n = 0; todo.length > 0 && n < 200; n++) {
    const x = todo.pop()!;
    if (typeof x === "number" || typeof x === "bigint") kinds.add("integer");
    else if (x instanceof Float) kinds.add("float");
    else if (x instanceof Atom) kinds.add(x.name === "true" || x.name === "false" ? "boolean" : x.name === "nil" ? "nil_atom" : "atom");
    else if (x instanceof Bin) kinds.add(x.tailBits === 0 ? "binary" : "bitstring");
    else if (x === NIL) kinds.add("empty_list");
    else if (x instanceof Cons) {
      let l: Term = x;
      let printable = true;
      let keyword = true;
      for (; l instanceof Cons && n < 200; l = l.tail, n++) {
        const h = l.head;
        if (typeof h !== "number" || h < 32 || h > 126) printable = false;
        if (!(h instanceof Tuple && h.items.length === 2 && h.items[0] instanceof Atom)) keyword = false;
        todo.push(h);
      }
      if (l !== NIL) todo.push(l);
      kinds.add(printable ? "charlist" : keyword ? "keyword" : "list");
    } else if (x instanceof Tuple) {
      kinds.add("tuple");
      for (let i = 0; i < x.items.length && i < 50; i++) todo.push(x.items[i]);
    } else if (isMap(x)) {
      const s = x.get(STRUCT);
      if (s instanceof Atom) {
        kinds.add(STRUCT_KINDS[s.name] ?? (x.get(EXCEPTION) !== undefined ? "exception" : "struct"));
        continue;
      }
      const entries = x.entries();
      kinds.add(entries.some(([k]) => k instanceof Atom) ? "atom_key_map" : "map");
      for (const [k, v] of entries.slice(0, 50)) todo.push(k, v);
    } else if (x instanceof Pid) kinds.add("pid");
    else if (x instanceof Ref) kinds.add("reference");
    else if (x instanceof Fun || x instanceof ExtFun) kinds.add("function");
    else if (x instanceof Port) kinds.add("port");
  }
  return new Set([...kinds].map((k) => "inspect:" + k));
}
