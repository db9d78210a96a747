// Reading mix.exs: it is real Elixir, compiled by beamlet's own compiler and evaluated on a node.
// `project/0` gives the app name and version, `application/0` the application spec (mod: ...).
import * as fs from "node:fs";
import * as path from "node:path";
import type { Node } from "../../vm/node.ts";
import { atom, Tuple } from "../../vm/terms.ts";
import { CompileError } from "../../lang/compile_error.ts";
import { loadModulesFromSource, evalSource, termText } from "./node_util.ts";

export interface Project {
  dir: string;
  app: string;
  version: string;
  env: string;
  /** the module defined by mix.exs */
  module: string;
  /** application/0's keyword as Elixir source (inspect) */
  appSpecSource: string;
  /** _build/ENV/lib/APP */
  buildDir: string;
  ebin: string;
  /** project/0's start_permanent: run, repl and test start the application as permanent (its
   *  top process ending takes the node down), as mix's app.start does */
  startPermanent: boolean;
  /** the processes mix's compiler would have taken compiling what this command compiled
   *  (compile.ts mixCompilePids); the application's processes number after them */
  compilePids?: number;
  /** project/0's elixirc_paths (default ["lib"]): the folders (or files) whose .ex files are
   *  compiled, as `elixirc_paths(:test), do: ["lib", "test/support"]` */
  elixircPaths: string[];
  /** project/0's test_paths (default ["test"]): the folders whose test_helper.exs and *_test.exs
   *  files `beamlet test` loads, as mix test */
  testPaths: string[];
  /** project/0's deps for this environment but its path dependencies (each as inspect shows it):
   *  beamlet does not fetch them */
  deps: string[];
  /** project/0's path dependencies for this environment: name, folder (absolute) and path as given */
  pathDeps: { name: string; dir: string; path: string }[];
  /** once compiled: the path dependencies, direct and indirect, each before those needing it */
  depProjects?: Project[];
  /** once compiled: the modules of lib/ (the application spec lists them) */
  modules?: string[];
  /** config/config.exs as read before compiling (Elixir source), so the node that runs the
   *  project puts it in the application environment without evaluating the file again */
  config?: string;
}

export function mixEnv(): string {
  const e = process.env.MIX_ENV;
  return e && /^[a-z_][a-z0-9_]*$/.test(e) ? e : "dev";
}

export function findMixFile(dir = process.cwd()): string | null {
  const p = path.join(dir, "mix.exs");
  return fs.existsSync(p) ? p : null;
}

/** the Mix module mix.exs files call (Mix.env/0 ...) */
/** (a path dependency's mix.exs and code see Mix.env/0 as :prod, as mix builds dependencies in
 *  :prod; the node's Mix goes back to the project's environment after) */
const mixEnvs = new WeakMap<Node, string>();

export function defineMix(node: Node, env: string): void {
  if (node.code.current(atom("Elixir.Mix")) && mixEnvs.get(node) === env) return;
  mixEnvs.set(node, env);
  loadModulesFromSource(
    node,
    `defmodule Mix do
  def env, do: :${env}
  def target, do: :host
  def compilers, do: [:elixir, :app]
end
`,
    "mix_stub.ex",
  );
}

export class ProjectError extends Error {}

/** read mix.exs on a node whose scheduler is running */
export async function readProject(node: Node, dir: string, env = mixEnv()): Promise<Project> {
  const file = path.join(dir, "mix.exs");
  const source = fs.readFileSync(file, "utf8");
  defineMix(node, env);
  let names: string[];
  try {
    names = loadModulesFromSource(node, source, "mix.exs");
  } catch (e) {
    if (e instanceof CompileError) throw new ProjectError(e.format(source));
    throw e;
  }
  const mod = names.find((n) => (node.code.current(atom(n))?.exported("project", 0) ?? -1) >= 0);
  if (!mod) throw new ProjectError(`** (Mix) Could not find a Mix.Project in mix.exs (no module defining project/0)`);
  const hasApp = (node.code.current(atom(mod))?.exported("application", 0) ?? -1) >= 0;
  const m = mod.replace(/^Elixir\./, "");
  // deps/0 for this environment (`only:`), each as {name, opts}; a path dependency's folder
  // (`path:`, or `in_umbrella: true`'s ../NAME), "" for the others. As mix, the application
  // needs the path dependencies that are needed at run time (not `runtime: false`) unless
  // application/0 lists its :applications itself
  const expr = `p = ${m}.project()
a = ${hasApp ? `${m}.application()` : "[]"}
deps = p |> Keyword.get(:deps, []) |> Enum.map(fn d -> {elem(d, 0), (case d |> Tuple.to_list() |> List.last() do o when is_list(o) -> o; _ -> [] end)} end) |> Enum.filter(fn {_, o} -> only = Keyword.get(o, :only); only == nil or :${env} in List.wrap(only) end)
dep_path = fn {name, o} -> cond do Keyword.get(o, :in_umbrella) -> "../#{name}"; Keyword.has_key?(o, :path) -> to_string(Keyword.get(o, :path)); true -> "" end end
{path_deps, other_deps} = Enum.split_with(deps, &(dep_path.(&1) != ""))
runtime = for {name, o} <- path_deps, Keyword.get(o, :runtime, true), do: name
a = if runtime == [] or Keyword.has_key?(a, :applications), do: a, else: Keyword.update(a, :extra_applications, runtime, &(&1 ++ runtime))
{Atom.to_string(Keyword.fetch!(p, :app)), to_string(Keyword.get(p, :version, "0.0.0")), inspect(a, limit: :infinity, printable_limit: :infinity), to_string(Keyword.get(p, :start_permanent, false) == true), p |> Keyword.get(:elixirc_paths, ["lib"]) |> Enum.map_join("\n", &to_string/1), p |> Keyword.get(:test_paths, ["test"]) |> Enum.map_join("\n", &to_string/1), Enum.map_join(other_deps, "\n", &inspect(elem(&1, 0))), Enum.map_join(path_deps, "\n", &"#{elem(&1, 0)}\t#{dep_path.(&1)}")}
`;
  const ev = node.newEvaluator();
  const r = await evalSource(node, ev, expr, "mix.exs");
  node.interrupt(ev);
  if (!r.ok) throw new ProjectError(r.formatted.trimEnd());
  const [app, version, spec, permanent, paths, tests, deps, pathDeps] = (r.value as Tuple).items.map(termText);
  const buildDir = path.join(dir, "_build", env, "lib", app);
  return { dir, app, version, env, module: mod, appSpecSource: spec, startPermanent: permanent === "true", elixircPaths: paths === "" ? [] : paths.split("\n"), testPaths: tests === "" ? [] : tests.split("\n"), deps: deps === "" ? [] : deps.split("\n"), pathDeps: pathDeps === "" ? [] : pathDeps.split("\n").map((l) => { const [name, p] = l.split("\t"); return { name, dir: path.resolve(dir, p), path: p }; }), buildDir, ebin: path.join(buildDir, "ebin") };
}

/** Elixir source that registers the application on a node and starts it (unless start is false) */
/** type: the restart type, :temporary as `mix run` starts an application, :permanent in a release
 *  (whose node goes down with it). Logger first takes its level from the configuration, as mix's
 *  app.start (and a release's boot) starts Logger with it */
export function startAppSource(app: string, version: string, appSpecSource: string, modules: string[] = [], start = true, type: "temporary" | "permanent" = "temporary"): string {
  const mods = modules.map((m) => `:${JSON.stringify(m)}`).join(", ");
  return `Application.__put_spec__(:${app}, ${appSpecSource} ++ [vsn: ${JSON.stringify(version).replace(/^"|"$/g, "'")}, modules: [${mods}]])
${start ? `Logger.__app_start__()
Application.ensure_all_started(:${app}, :${type})` : "{:ok, []}"}
`;
}
