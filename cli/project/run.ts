// `beamlet compile` and `beamlet run [--no-halt]` in a project (the folder holding mix.exs).
import * as fs from "node:fs";
import * as path from "node:path";
import type { Node } from "../../vm/node.ts";
import { bootNode, evalSource, withRunningNode, termText } from "./node_util.ts";
import { readProject, startAppSource, ProjectError, Project, mixEnv, defineMix, findMixFile } from "./mixfile.ts";
import { compileProjectAsync, mixCompilePids } from "./compile.ts";
import { installBreakMenu } from "../break_menu.ts";
import { projectConfigPreamble, readRunConfig, runConfigWarning, baseAppsCheckSource, buildConfig, uncompiledProjectChecks } from "./config.ts";
import type { Tuple } from "../../vm/terms.ts";
import { warningText, ansiEnabled } from "../colors.ts";
import type { MixRunArgs } from "../run_args.ts";
import { stopOnSigterm, sigtermReady } from "../sigterm.ts";

/** read mix.exs and compile lib/ on a throwaway node; null after printing an error */
/** noCompile: what was compiled last is what runs (`mix run --no-compile`) */
export async function compileInProject(dir: string, opts: { force?: boolean; quiet?: boolean; env?: string; warningsAsErrors?: boolean; noCompile?: boolean } = {}): Promise<Project | null> {
  const node = bootNode();
  try {
    return await withRunningNode(node, async () => {
      const p = await readProject(node, dir, opts.env);
      // beamlet fetches nothing: say so rather than leave a dependency's modules missing
      if (p.deps.length > 0) process.stderr.write(warningText(`warning: beamlet does not fetch, compile or load dependencies: ${p.deps.join(", ")} (deps/0 in mix.exs) and their modules will not be available\n\n`, ansiEnabled()));
      p.depProjects = await readPathDeps(node, p);
      // (config.exs is read first whatever happens next, as mix reads it when it starts)
      if (opts.noCompile) {
        const config = await buildConfig(node, dir, p.env);
        if (!fs.existsSync(path.join(p.ebin, `${p.app}.app`))) await uncompiledProjectChecks(node, dir, p.env, config);
        return compiledBefore({ ...p, config });
      }
      // as mix: config.exs is in the application environment while lib/ compiles (a module
      // body's Application.get_env/compile_env reads it), and a change of the application's own
      // configuration compiles every file again
      defineMix(node, p.env);
      const file = path.join(dir, "config", "config.exs");
      let config = "[]";
      let appConfig = "[]";
      const configFiles = [path.join(dir, "mix.exs")];
      if (fs.existsSync(file)) {
        const ev = node.newEvaluator();
        const all = "limit: :infinity, printable_limit: :infinity";
        const r = await evalSource(node, ev, `c = Config.__read__(${JSON.stringify(file)}, :${p.env})
${baseAppsCheckSource("c", "config/config.exs")}Application.put_all_env(c)
{inspect(c, ${all}), inspect(Application.get_all_env(:${p.app}) |> Enum.sort(), ${all}), Enum.join(Process.get(:beamlet_config_imports), "\n")}`, "config.exs");
        node.interrupt(ev);
        if (!r.ok) throw new ProjectError(r.formatted.trimEnd());
        const [c, a, imports] = (r.value as Tuple).items.map(termText);
        config = c;
        appConfig = a;
        configFiles.push(file, ...imports.split("\n").filter(Boolean));
      }
      // the path dependencies first, each in :prod (their code sees Mix.env/0 as :prod), each
      // one's output under "==> NAME" as mix prints it; the project's under its own once a
      // dependency printed something
      let lastPrinted: string | null = null;
      const writer = (app: string, top: boolean) => (fd: 1 | 2, text: string) => {
        if (fd === 1 && lastPrinted !== app && (!top || lastPrinted !== null)) process.stdout.write(`==> ${app}\n`);
        if (fd === 1) lastPrinted = app;
        (fd === 1 ? process.stdout : process.stderr).write(text);
      };
      // Ctrl-C while the files compile shows the BREAK menu, as the BEAM's does under mix: between
      // two files, the compilation waits for its answer (`a` quits, `c` goes on)
      const menu = installBreakMenu(node);
      // (two turns of the event loop: the second goes through its poll phase, where a signal that
      // came while the file compiled is taken)
      const between = async () => {
        for (let i = 0; i < 2; i++) await new Promise((resolve) => setImmediate(resolve));
        await menu.answered();
      };
      try {
        for (const d of p.depProjects) {
          defineMix(node, d.env);
          const dr = await compileProjectAsync(node, d, { force: opts.force, quiet: opts.quiet, write: writer(d.app, false), configFiles: [path.join(d.dir, "mix.exs")] }, between);
          if (!dr.ok) {
            process.stderr.write(`could not compile dependency :${d.app}, "mix compile" failed. Errors may have been logged above. You can recompile this dependency with "mix deps.compile ${d.app}", update it with "mix deps.update ${d.app}" or clean it with "mix deps.clean ${d.app}"\n`);
            return null;
          }
        }
        defineMix(node, p.env);
        const r = await compileProjectAsync(node, p, { ...opts, appConfig, configFiles, write: writer(p.app, true) }, between);
        return r.ok ? { ...p, modules: r.modules, compilePids: mixCompilePids(r), config } : null;
      } finally {
        menu.uninstall();
      }
    });
  } catch (e) {
    if (e instanceof ProjectError) {
      process.stderr.write(e.message + "\n");
      return null;
    }
    throw e;
  }
}

/** the path dependencies of a project (deps/0's `path:`), direct and indirect, each after those
 *  it needs, as mix orders them: read from their mix.exs in :prod (as mix builds dependencies),
 *  built into the project's _build/ENV/lib/NAME. A folder that is not there stops the command as
 *  mix's dependency check does; one without mix.exs is skipped with mix's message */
async function readPathDeps(node: Node, p: Project): Promise<Project[]> {
  const order: Project[] = [];
  const seen = new Set<string>();
  const missing: string[] = [];
  const visit = async (q: Project) => {
    for (const d of q.pathDeps) {
      if (seen.has(d.name)) continue;
      seen.add(d.name);
      if (!fs.existsSync(d.dir) || !fs.statSync(d.dir).isDirectory()) {
        missing.push(`* ${d.name} (${d.path})\n  the dependency is not available\n`);
        continue;
      }
      if (!findMixFile(d.dir)) {
        process.stderr.write(`Could not compile :${d.name}, no "mix.exs", "rebar.config" or "Makefile" (pass :compile as an option to customize compilation, set it to "false" to do nothing)\n`);
        continue;
      }
      const dp = await readProject(node, d.dir, "prod");
      const buildDir = path.join(p.dir, "_build", p.env, "lib", dp.app);
      const dep: Project = { ...dp, buildDir, ebin: path.join(buildDir, "ebin") };
      await visit(dep);
      order.push(dep);
    }
  };
  await visit(p);
  defineMix(node, p.env);
  if (missing.length > 0) throw new ProjectError(`Unchecked dependencies for environment ${p.env}:\n${missing.join("")}** (Mix) Can't continue due to errors on dependencies`);
  return order;
}

/** the folders of compiled code a project's node has on its code path: its own ebin, then its
 *  path dependencies' */
export function projectEbins(p: Project): string[] {
  return [p.ebin, ...(p.depProjects ?? []).map((d) => d.ebin)];
}

/** the project as compiled last (its ebin's modules); null after saying, as mix does, that there is none */
function compiledBefore(p: Project): Project | null {
  if (!fs.existsSync(path.join(p.ebin, `${p.app}.app`))) {
    process.stderr.write(`** (Mix) Could not start application ${p.app}: could not find application file: ${p.app}.app\n`);
    return null;
  }
  const modules = fs.readdirSync(p.ebin).filter((f) => f.endsWith(".bbc")).map((f) => f.slice(0, -4)).sort();
  return { ...p, modules };
}

export async function compileCommand(opts: { force?: boolean; warningsAsErrors?: boolean }): Promise<number> {
  const p = await compileInProject(process.cwd(), opts);
  return p ? 0 : 1;
}

/** start the application described by a project or a release on a running node */
/** `preamble`: Elixir evaluated first (the configuration, see config.ts) */
export async function startApplication(node: Node, app: string, version: string, spec: string, preamble = "", modules: string[] = [], start = true, type: "temporary" | "permanent" = "temporary", compilePids = 0): Promise<boolean> {
  const ev = node.newEvaluator();
  node.beforeApplicationStart(start, compilePids);
  const r = await evalSource(node, ev, preamble + startAppSource(app, version, spec, modules, start, type), "beamlet_start.exs");
  const v = r.ok ? r.value : null;
  const ok = v !== null && (v as any).items?.[0]?.name === "ok";
  if (!ok) {
    const text = r.ok ? `** (Mix) Could not start application ${app}: ${String((v as any)?.items ? require_inspect(v) : v)}` : r.formatted;
    process.stderr.write(text.trimEnd() + "\n");
  }
  return ok;
}

import { inspect } from "../../vm/inspect.ts";
function require_inspect(t: any): string {
  return inspect(t);
}

/** a node running the project's application (config read, app started); null after printing why */
/** start: false loads the application (its spec, its configuration) without starting it, as
 *  `mix run --no-start` */
/** shell: the node is `beamlet repl`'s, numbered as iex -S mix (on a terminal or not) */
export async function startProjectNode(dir: string, p: Project, start = true, extraConfig: string[] = [], shell?: { terminal: boolean }): Promise<{ node: Node; loop: Promise<number>; keepAlive: NodeJS.Timeout } | null> {
  const node = bootNode();
  if (shell) node.numberPidsAsProjectShell(shell.terminal);
  else node.numberPidsAsProject();
  stopOnSigterm(node, { held: true });
  node.code.path.unshift(...projectEbins(p));
  const loop = node.runLoop();
  const keepAlive = setInterval(() => {}, 1 << 30);
  const stop = async () => {
    node.halt(1);
    clearInterval(keepAlive);
    await loop;
    return null;
  };
  let preamble: string;
  try {
    preamble = await projectConfigPreamble(node, dir, p.env, extraConfig, p.config, [p.app, ...(p.depProjects ?? []).map((d) => d.app)]);
  } catch (e) {
    if (!(e instanceof ProjectError)) throw e;
    process.stderr.write(e.message + "\n");
    return stop();
  }
  const ok = await startApplication(node, p.app, p.version, p.appSpecSource, preamble, p.modules, start, p.startPermanent ? "permanent" : "temporary", p.compilePids);
  sigtermReady();
  if (!ok) return stop();
  return { node, loop, keepAlive };
}

const PARALLEL_REQUIRE_WARNING = `warning: the --parallel-require option is deprecated in favour of using --parallel to make all requires parallel and --require VAL for requiring
  (mix 1.14.0) lib/mix/tasks/run.ex:102: anonymous fn/1 in Mix.Tasks.Run.run/5
  (elixir 1.14.0) lib/enum.ex:4249: Enum.flat_map_list/2
  (mix 1.14.0) lib/mix/tasks/run.ex:100: Mix.Tasks.Run.run/5
  (mix 1.14.0) lib/mix/tasks/run.ex:84: Mix.Tasks.Run.run/1
  (mix 1.14.0) lib/mix/task.ex:421: anonymous fn/3 in Mix.Task.run_task/4
  (mix 1.14.0) lib/mix/cli.ex:84: Mix.CLI.run_task/2

`;

/** `beamlet run [-r PATTERN | -e CODE]... [FILE] [args...]` in a project, as `mix run` */
export async function runProject(opts: MixRunArgs): Promise<number> {
  if (opts.errors.length > 0) {
    const n = opts.errors.length;
    process.stderr.write(`** (Mix) Could not invoke task "run": ${n} error${n === 1 ? "" : "s"} found!\n${opts.errors.join("\n")}\n`);
    return 1;
  }
  const dir = process.cwd();
  if (opts.parallelRequire) process.stderr.write(warningText(PARALLEL_REQUIRE_WARNING, ansiEnabled()));
  // as mix: -c files are read (each after its warning) before anything compiles
  const extraConfig: string[] = [];
  if (opts.configs.length > 0) {
    const node = bootNode();
    try {
      await withRunningNode(node, async () => {
        for (const file of opts.configs) {
          process.stderr.write(warningText(runConfigWarning(), ansiEnabled()));
          extraConfig.push(await readRunConfig(node, file, mixEnv()));
        }
      });
    } catch (e) {
      if (!(e instanceof ProjectError)) throw e;
      process.stderr.write(e.message + "\n");
      return 1;
    }
  }
  const p = await compileInProject(dir, { noCompile: !opts.compile });
  if (!p) return 1;
  const started = await startProjectNode(dir, p, opts.start, extraConfig);
  if (!started) return 1;
  const { node, loop, keepAlive } = started;
  if (opts.commands.length > 0) {
    const { runCommands } = await import("../run_script.ts");
    if (!opts.halt) installBreakMenu(node);
    return runCommands(opts.commands, opts.argv, { project: started, halt: opts.halt });
  }
  if (opts.halt) {
    // like `mix run` without --no-halt: the app started, the VM stops
    node.halt(0);
    clearInterval(keepAlive);
    return await loop;
  }
  // `mix run --no-halt` on a terminal: Ctrl-C shows the BREAK menu
  installBreakMenu(node);
  const code = await loop;
  clearInterval(keepAlive);
  return code;
}

export function inProject(): boolean {
  return fs.existsSync(path.join(process.cwd(), "mix.exs"));
}
