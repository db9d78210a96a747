// :code and the code-related :erlang BIFs, over the node's code server (upgrade-semantics.md).
import { isEvaluatedFun, erlEvalFunIndex, erlEvalFunName, ERL_EVAL, ERL_EVAL_UNIQ } from "../evaluated_fun.ts";
import { defineBifs, BifContext, KERNEL_MACRO_BIFS } from "./registry.ts";
import { Atom, Bin, Fun, ExtFun, Pid, Ref, Term, Tuple, atom, tuple, list, listToArray, NIL, TRUE, FALSE, bool, Cons, isMap, binFromBytes, bin, charlist } from "../terms.ts";
import { fileLine } from "../code_frame.ts";
import { badarg, badargAt, ErlangError } from "../errors.ts";
import type { CompiledModule } from "../module.ts";
import { bifErrorFrame } from "../error_info.ts";
import { YIELD_AND_RETRY, TailCall } from "../calls.ts";
import { seenNotLoaded, waitsToLoad } from "../loaded_modules.ts";
import type { Node } from "../node.ts";
import { OBJ_EXT } from "../code_server.ts";
import { lookupBif, bifsOfModule, allBifModules } from "./registry.ts";
import { libraryObjectFile } from "./library_apps.ts";
import { ModuleVersion } from "../module.ts";
import { writeModule } from "../bytecode_file.ts";
import { funTableIndex } from "../fun_identity.ts";
import { funMd5, funNameNow } from "../fun_code.ts";
import { CODE_CLAUSE_LINES } from "./code_clause_lines_data.ts";
import { isStickyName } from "./sticky_set.ts";
import { inspectAtom } from "../inspect.ts";
import { pathText } from "./path_text.ts";
import { appNameOf } from "./code_admin.ts";
import { NO_ENV } from "../fun_env.ts";

function node(ctx: BifContext): Node {
  return ctx.node as Node;
}
/** the module argument of an :erlang BIF (OTP 25: badarg, "1st argument: not an atom") */
function modArg(t: Term, at = 1): Atom {
  if (!(t instanceof Atom)) badargAt(at, "not an atom");
  return t as Atom;
}

/** code.erl's functions take a module in a guarded clause: another term is a function_clause */
export function codeModArg(fun: string, args: Term[], at = 0): Atom {
  const t = args[at];
  if (!(t instanceof Atom)) noCodeClause(fun, args);
  return t as Atom;
}

export function noCodeClause(fun: string, args: Term[], below?: Term[]): never {
  const e = new ErlangError("error", atom("function_clause"));
  e.callee = tuple(atom("code"), atom(fun), list(args), codeLocation(CODE_CLAUSE_LINES[`${fun}/${args.length}`]));
  if (below) e.calleeBelow = below;
  throw e;
}

/** a code.erl frame's location (the line of OTP 25's code.erl) */
function codeLocation(line: number | undefined): Term {
  return line === undefined ? NIL : fileLine("code.erl", line);
}

// module_status/2's frame, where it calls is_loaded/1 and matches what that answered
const MODULE_STATUS_LINE = 1053;

/** :code.module_status/1 of one module, as OTP 25's code.erl: a module loaded from a file is
 *  compared with the object file the code path finds for it now */
export function moduleStatus(ctx: BifContext, t: Term): Term {
  const statusFrame = tuple(atom("code"), atom("module_status"), 2, codeLocation(MODULE_STATUS_LINE));
  if (!(t instanceof Atom)) noCodeClause("is_loaded", [t], [statusFrame]);
  const loaded = isLoaded(ctx, t as Atom);
  if (loaded === FALSE) return atom("not_loaded");
  const file = (loaded as Tuple).items[1];
  if (file === atom("preloaded") || file === NIL) return atom("loaded");
  if (!(file instanceof Cons)) {
    // (a load_binary file name given as an atom: no clause of its case matches)
    const e = new ErlangError("error", tuple(atom("case_clause"), loaded));
    e.callee = statusFrame;
    throw e;
  }
  const code = node(ctx).code;
  // (the library's modules are beamlet's own build, found where they were loaded from)
  if (code.preloaded.has(t as Atom) || bifsOfModule((t as Atom).name).length > 0) return atom("loaded");
  const found = code.locate(t as Atom);
  if (found === null) return atom("removed");
  const v = code.current(t as Atom)!;
  const onDisk = code.md5OfObjectCode(found.bytes);
  const now = code.md5Of(v);
  return atom(onDisk !== null && onDisk.every((b, i) => b === now[i]) ? "loaded" : "modified");
}

export function isLoaded(ctx: BifContext, mod: Atom): Term {
  if (bifsOfModule(mod.name).length > 0 && !node(ctx).code.current(mod)) return tuple(atom("file"), objectOrPreloaded(ctx, mod));
  if (seenNotLoaded(ctx, mod)) return FALSE;
  const loaded = node(ctx).code.isLoaded(mod);
  const object = loaded === FALSE ? null : libraryObjectFile(node(ctx), mod);
  return object === null ? loaded : tuple(atom("file"), charlist(object));
}
/** a charlist or binary path as a JS string (another term: badarg) */
export function pathString(t: Term): string {
  return pathText(t) ?? badarg();
}

const A_ERROR = atom("error");
const A_MODULE = atom("module");

function loadResult(m: Atom, r: ModuleVersion | string): Term {
  if (r instanceof ModuleVersion) return tuple(A_MODULE, m);
  return tuple(A_ERROR, atom(r));
}

export function logError(ctx: BifContext, text: string, trailing = "\n"): void {
  logErrorOn(node(ctx), text, trailing);
}

export function logErrorOn(n: Node, text: string, trailing = "\n"): void {
  // the code server reports through Logger on the node's console (not the caller's group
  // leader), as `\nHH:MM:SS.mmm [error] ...` (Elixir 1.14's console format, UTC like lib/otp/logger.ex)
  const d = new Date();
  const two = (n: number) => String(n).padStart(2, "0");
  const ts = `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}.${String(d.getUTCMilliseconds()).padStart(3, "0")}`;
  // the report text ends with a newline of its own, hence the blank line after it
  n.host.write(1, `\n${ts} [error] ${text}\n${trailing}`);
}

/**
 * The code server's reports are Logger errors (`\nHH:MM:SS.mmm [error] TEXT\n` and a blank line
 * after it): Logger's level decides whether they print, and they print asynchronously, as every
 * Logger report does. The BIF's own result is handed back through Logger.__code_server_report__/3,
 * which logs and then returns `value` (kind :return) or raises it (kind :error).
 */
export function reportThen(text: string | string[], kind: "return" | "error", value: Term, trailing = "\n"): TailCall {
  const texts = typeof text === "string" ? bin(text + trailing) : list(text.map((t) => bin(t + trailing)));
  return new TailCall(atom("Elixir.Logger"), [texts, atom(kind), value], atom("__code_server_report__"));
}

/** the code server's report when it refuses to load a sticky module (code_server.erl's text) */
export function stickyRefusalText(m: Atom): string {
  return `Can't load module '${inspectAtom(m)}' that resides in sticky dir`;
}

/** a sticky module's load refused: the report, then {:error, :sticky_directory} */
function refuseSticky(m: Atom): Term {
  return reportThen(stickyRefusalText(m), "return", tuple(A_ERROR, atom("sticky_directory"))) as unknown as Term;
}

const ON_LOAD_FAILURE = tuple(A_ERROR, atom("on_load_failure"));

/**
 * Modules loaded with an @on_load function (prepared, not current yet): the code server runs each
 * function in a process of its own and waits (lib/erlang/code_server.ex, __on_load__/3); the
 * loading call then answers `ok` when every one returned :ok, else `failed`.
 */
export function runOnLoad(mods: Atom[], ok: Term, failed: Term): Term {
  return new TailCall(atom("code_server"), [list(mods), ok, failed], atom("__on_load__")) as unknown as Term;
}

/** the BEAM's two reports for a file that is not valid object code: OTP 25's texts where the BEAM
 *  has the same failure (a file too short or not object code at all is its "corrupt file header"
 *  at beam_load.c line 144, another module's code line 180), beamlet's own reason otherwise */
export function badfileReports(m: Atom, path: string, reason: string): string[] {
  const other = /^the file holds module (.*), not /.exec(reason);
  const loader = reason === "corrupt file header" || reason.startsWith("truncated or extended file") ? "beam/beam_load.c(144): "
    : other ? "beam/beam_load.c(180): " : "";
  const text = loader === "" ? reason : other ? `module name in object code is '${other[1]}'` : "corrupt file header";
  return [`${loader}Error loading module '${m.name}':\n  ${text}\n`, `Loading of ${path} failed: :badfile`];
}

function badfileThen(ctx: BifContext, m: Atom, r: ModuleVersion | string): Term {
  const bad = node(ctx).code.lastBadFile;
  if (r !== "badfile" || bad === null) return loadResult(m, r);
  return reportThen(badfileReports(m, bad.path, bad.reason), "return", loadResult(m, r)) as unknown as Term;
}

/**
 * On the BEAM these are calls to the code server process: the caller blocks, so the processes it
 * has just spawned get to run first. Returns true when the BIF must hand back YIELD_AND_RETRY.
 */
export function yieldFirst(ctx: BifContext): boolean {
  const p = ctx.process as { retried: boolean };
  return !p.retried;
}

export function exported(n: Node, m: Atom, f: Atom, a: number): boolean {
  if (m.name === "Elixir.Kernel" && KERNEL_MACRO_BIFS.has(`${f.name}/${a}`)) return false;
  if (lookupBif(m.name, f.name, a)) return true;
  const v = n.code.current(m);
  if (!v) return n.code.bifOnlyHasInfo(m, f.name, a);
  if (f.name === "module_info" && (a === 0 || a === 1)) return true;
  // every Elixir module has __info__/1 (the library's is answered by the code server, not compiled in)
  if (f.name === "__info__" && a === 1 && n.code.hasElixirInfo(m)) return true;
  return v.exported(f.name, a) >= 0;
}

/** a module beamlet has only as BIFs: its OTP application's object file, else preloaded (:erlang) */
function objectOrPreloaded(ctx: BifContext, m: Atom): Term {
  const object = libraryObjectFile(node(ctx), m);
  return object === null ? atom("preloaded") : charlist(object);
}

/** a module's object code as get_object_code/1 finds it: on the code path, else a library module's */
function objectCode(n: Node, mod: Atom): { bytes: Uint8Array; path: string } | null {
  const found = n.code.locate(mod);
  if (found) return found;
  const object = libraryObjectFile(n, mod);
  const v = object === null ? undefined : n.code.current(mod);
  return v ? { bytes: writeModule(v.compiled), path: object! } : null;
}

/** load_abs(File): the module named by File's last component, from File + objfile_extension */
function loadAbs(ctx: BifContext, mod: Atom, file: string): Term {
  const n = node(ctx);
  // (the file is read first: a missing one is nofile, sticky or not)
  const found = n.code.objectFile(file);
  if (isStickyName(n, mod.name) && found !== null) return refuseSticky(mod);
  const r = n.code.loadAbs(mod, file, true);
  if (r instanceof ModuleVersion && n.code.waitsForOnLoad(r)) return runOnLoad([mod], tuple(A_MODULE, mod), ON_LOAD_FAILURE);
  if (r === "not_purged") return reportThen(`Loading of ${found!.path} failed: :not_purged`, "return", loadResult(mod, r)) as unknown as Term;
  return badfileThen(ctx, mod, r);
}

/** a module prepared for loading: its code and the file name is_loaded/1 will give */
type Prepared = { m: Atom; compiled: CompiledModule | null; bytes: Uint8Array; from: string; name: Term };

/**
 * prepare_loading/atomic_load's checks, as code.erl makes them: items are modules (found on the
 * code path) and {Module, FileCharlist, Binary}; duplicated names, then bad binaries and missing
 * or bad files (the binaries' first, each group in the list's order), then @on_load functions.
 * A sticky module (kernel's, stdlib's) is prepared as OTP finds its file; finish refuses it.
 * Answers the prepared modules (binaries first) or {:error, [{M, why}]} after the loader's reports.
 */
function prepareLoading(ctx: BifContext, fun: string, line: number, arg: Term): Prepared[] | Term {
  const n = node(ctx);
  const bins: Tuple[] = [];
  const mods: Atom[] = [];
  let rest = arg;
  for (; rest instanceof Cons; rest = rest.tail) {
    const it = rest.head;
    if (it instanceof Atom) mods.push(it);
    else if (it instanceof Tuple && it.items.length === 3 && it.items[0] instanceof Atom && (it.items[1] === NIL || it.items[1] instanceof Cons) && it.items[2] instanceof Bin) bins.push(it);
    else codeBodyClause(fun, line, arg);
  }
  if (rest !== NIL) {
    // (code.erl's partition_load/3 has no clause for the list's tail, with what it gathered)
    const frames = [tuple(atom("code"), atom("do_prepare_loading"), 1, codeLocation(523)), tuple(atom("code"), atom(fun), 1, codeLocation(fun === "atomic_load" ? 467 : 486))];
    const e = new ErlangError("error", atom("function_clause"));
    e.callee = tuple(atom("code"), atom("partition_load"), list([rest, list(bins.slice().reverse()), list(mods.slice().reverse())]), codeLocation(508));
    e.calleeBelow = frames;
    throw e;
  }
  const names = [...bins.map((b) => (b.items[0] as Atom).name), ...mods.map((m) => m.name)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const dups: Term[] = [];
  for (let i = 0; i + 1 < names.length; i++) if (names[i] === names[i + 1]) dups.unshift(tuple(atom(names[i]), atom("duplicated")));
  if (dups.length > 0) return tuple(A_ERROR, list(dups));
  const prepared: Prepared[] = [];
  const errors: Term[] = [];
  const reports: string[] = [];
  const prepare = (m: Atom, path: string, bytes: Uint8Array, name: Term) => {
    const compiled = n.code.prepare(m, path, bytes);
    if (compiled !== null) return prepared.push({ m, compiled, bytes, from: path, name });
    errors.push(tuple(m, atom("badfile")));
    reports.push(badfileReports(m, path, n.code.lastBadFile!.reason)[0]);
  };
  for (const b of bins) {
    const [m, file, bytes] = b.items as [Atom, Term, Bin];
    prepare(m, pathString(file), bytes.bytes, file);
  }
  for (const m of mods) {
    if (isStickyName(n, m.name)) {
      prepared.push({ m, compiled: null, bytes: new Uint8Array(0), from: "", name: NIL });
      continue;
    }
    const found = objectCode(n, m);
    if (found === null) errors.push(tuple(m, atom("nofile")));
    else prepare(m, found.path, found.bytes, charlist(found.path));
  }
  const onLoad = prepared.filter((p) => p.compiled?.onLoad !== undefined);
  const failed = errors.length > 0 ? errors : onLoad.map((p) => tuple(p.m, atom("on_load_not_allowed")));
  if (failed.length === 0) return prepared;
  const answer = tuple(A_ERROR, list(failed));
  return reports.length === 0 ? answer : (reportThen(reports, "return", answer) as unknown as Term);
}

/** code.erl raising function_clause for its argument from inside the function's body */
function codeBodyClause(fun: string, line: number, arg: Term): never {
  const e = new ErlangError("error", atom("function_clause"));
  e.callee = tuple(atom("code"), atom(fun), list([arg]), codeLocation(line));
  throw e;
}

/** finish_loading: sticky modules refused, else modules with old code (not_purged), each list
 *  in reverse; else all become current at once */
function finishLoading(n: Node, prepared: Prepared[]): Term {
  const sticky = prepared.filter((p) => isStickyName(n, p.m.name));
  const refused = sticky.length > 0 ? sticky.map((p) => tuple(p.m, atom("sticky_directory"))) : prepared.filter((p) => n.code.needsPurge(p.m)).map((p) => tuple(p.m, atom("not_purged")));
  if (refused.length > 0) return tuple(A_ERROR, list(refused.reverse()));
  n.code.installPrepared(prepared.map((p) => ({ m: p.m, compiled: p.compiled!, bytes: p.bytes, from: p.from })));
  return atom("ok");
}

const PREPARED = atom("$prepared$");

defineBifs("code", {
  "load_abs/1": ([f], ctx) => {
    // (code.erl: the module is the file name's last component, a charlist's or an atom's)
    if (!(f === NIL || f instanceof Cons || f instanceof Atom)) noCodeClause("load_abs", [f]);
    const file = f instanceof Atom ? f.name : pathString(f);
    if (yieldFirst(ctx)) return YIELD_AND_RETRY as unknown as Term;
    return loadAbs(ctx, atom(file.slice(file.lastIndexOf("/") + 1)), file);
  },
  "load_abs/2": ([f, m], ctx) => {
    if (!((f === NIL || f instanceof Cons || f instanceof Atom) && m instanceof Atom)) noCodeClause("load_abs", [f, m]);
    if (yieldFirst(ctx)) return YIELD_AND_RETRY as unknown as Term;
    return loadAbs(ctx, m as Atom, f instanceof Atom ? f.name : pathString(f));
  },
  "atomic_load/1": ([mods], ctx) => {
    if (yieldFirst(ctx)) return YIELD_AND_RETRY as unknown as Term;
    const r = prepareLoading(ctx, "atomic_load", 473, mods);
    return Array.isArray(r) ? finishLoading(node(ctx), r) : r;
  },
  "prepare_loading/1": ([mods], ctx) => {
    const r = prepareLoading(ctx, "prepare_loading", 492, mods);
    if (!Array.isArray(r)) return r;
    const n = node(ctx);
    const entries = r.map((p) => {
      const ref = n.makeRef();
      n.code.prepared.set(ref.id, { m: p.m, compiled: p.compiled, bytes: p.bytes });
      // (OTP 25's entry: the prepared code, the file name, and no native code)
      return tuple(p.m, tuple(ref, p.name, atom("undefined")));
    });
    return tuple(atom("ok"), tuple(PREPARED, list(entries)));
  },
  "finish_loading/1": ([arg], ctx) => {
    const items = arg instanceof Tuple && arg.items.length === 2 && arg.items[0] === PREPARED ? listToArray(arg.items[1]) : null;
    if (items === null) noCodeClause("finish_loading", [arg]);
    const n = node(ctx);
    // (each entry {M, {Ref, FileCharlist, _Native}} of code prepared and not installed yet)
    const prepared: Prepared[] = [];
    for (const it of items!) {
      const ok = it instanceof Tuple && it.items.length === 2 && it.items[0] instanceof Atom && it.items[1] instanceof Tuple && (it.items[1] as Tuple).items.length === 3;
      const [ref, name] = ok ? ((it as Tuple).items[1] as Tuple).items : [null, null];
      const p = ref instanceof Ref ? n.code.prepared.get(ref.id) : undefined;
      if (p === undefined || p.m !== (it as Tuple).items[0] || !(name === NIL || name instanceof Cons)) codeBodyClause("finish_loading", 505, arg);
      prepared.push({ m: p!.m, compiled: p!.compiled, bytes: p!.bytes, from: pathString(name!), name: name! });
    }
    if (yieldFirst(ctx)) return YIELD_AND_RETRY as unknown as Term;
    const r = finishLoading(n, prepared);
    if (r === atom("ok")) for (const it of items!) n.code.prepared.delete((((it as Tuple).items[1] as Tuple).items[0] as Ref).id);
    return r;
  },
  "load_file/1": ([m], ctx) => {
    const mod = codeModArg("load_file", [m]);
    if (yieldFirst(ctx)) return YIELD_AND_RETRY as unknown as Term;
    // (found on the code path first, the library's own among it: a sticky module with no file is nofile)
    const n = node(ctx);
    if (isStickyName(n, mod.name) && (n.code.locate(mod) !== null || libraryObjectFile(n, mod) !== null)) return refuseSticky(mod);
    const r = node(ctx).code.loadFile(mod, true);
    if (r instanceof ModuleVersion && node(ctx).code.waitsForOnLoad(r)) return runOnLoad([mod], tuple(A_MODULE, mod), ON_LOAD_FAILURE);
    if (r === "not_purged") {
      const path = node(ctx).code.findFile(mod);
      return reportThen(`Loading of ${path} failed: :not_purged`, "return", loadResult(mod, r)) as unknown as Term;
    }
    return badfileThen(ctx, mod, r);
  },
  "load_binary/3": ([m, file, b], ctx) => {
    const mod = codeModArg("load_binary", [m, file, b]);
    // (code.erl's guard: a charlist or atom file name and a binary)
    if (!(b instanceof Bin) || !(file === NIL || file instanceof Cons || file instanceof Atom)) noCodeClause("load_binary", [m, file, b]);
    if (yieldFirst(ctx)) return YIELD_AND_RETRY as unknown as Term;
    // (refused before the binary is looked at, and nothing purged)
    if (isStickyName(node(ctx), mod.name)) return refuseSticky(mod);
    const r = node(ctx).code.loadBinary(mod, file instanceof Atom ? file.name : pathString(file), (b as Bin).bytes, true);
    // (is_loaded, which and all_loaded answer a file name given as an atom as that atom)
    if (r instanceof ModuleVersion) r.loadedFromAtom = file instanceof Atom;
    if (r instanceof ModuleVersion && node(ctx).code.waitsForOnLoad(r)) return runOnLoad([mod], tuple(A_MODULE, mod), ON_LOAD_FAILURE);
    return badfileThen(ctx, mod, r);
  },
  "ensure_loaded/1": ([m], ctx) => {
    const mod = codeModArg("ensure_loaded", [m]);
    if (waitsToLoad(ctx, mod)) return YIELD_AND_RETRY as unknown as Term;
    if (bifsOfModule(mod.name).length > 0 && !node(ctx).code.current(mod)) return tuple(A_MODULE, mod);
    const v = node(ctx).code.ensureLoadedOrWhy(mod, true);
    if (typeof v !== "string" && node(ctx).code.waitsForOnLoad(v)) return runOnLoad([mod], tuple(A_MODULE, mod), ON_LOAD_FAILURE);
    return typeof v === "string" ? tuple(A_ERROR, atom(v)) : tuple(A_MODULE, mod);
  },
  "purge/1": ([m], ctx) => (yieldFirst(ctx) ? (YIELD_AND_RETRY as unknown as Term) : bool(node(ctx).code.purge(codeModArg("purge", [m])))),
  "soft_purge/1": ([m], ctx) => (yieldFirst(ctx) ? (YIELD_AND_RETRY as unknown as Term) : bool(node(ctx).code.softPurge(codeModArg("soft_purge", [m])))),
  "delete/1": ([m], ctx) => {
    const r = node(ctx).code.delete(codeModArg("delete", [m]));
    if (r === "must_purge") {
      return reportThen(`Module '${(m as Atom).name}' must be purged before deleting`, "return", FALSE, "\n\n") as unknown as Term;
    }
    return bool(r);
  },
  "is_loaded/1": ([m], ctx) => isLoaded(ctx, codeModArg("is_loaded", [m])),
  "all_loaded/0": (_, ctx) => {
    const all = node(ctx).code.allLoaded(allBifModules());
    return list(listToArray(all)!.map((t) => {
      const m = (t as Tuple).items[0] as Atom;
      const object = libraryObjectFile(node(ctx), m);
      return object === null ? t : tuple(m, charlist(object));
    }));
  },
  "which/1": ([m], ctx) => {
    const mod = codeModArg("which", [m]);
    const v = node(ctx).code.current(mod);
    // (a module compiled in memory, by a script or Code.compile_string, was loaded from no file: [])
    const object = v ? libraryObjectFile(node(ctx), mod) : null;
    if (object !== null) return charlist(object);
    if (v) return v.loadedFrom !== null ? (v.loadedFromAtom ? atom(v.loadedFrom) : charlist(v.loadedFrom)) : node(ctx).code.preloaded.has(mod) ? atom("preloaded") : charlist("");
    const f = node(ctx).code.findFile(mod);
    if (f) return charlist(f);
    // a module beamlet has only as BIFs (:erlang) is preloaded, as is_loaded/1 says
    return bifsOfModule(mod.name).length > 0 ? objectOrPreloaded(ctx, mod) : atom("non_existing");
  },
  "get_path/0": (_, ctx) => list(node(ctx).code.path.map(charlist)),
  // (code.erl's clauses take a directory that is a list: a binary is no clause of theirs)
  "add_path/1": ([p], ctx) => addPath(ctx, listArg("add_path", p), false),
  "add_patha/1": ([p], ctx) => addPath(ctx, listArg("add_patha", p), true),
  "add_pathz/1": ([p], ctx) => addPath(ctx, listArg("add_pathz", p), false),
  // a directory (a list), or an atom: the application's directory .../NAME[-VSN][/ebin]
  "del_path/1": ([p], ctx) => {
    if (!(p instanceof Atom)) return delPath(ctx, listArg("del_path", p));
    const cs = node(ctx).code;
    const at = cs.path.findIndex((d) => appNameOf(d) === p.name);
    if (at < 0) return FALSE;
    cs.path = cs.path.filter((_, i) => i !== at);
    return TRUE;
  },
  "objfile_extension/0": () => charlist(OBJ_EXT),
  "get_object_code/1": ([m], ctx) => {
    const mod = codeModArg("get_object_code", [m]);
    const n = node(ctx);
    const found = n.code.locate(mod);
    if (found) return tuple(mod, binFromBytes(found.bytes), charlist(found.path));
    // a library module: its compiled code, under the file :code.which/1 names (a module beamlet
    // has only as BIFs has no object code)
    const object = libraryObjectFile(n, mod);
    const v = object === null ? undefined : n.code.current(mod);
    return v ? tuple(mod, binFromBytes(writeModule(v.compiled)), charlist(object!)) : A_ERROR;
  },
  // (a list: each module's status; another term reaches code.erl's is_loaded/1 clause)
  "module_status/1": ([m], ctx) => {
    if (m === NIL || m instanceof Cons) return list((listToArray(m) ?? badarg()).map((t) => tuple(t, moduleStatus(ctx, t))));
    return moduleStatus(ctx, m);
  },
  // the loaded modules whose object file on the code path differs from the loaded code
  "modified_modules/0": (_, ctx) => {
    const loaded = listToArray(node(ctx).code.allLoaded(allBifModules())) ?? [];
    return list(loaded.map((t) => (t as Tuple).items[0]).filter((m) => moduleStatus(ctx, m) === atom("modified")));
  },
  "module_md5/1": ([b], ctx) => {
    if (!(b instanceof Bin)) badarg();
    const h = node(ctx).code.md5OfObjectCode((b as Bin).bytes);
    return h === null ? atom("undefined") : binFromBytes(h);
  },
  "root_dir/0": () => charlist("/beamlet"),
  "lib_dir/0": () => charlist("/beamlet/lib"),
  // (lib_dir(compiler), as OTP's is the compiler application's directory)
  "compiler_dir/0": () => charlist("/beamlet/lib/compiler"),
});

/** a path function's directory: a list, else its function_clause */
function listArg(fun: string, p: Term): Term {
  return p === NIL || p instanceof Cons ? p : noCodeClause(fun, [p]);
}

export function delPath(ctx: BifContext, p: Term): Term {
  const s = pathString(p);
  const cs = node(ctx).code;
  const before = cs.path.length;
  cs.path = cs.path.filter((x) => x !== s);
  return bool(cs.path.length !== before);
}

export function addPath(ctx: BifContext, p: Term, front: boolean): Term {
  const s = pathString(p).replace(/\/$/, "");
  const cs = node(ctx).code;
  const fs = node(ctx).host.fs;
  if (fs && !fs.existsSync(s)) return tuple(A_ERROR, atom("bad_directory"));
  cs.path = cs.path.filter((x) => x !== s);
  if (front) cs.path.unshift(s);
  else cs.path.push(s);
  return TRUE;
}

defineBifs("erlang", {
  "check_process_code/2": ([pid, m], ctx) => {
    if (!(pid instanceof Pid)) badargAt(1, "not a pid");
    const mod = modArg(m, 2);
    const p = node(ctx).lookup(pid as Pid);
    return bool(!!p && node(ctx).code.checkProcessCode(p, mod));
  },
  // options: {:allow_gc, boolean} (beamlet needs no collection to answer) and {:async, id}: the
  // answer comes as a message {:check_process_code, id, result} (the last :async given wins)
  "check_process_code/3": ([pid, m, opts], ctx) => {
    if (!(pid instanceof Pid)) badargAt(1, "not a pid");
    const mod = modArg(m, 2);
    let asyncId: Term | null = null;
    let rest = opts;
    for (; rest instanceof Cons; rest = rest.tail) {
      const o = rest.head;
      const ok = o instanceof Tuple && o.items.length === 2 && o.items[0] instanceof Atom;
      const key = ok ? (o.items[0] as Atom).name : "";
      if (key === "async") asyncId = (o as Tuple).items[1];
      else if (!(key === "allow_gc" && ((o as Tuple).items[1] === TRUE || (o as Tuple).items[1] === FALSE))) badargAt(3, "invalid option in list");
    }
    if (rest !== NIL) badargAt(3, "invalid option in list");
    const p = node(ctx).lookup(pid as Pid);
    const answer = bool(!!p && node(ctx).code.checkProcessCode(p, mod));
    if (asyncId === null) return answer;
    node(ctx).send(ctx.process, tuple(atom("check_process_code"), asyncId, answer));
    return atom("async");
  },
  "check_old_code/1": ([m], ctx) => bool(node(ctx).code.checkOldCode(modArg(m))),
  "module_loaded/1": ([m], ctx) => bool((node(ctx).code.hasCurrent(modArg(m)) && !seenNotLoaded(ctx, m as Atom)) || bifsOfModule((m as Atom).name).length > 0),
  "function_exported/3": ([m, f, a], ctx) => {
    // (OTP 25 names each bad argument; an arity beyond a small integer is a bare badarg, one out
    // of 0..255 just not exported)
    const bad: [number, string][] = [];
    if (!(m instanceof Atom)) bad.push([1, "not an atom"]);
    if (!(f instanceof Atom)) bad.push([2, "not an atom"]);
    if (typeof a !== "number" && typeof a !== "bigint") bad.push([3, "not an integer"]);
    if (bad.length > 0 || typeof a === "bigint") {
      const e = new ErlangError("error", atom("badarg"));
      if (bad.length > 0) e.diagnosis = { args: bad };
      e.callee = bifErrorFrame("erlang", "function_exported", [m, f, a], e.diagnosis);
      throw e;
    }
    if (!Number.isInteger(a) || (a as number) < 0 || (a as number) > 255) return FALSE;
    // (false for a module not loaded yet, as on the BEAM: Code.ensure_loaded/1 first)
    if (seenNotLoaded(ctx, m as Atom)) return FALSE;
    return bool(exported(node(ctx), m as Atom, f as Atom, a as number));
  },
  // the low-level BIFs under :code.delete / :code.purge: badarg instead of false
  "delete_module/1": ([m], ctx) => {
    const mod = modArg(m);
    if (!node(ctx).code.modules.has(mod)) return atom("undefined");
    const r = node(ctx).code.delete(mod);
    if (r === "must_purge") {
      return reportThen(`Module '${mod.name}' must be purged before deleting`, "error", atom("badarg"), "\n\n") as unknown as Term;
    }
    return TRUE;
  },
  "purge_module/1": ([m], ctx) => {
    const mod = modArg(m);
    if (!node(ctx).code.checkOldCode(mod)) badarg();
    node(ctx).code.purge(mod);
    return TRUE;
  },
  "pre_loaded/0": (_, ctx) => list([...node(ctx).code.preloaded]),
  // the @on_load function of a module waiting for it, called in the process the code server
  // made for it (the module's remote functions are not there yet: only this one is reached)
  "call_on_load_function/1": ([m], ctx) => {
    const v = node(ctx).code.pendingOnLoad(modArg(m));
    const name = v?.compiled.onLoad;
    const index = name === undefined ? undefined : v!.exports.get(name + "/0");
    if (index === undefined) badarg();
    return new TailCall(new Fun(v, index!, 0, NO_ENV, v!.module, name!, v!.funUniq), []) as unknown as Term;
  },
  // its answer: true makes the module current, false drops it
  "finish_after_on_load/2": ([m, keep], ctx) => {
    if (keep !== TRUE && keep !== FALSE) badargAt(2, "not a boolean");
    if (!node(ctx).code.finishOnLoad(modArg(m), keep === TRUE)) badarg();
    return TRUE;
  },
  "loaded/0": (_, ctx) => list([...node(ctx).code.modules.keys()]),
  "fun_info/2": ([f, item], ctx) => {
    if (!(f instanceof Fun || f instanceof ExtFun)) badargAt(1, "not a fun");
    const value = item instanceof Atom ? funInfoItem(f as Fun | ExtFun, item.name, node(ctx)) : undefined;
    return value === undefined ? badargAt(2, "invalid item") : tuple(item, value);
  },
  "fun_info_mfa/1": ([f], ctx) => {
    if (!(f instanceof Fun || f instanceof ExtFun)) badargAt(1, "not a fun");
    return tuple(...(["module", "name", "arity"].map((k) => funInfoItem(f as Fun | ExtFun, k, node(ctx))!)));
  },
  // OTP's items and order: a local fun has ten, an external one five
  "fun_info/1": ([f], ctx) => {
    if (!(f instanceof Fun || f instanceof ExtFun)) badargAt(1, "not a fun");
    const keys = f instanceof ExtFun ? EXT_FUN_INFO : LOCAL_FUN_INFO;
    return list(keys.map((k) => tuple(atom(k), funInfoItem(f as Fun | ExtFun, k, node(ctx))!)));
  },
});


const LOCAL_FUN_INFO = ["pid", "module", "new_index", "new_uniq", "index", "uniq", "name", "arity", "env", "type"];
const EXT_FUN_INFO = ["module", "name", "arity", "env", "type"];

/** one item of :erlang.fun_info/2, undefined for an unknown item */
function funInfoItem(f: Fun | ExtFun, key: string, n: Node): Term | undefined {
  const isExt = f instanceof ExtFun;
  // a fun of evaluated code (iex, -e, Code.eval_*) is one of erl_eval's
  const evaluated = !isExt && isEvaluatedFun(f as Fun);
  switch (key) {
    case "arity": return f.arity;
    case "module": return evaluated ? ERL_EVAL : f.module;
    case "name": return isExt ? (f as ExtFun).name : evaluated ? erlEvalFunName(f.arity) : localFunName(f as Fun, n);
    case "type": return atom(isExt ? "external" : "local");
    case "env": return isExt ? NIL : list((f as Fun).env);
    case "pid": return isExt ? atom("undefined") : ((f as Fun).creator ?? atom("undefined"));
    case "index": case "new_index": return isExt ? atom("undefined") : evaluated ? erlEvalFunIndex(f.arity) : funTableIndex(f as Fun);
    case "uniq": return isExt ? atom("undefined") : evaluated ? ERL_EVAL_UNIQ : (f as Fun).uniq;
    // OTP 25: the md5 of the module the fun was compiled in (16 bytes)
    case "new_uniq": return isExt ? atom("undefined") : evaluated ? (f as Fun).uniq : binFromBytes(funMd5(n.code, f as Fun));
    default: return undefined;
  }
}

/** a local fun's name in the code that runs it now; [] while no loaded version has its code */
function localFunName(f: Fun, n: Node): Term {
  const name = funNameNow(f, n.code);
  return name === "" ? NIL : atom(name);
}
