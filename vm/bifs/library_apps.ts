// The application a library module belongs to, as a stack frame names it: Elixir prints
// `(elixir 1.14.0) lib/enum.ex:4307: Enum.map/2`, taking "(app vsn)" from the loaded application
// that lists the module. beamlet's library is no loaded application, so the apps of its modules
// are told here: by the folder of their source (lib/ex_unit, Logger), or OTP's app for the
// Erlang modules it implements.
import { allBifModules, defineBifs } from "./registry.ts";
import { Atom, atom, tuple, bool, FALSE, Term, Cons, NIL, charlist } from "../terms.ts";
import type { Node } from "../node.ts";
import { LIBRARY_CODE_PATH } from "../code_server.ts";
import { LIBRARY_FRAME_MODULES } from "../library_clauses_data.ts";

const VERSIONS: Record<string, string> = { elixir: "1.14.0", mix: "1.14.0", logger: "1.14.0", ex_unit: "1.14.0", iex: "1.14.0", stdlib: "4.2", kernel: "8.5.3" };

// OTP 25's app of each Erlang module a frame can name (whether beamlet implements it in
// Elixir or as BIFs); :erlang and the other erts modules belong to no loaded application
const KERNEL = new Set(["application", "application_master", "application_controller", "code", "code_server", "logger_config", "file", "file_io_server", "os", "rpc", "erpc", "global", "inet", "gen_tcp", "gen_udp", "net_kernel", "logger", "logger_formatter", "logger_std_h", "error_logger", "disk_log", "seq_trace", "group", "net_adm", "pg"]);
const STDLIB = new Set([
  "lists", "maps", "gen_server", "gen", "proc_lib", "supervisor", "gen_statem", "gen_event", "erl_eval", "eval_bits", "timer", "string",
  "io_lib", "io", "unicode", "rand", "binary", "re", "calendar", "dict", "orddict", "sets", "ordsets", "gb_trees", "gb_sets",
  "queue", "proplists", "filename", "base64", "array", "random", "digraph", "digraph_utils", "ets", "dets", "sys", "math", "supervisor_bridge",
  "c", "erl_posix_msg", "uri_string", "unicode_util",
]);

let bifModules: Set<string> | undefined;
function bifOnlyModules(): Set<string> {
  return (bifModules ??= new Set(allBifModules()));
}

// Elixir's own modules that stand below a script's top level in its stack traces (vm/stacktrace.ts,
// vm/erl_eval_frames.ts) or in an expansion's (elixir_expand: code evaluated from its quoted form; elixir_interpolation: a sigil's bad escape; elixir_bitstring: a bad segment type; elixir_fn: a capture that skips an argument; elixir_import: an `only:` name not exported; elixir_dispatch: a call imported from two modules; elixir_utils and elixir_parser: a literal the parser cannot build; elixir_expand and the expander's other modules: a CompileError's frames, shown whole by ExUnit)
const ELIXIR_RUNNER = new Set(["elixir", "elixir_compiler", "elixir_expand", "elixir_lexical", "elixir_module", "elixir_interpolation", "elixir_bitstring", "elixir_fn", "elixir_import", "elixir_dispatch", "elixir_clauses", "elixir_def", "elixir_map", "elixir_errors", "elixir_quote", "elixir_aliases", "elixir_locals", "elixir_overridable", "elixir_erl_try", "elixir_utils", "elixir_parser", "Elixir.Module.ParallelChecker", "Elixir.Kernel.CLI", "Elixir.Kernel.ParallelCompiler"]);

// Mix's modules below the code `mix run` runs (`beamlet run` in a project)
const MIX_RUNNER = new Set(["Elixir.Mix.Tasks.Run", "Elixir.Mix.Task", "Elixir.Mix.CLI"]);

/** `frames`: the application a stack frame names (ExUnit's only while :ex_unit is loaded); else
 *  the one whose object file holds the module (always) */
function applicationOf(n: Node, m: Atom, frames = true): string | null {
  const name = m.name;
  // IEx's evaluator, below the code a REPL evaluates (vm/stacktrace.ts replEvaluators)
  if (name === "Elixir.IEx.Evaluator" && !n.code.modules.get(m)?.hasCurrent) return "iex";
  if (MIX_RUNNER.has(name) && !n.code.modules.get(m)?.hasCurrent) return "mix";
  if (ELIXIR_RUNNER.has(name) && !n.code.modules.get(m)?.hasCurrent) return "elixir";
  if (!name.startsWith("Elixir.")) return name.startsWith("elixir_") && n.code.preloaded.has(m) ? "elixir" : KERNEL.has(name) ? "kernel" : STDLIB.has(name) ? "stdlib" : null;
  // a user's module of the same name is no library module; Float and the other modules beamlet
  // runs wholly as BIFs have no code loaded
  // (hasCurrent: without decoding it, or fetching it in a page)
  const loaded = n.code.modules.get(m)?.hasCurrent ?? false;
  // (nor String.Break and the other modules only a library function's failure names)
  if (!n.code.preloaded.has(m) && !(!loaded && (bifOnlyModules().has(name) || LIBRARY_FRAME_MODULES.includes(name)))) return null;
  if (name.startsWith("Elixir.Beamlet")) return null;
  const file = n.code.modules.get(m)?.currentFile ?? "";
  if (file.includes("lib/ex_unit/") || name === "Elixir.ExUnit" || name.startsWith("Elixir.ExUnit.")) return n.exUnitLoaded || !frames ? "ex_unit" : null;
  if (name === "Elixir.Logger" || name.startsWith("Elixir.Logger.")) return "logger";
  if (name === "Elixir.IEx" || name.startsWith("Elixir.IEx.")) return "iex";
  // EEx's application is never loaded by `elixir` (its modules load from the code path on first
  // use), so its frames name no app: `lib/eex/engine.ex:140: EEx.Engine.fetch_assign!/2`
  if (name === "Elixir.EEx" || name.startsWith("Elixir.EEx.")) return null;
  // nor is Mix's in a script (a project's Mix is cli/project/mixfile.ts's, no library module)
  if (name === "Elixir.Mix" || name.startsWith("Elixir.Mix.")) return null;
  return "elixir";
}

defineBifs("beamlet", {
  /** the application controller's word on whether :ex_unit is loaded (on each change of its specs) */
  "ex_unit_loaded/1": ([loaded], ctx) => {
    (ctx.node as Node).exUnitLoaded = loaded === atom("true");
    return atom("ok");
  },
  /** whether a path (charlist) names a file of the library's applications under the code root:
   *  a module's object file (as :code.which/1 names it) or APP.app (:code.where_is_file/1,2) */
  "library_file/1": ([f], ctx) => {
    const path = charlistText(f);
    const m = path === null ? null : /^\/beamlet\/lib\/([^/]+)\/ebin\/([^/]+)\.(beam|app)$/.exec(path);
    if (!m) return FALSE;
    if (m[3] === "app") return bool(m[1] === m[2] && LIBRARY_CODE_PATH.includes(`/beamlet/lib/${m[1]}/ebin`));
    return bool(libraryObjectFile(ctx.node as Node, atom(m[2])) === path);
  },
  /** {app, vsn} (charlists, as Application.spec) of a library module, or nil */
  "library_application/1": ([m], ctx) => {
    if (!(m instanceof Atom)) return atom("nil");
    const app = applicationOf(ctx.node as Node, m);
    return app === null ? atom("nil") : tuple(atom(app), charlist(VERSIONS[app]));
  },
});

/** where :code.which says a library module was loaded from: its application's ebin under the code
 *  root (/beamlet/lib/elixir/ebin/Elixir.Enum.beam, as the BEAM names ERL_ROOT/lib/APP/ebin/MOD.beam);
 *  null for a module of no application (beamlet's own helpers keep the source they came from) */
export function libraryObjectFile(n: Node, m: Atom): string | null {
  // (a module beamlet runs only as BIFs, :string or :math, is its OTP application's all the same)
  if (!n.code.preloaded.has(m) && !(bifOnlyModules().has(m.name) && !n.code.modules.get(m)?.hasCurrent)) return null;
  const app = applicationOf(n, m, false);
  return app === null ? null : `/beamlet/lib/${app}/ebin/${m.name}.beam`;
}

/** the text of a flat charlist, else null */
function charlistText(t: Term): string | null {
  let s = "";
  for (; t instanceof Cons; t = t.tail) {
    if (typeof t.head !== "number") return null;
    s += String.fromCodePoint(t.head);
  }
  return t === NIL ? s : null;
}
