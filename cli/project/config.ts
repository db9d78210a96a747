// config/config.exs (which may import_config "#{config_env()}.exs") and config/runtime.exs, read
// as mix reads them: evaluated on a node (lib/config.ex), the result kept as Elixir source so a
// release can carry it (its boot evaluates runtime.exs itself).
import * as fs from "node:fs";
import * as path from "node:path";
import type { Node } from "../../vm/node.ts";
import { evalSource, termText } from "./node_util.ts";
import { ProjectError, defineMix } from "./mixfile.ts";
import { ansiEnabled } from "../colors.ts";

const q = (s: string) => JSON.stringify(s);

/** the configuration of one file as Elixir source ("[]" without the file); ProjectError on failure.
 *  label: the file as mix names it when it loads it (then base applications draw its warning) */
export async function readConfigFile(node: Node, file: string, env: string, label?: string): Promise<string> {
  if (!fs.existsSync(file)) return "[]";
  const ev = node.newEvaluator();
  const check = label === undefined ? "" : baseAppsCheckSource("c", label);
  const r = await evalSource(node, ev, `c = Config.__read__(${q(file)}, :${env})\n${check}inspect(c, limit: :infinity, printable_limit: :infinity)`, path.basename(file));
  node.interrupt(ev);
  if (!r.ok) throw new ProjectError(r.formatted.trimEnd());
  return termText(r.value);
}

/** config/config.exs of the project in `dir`. Read under mix, so Mix.env/0 and Mix.target/0
 *  answer there (`config :app, env: Mix.env()`) and, on a project's node, for the rest of its life
 *  (runtime.exs, scripts, tests, the application's code), as on a node mix started; a release's
 *  boot does not come here: there, as in Elixir, Mix is not available */
export function buildConfig(node: Node, dir: string, env: string): Promise<string> {
  defineMix(node, env);
  return readConfigFile(node, path.join(dir, "config", "config.exs"), env, "config/config.exs");
}

/** Elixir source writing, as mix 1.14 does when it loads a configuration file (`label`, as mix
 *  names it) that configures :kernel or :stdlib, its warning on standard error: those applications
 *  are started before any configuration is read, so it cannot take effect (the values are still
 *  put in the application environment). `config`: a variable holding the configuration */
export function baseAppsCheckSource(config: string, label: string): string {
  const [on, off] = ansiEnabled() ? ["\\e[31m\\e[1m", "\\e[0m"] : ["", ""];
  const text =
    "These applications are already started by the time the configuration\\nexecutes and these configurations have no effect.\\n\\n" +
    "If you want to configure these applications for a release, you can\\nspecify them in your vm.args file:\\n\\n    -kernel config_key config_value\\n\\n" +
    "Alternatively, if you must configure them dynamically, you can wrap\\nthem in a conditional block in your config files:\\n\\n" +
    '    if System.get_env(\\"RELEASE_MODE\\") do\\n      config :kernel, ...\\n    end\\n\\n' +
    "and then configure your releases to reboot after configuration:\\n\\n    releases: [\\n      my_app: [reboot_system_after_config: true]\\n    ]\\n\\n" +
    `This happened when loading ${label.replace(/["\\#]/g, "\\\\$&")} or\\none of its imports.\\n`;
  return `case Enum.filter([:stdlib, :kernel], &Keyword.has_key?(${config}, &1)) do
  [] -> :ok
  base -> IO.write(:stderr, "${on}Cannot configure base applications: #{inspect(base)}\\n\\n${text}${off}\\n")
end
`;
}

/** Elixir source putting a configuration into the application environment */
export function applyConfigSource(configSource: string): string {
  // (persistent, as mix puts it: an application loaded later, :ex_unit, keeps it over its defaults)
  return `Application.put_all_env(${configSource}, persistent: true)\n`;
}

/** what to evaluate before the application starts in a project: config.exs, the configurations
 *  given to `mix run -c` (Elixir source, put after it), then runtime.exs */
/** config: config.exs as already read (compileInProject), else it is read here */
/** app: the project's application; an application configured that is neither it nor one Elixir or
 *  OTP comes with (nor a path dependency: app may list them after it) is reported on standard error as mix does (runtime.exs's first, then config.exs's) */
export async function projectConfigPreamble(node: Node, dir: string, env: string, extra: string[] = [], config?: string, app?: string | string[]): Promise<string> {
  if (config === undefined) config = await buildConfig(node, dir, env);
  else defineMix(node, env);
  const runtime = await readConfigFile(node, path.join(dir, "config", "runtime.exs"), env, "config/runtime.exs");
  const check = app === undefined ? "" : unavailableAppsSource(app, runtime) + unavailableAppsSource(app, config);
  return check + applyConfigSource(config) + extra.map(applyConfigSource).join("") + applyConfigSource(runtime);
}

// the applications an Elixir 1.14 / OTP 25 installation has (configuring them draws no warning)
export const INSTALLED_APPS = "eex elixir ex_unit iex logger mix asn1 common_test compiler crypto diameter edoc eldap erl_interface erts et eunit ftp inets kernel megaco mnesia observer odbc parsetools public_key runtime_tools sasl ssl stdlib syntax_tools tftp tools wx xmerl".split(" ");

/** Elixir source writing mix's message for each application a configuration (Elixir source)
 *  configures that is not available: not the project's, not installed */
function unavailableAppsSource(app: string | string[] | null, configSource: string): string {
  const known = [...(app === null ? [] : typeof app === "string" ? [app] : app), ...INSTALLED_APPS].map((a) => `:${JSON.stringify(a)}`).join(", ");
  const [on, off] = ansiEnabled() ? ["\e[31m\e[1m", "\e[0m"] : ["", ""];
  return `for {app, _} <- ${configSource}, app not in [${known}] do
  IO.write(:stderr, "${on}You have configured application #{inspect(app)} in your configuration file,\nbut the application is not available.\n\nThis usually means one of:\n\n  1. You have not added the application as a dependency in a mix.exs file.\n\n  2. You are configuring an application that does not really exist.\n\nPlease ensure #{inspect(app)} exists or remove the configuration.\n${off}\n")
end
`;
}

// below a configuration file `mix run -c FILE` reads (Mix.Tasks.Loadconfig.load_compile/1)
const RUN_CONFIG_FRAMES = [
  "(mix 1.14.0) lib/mix/tasks/loadconfig.ex:54: Mix.Tasks.Loadconfig.load_compile/1",
  "(mix 1.14.0) lib/mix/tasks/run.ex:161: anonymous fn/2 in Mix.Tasks.Run.process_config/1",
  '(elixir 1.14.0) lib/enum.ex:2468: Enum."-reduce/3-lists^foldl/2-0-"/3',
  "(mix 1.14.0) lib/mix/tasks/run.ex:154: Mix.Tasks.Run.process_config/1",
  "(mix 1.14.0) lib/mix/tasks/run.ex:121: Mix.Tasks.Run.run/5",
  "(mix 1.14.0) lib/mix/tasks/run.ex:84: Mix.Tasks.Run.run/1",
  "(mix 1.14.0) lib/mix/task.ex:421: anonymous fn/3 in Mix.Task.run_task/4",
  "(mix 1.14.0) lib/mix/cli.ex:84: Mix.CLI.run_task/2",
];

/** the warning mix 1.14 prints for each -c/--config of `mix run`, with its stack trace */
export function runConfigWarning(): string {
  const frames = ["(mix 1.14.0) lib/mix/tasks/run.ex:156: anonymous fn/2 in Mix.Tasks.Run.process_config/1", ...RUN_CONFIG_FRAMES.slice(2, 7)];
  return "warning: the --config flag is deprecated. If you need to handle multiple configurations, it is preferable to dynamically import them in your config files\n" + frames.map((f) => `  ${f}\n`).join("") + "\n";
}

/** a configuration file given to `mix run -c`, as Elixir source; ProjectError as mix fails on a
 *  file it cannot read */
export async function readRunConfig(node: Node, file: string, env: string): Promise<string> {
  const abs = path.resolve(file);
  if (!fs.existsSync(abs) || !fs.statSync(abs).isFile()) {
    const why = fs.existsSync(abs) ? "illegal operation on a directory" : "no such file or directory";
    const frames = ["(elixir 1.14.0) lib/file.ex:358: File.read!/1", "(elixir 1.14.0) lib/config/reader.ex:110: Config.Reader.read_imports!/2", ...RUN_CONFIG_FRAMES.slice(0, 6)];
    throw new ProjectError(`** (File.Error) could not read file ${q(abs)}: ${why}\n` + frames.map((f) => `    ${f}`).join("\n"));
  }
  defineMix(node, env);
  return readConfigFile(node, abs, env, abs);
}

/** what mix does before it says a project never compiled cannot start (`mix run --no-compile`):
 *  it reads runtime.exs, then reports every application configured but not available, the
 *  project's own among them (it has no .app file yet). config: config.exs, as read */
export async function uncompiledProjectChecks(node: Node, dir: string, env: string, config: string): Promise<void> {
  const runtime = await readConfigFile(node, path.join(dir, "config", "runtime.exs"), env, "config/runtime.exs");
  const ev = node.newEvaluator();
  await evalSource(node, ev, unavailableAppsSource(null, runtime) + unavailableAppsSource(null, config), "config.exs");
  node.interrupt(ev);
}

/** the same at a release's boot: the configuration built into it, then its runtime.exs */
export async function releaseConfigPreamble(node: Node, root: string, info: { version: string; env?: string; config?: string }): Promise<string> {
  const runtime = await readConfigFile(node, path.join(root, "releases", info.version, "runtime.exs"), info.env ?? "prod");
  return applyConfigSource(info.config ?? "[]") + applyConfigSource(runtime);
}
