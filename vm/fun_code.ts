// R10b (upgrade-semantics.md): a fun is bound to its code, not to the load that made it. The BEAM
// finds a fun's code by its module and the md5 of the code that made it, so a fun whose version
// was purged runs again once a version with the same code is loaded (current or old).
import { Fun, Term, atom, tuple, list, NIL, Cons } from "./terms.ts";
import { ErlangError, raise } from "./errors.ts";
import type { ModuleVersion } from "./module.ts";
import type { CodeServer } from "./code_server.ts";

/**
 * The version to run `fun` in, when the version that made it was purged: a loaded version with
 * the same code. When the module is not loaded at all the BEAM tries to load it for the fun and,
 * failing that, raises undef (`{fun, args, []}` heads the stack trace); while the loaded versions
 * have other code the fun is bad: {:badfun, fun}.
 */
export function purgedFunVersion(code: CodeServer, fun: Fun, args: Term[], callerTrace: () => Term): ModuleVersion {
  const v = fun.version as ModuleVersion;
  const same = code.loadedWithSameCode(v);
  if (same !== undefined) return same;
  if (code.current(v.module) === undefined && code.ensureLoaded(v.module) === undefined) {
    const e = new ErlangError("error", atom("undef"));
    e.stacktrace = new Cons(tuple(fun, list(args), NIL), callerTrace());
    throw e;
  }
  return code.loadedWithSameCode(v) ?? raise(tuple(atom("badfun"), fun));
}
