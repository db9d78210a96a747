// R10b (upgrade-semantics.md): a fun is bound to its code, not to the load that made it. The BEAM
// finds a fun's code by its module and the md5 of the code that made it, so a fun whose version
// was purged runs again once a version with the same code is loaded (current or old), and a fun
// read from the external format is a fun whatever is loaded: it fails only when called.
import { Atom, Fun, Pid, Term, atom, tuple, list, NIL, Cons } from "./terms.ts";
import { ErlangError } from "./errors.ts";
import type { ModuleVersion } from "./module.ts";
import { tableIndexIn } from "./fun_identity.ts";
import { envOf } from "./fun_env.ts";

/** what a fun asks of the code server to find its code */
export interface FunCodeLookup {
  loadedWithSameCode(v: ModuleVersion): ModuleVersion | undefined;
  loadedWithMd5(m: Atom, md5: Uint8Array): ModuleVersion | undefined;
  md5Of(v: ModuleVersion): Uint8Array;
}

/**
 * The code a fun read from the external format names while no loaded version has it: its module
 * and the md5 of that code (the fun's Fun.index is its place in that code's fun table). Like a
 * purged version, it is never run directly: a call looks for a loaded version with that md5.
 */
export class UnloadedFunCode {
  readonly purged = true;
  constructor(readonly code: FunCodeLookup, readonly module: Atom, readonly md5: Uint8Array) {}
}

/** the function of v that is the fun at this place of the fun table, with this arity, this many
 *  free variables and made by code of this uniq (forged bytes must not enter a function with the
 *  wrong number of locals) */
export function lambdaAt(v: ModuleVersion, tableIndex: number, arity: number, nfree: number, uniq: number): number | undefined {
  if (uniq !== v.funUniq) return undefined;
  const fns = v.functions;
  for (let i = 0; i < fns.length; i++) {
    const f = fns[i];
    if (f.lambda && f.arity === arity + nfree && tableIndexIn(fns, i) === tableIndex) return i;
  }
  return undefined;
}

/** the fun a NEW_FUN_EXT names: of the loaded version with that code, else one that fails when
 *  called until such a version is loaded */
export function funFromExternal(code: FunCodeLookup, module: Atom, md5: Uint8Array, tableIndex: number, uniq: number, arity: number, env: Term[], creator: Pid): Fun {
  const v = code.loadedWithMd5(module, md5);
  env = envOf(env);
  const i = v === undefined ? undefined : lambdaAt(v, tableIndex, arity, env.length, uniq);
  if (v !== undefined && i !== undefined) return new Fun(v, i, arity, env, module, v.functions[i].name, uniq, creator);
  return new Fun(new UnloadedFunCode(code, module, md5), tableIndex, arity, env, module, "", uniq, creator);
}

/** the md5 of the code that made the fun (fun_info's new_uniq, its external form) */
export function funMd5(code: FunCodeLookup, f: Fun): Uint8Array {
  const v = f.version;
  return v instanceof UnloadedFunCode ? v.md5 : code.md5Of(v as ModuleVersion);
}

/** where the fun's code runs now: its version and function there, or undefined while no loaded
 *  version has its code (`code`: the node's code server; by default the one that read or purged it) */
export function loadedFunCode(f: Fun, code?: FunCodeLookup): { version: ModuleVersion; index: number } | undefined {
  const v = f.version;
  if (v instanceof UnloadedFunCode) {
    const found = (code ?? v.code).loadedWithMd5(v.module, v.md5);
    const i = found === undefined ? undefined : lambdaAt(found, f.index, f.arity, f.env.length, f.uniq);
    return i === undefined ? undefined : { version: found!, index: i };
  }
  const mv = v as ModuleVersion;
  if (!mv.purged) return { version: mv, index: f.index };
  const same = (code ?? mv.purgedBy)?.loadedWithSameCode(mv);
  return same === undefined ? undefined : { version: same, index: f.index };
}

/** the fun's name (`-f/0-fun-0-`) in the code that runs it now, "" while no loaded version has
 *  its code (inspect's `#Function<0.N/1 in M>`, fun_info's name []) */
export function funNameNow(f: Fun, code?: FunCodeLookup): string {
  if (!(f.version as { purged?: boolean } | null)?.purged) return f.name;
  const found = loadedFunCode(f, code);
  return found === undefined ? "" : found.version.functions[found.index].name;
}

/**
 * The code to run `fun` in, when the version that made it is not loaded: a loaded version with
 * the same code. When the module is not loaded at all the BEAM tries to load it for the fun and,
 * failing that, raises undef (`{fun, args, []}` on top of `callerTrace`); while the loaded
 * versions have other code the fun is bad (undefined: the caller raises {:badfun, fun}).
 */
export function purgedFunCode(code: FunCodeLookup & { current(m: Atom): ModuleVersion | undefined; ensureLoaded(m: Atom): unknown }, fun: Fun, args: Term[], callerTrace: () => Term): { version: ModuleVersion; index: number } | undefined {
  const found = loadedFunCode(fun, code);
  if (found !== undefined) return found;
  if (code.current(fun.module) === undefined && code.ensureLoaded(fun.module) === undefined) {
    const e = new ErlangError("error", atom("undef"));
    e.stacktrace = new Cons(tuple(fun, list(args), NIL), callerTrace());
    throw e;
  }
  return loadedFunCode(fun, code);
}
