// The beamlet command line.
import { Command, CommanderError } from "commander";
import * as fs from "node:fs";
import { disasmFile } from "./disasm.ts";
import { compileFiles, expandSourcePatterns } from "./compile.ts";
import { beamletVersion } from "./version.ts";
import { nearestCommand } from "./nearest.ts";
import { fail } from "./fail.ts";
import { exitWhenFlushed, guardOutputStreams } from "./output_faults.ts";
import { captureEarlySigints, releaseEarlySigints } from "./early_sigint.ts";

// every command's output may go to a reader that left (`beamlet new app | head -1`): what cannot be
// written is dropped, never an uncaught EPIPE with Node's stack trace
guardOutputStreams();
captureEarlySigints();

const NO_PROJECT = "** (Mix) Could not find a Mix.Project, please ensure you are running Mix in a directory with a mix.exs file";
// (Mix.Tasks.Run's own words)
const NO_PROJECT_RUN = '** (Mix) Cannot execute "mix run" without a Mix.Project, please ensure you are running Mix in a directory with a mix.exs file or pass the --no-mix-exs option';

/** mix's words for the options a task does not know (OptionParser's strict parse), all at once: exit 1 */
async function unknownMixOptions(task: string, args: string[]): Promise<void> {
  const unknown = args.filter((a) => a.startsWith("-"));
  if (unknown.length === 0) return;
  const n = unknown.length;
  process.stderr.write(`** (Mix) Could not invoke task "${task}": ${n} error${n === 1 ? "" : "s"} found!\n${unknown.map((u) => `${u} : Unknown option\n`).join("")}`);
  await exitWhenFlushed(1);
}

/** `beamlet test ARGS`, read as mix test reads them (options and paths in any order; arguments it
 *  refuses are reported in OptionParser's words, before anything else: exit 1) */
async function testCommandLine(args: string[]): Promise<never> {
  const { parseTestArgs, mixTestArgsError } = await import("./project/test_args.ts");
  const { opts, paths, unusual } = parseTestArgs(args);
  const error = unusual ? await mixTestArgsError(args) : null;
  if (error !== null) {
    process.stderr.write(`** (Mix) Could not invoke task "test": ${error}\n`);
    return exitWhenFlushed(1);
  }
  const { inProject } = await import("./project/run.ts");
  if (!inProject()) fail(NO_PROJECT);
  if (opts.cover) {
    process.stderr.write("** (Mix) beamlet test: --cover is not supported (beamlet has no :cover, Erlang's coverage tool); run the tests without it\n");
    return exitWhenFlushed(1);
  }
  const { testCommand } = await import("./project/test.ts");
  return exitWhenFlushed(await testCommand(paths, opts));
}

const program = new Command();
const collect = (v: string, prev: string[]) => [...prev, v];
program
  .name("beamlet")
  .description("Elixir on a TypeScript bytecode VM with BEAM-style hot code loading.\nWith no command, opens the REPL (like `iex`); `beamlet help COMMAND` explains a command.")
  .version(`beamlet ${beamletVersion()} (runs Elixir 1.14 programs)`, "-v, --version", "print the version")
  .helpOption("-h, --help", "print this help")
  .enablePositionalOptions()
  .showSuggestionAfterError(true)
  .addHelpCommand(false);
program
  .command("run")
  .argument("[file]", "an .exs script (in a project: run once the application started; none: just start it)")
  .argument("[args...]", "arguments for System.argv() (everything after the file, options included)")
  .option("-e, --eval <code>", "evaluate this code, like `elixir -e CODE` (`beamlet -e CODE` is `elixir -e` even in a project); repeatable, each evaluated in turn")
  .option("-r, --require <pattern>", "run the files matching this pattern first (Code.require_file/1); repeatable, in order with -e (outside a project `-pr PATTERN` requires them as Kernel.ParallelCompiler, like `elixir -pr`)")
  .option("-p, --parallel", "in a project: every -r as Kernel.ParallelCompiler requires them (like `mix run -p`)")
  .option("--no-halt", "keep running after the code ran (like `elixir --no-halt` and `mix run --no-halt`)")
  .option("--no-start", "in a project: load the application and its configuration without starting it (like `mix run --no-start`)")
  .option("--no-compile", "in a project: do not compile, run what was compiled last (like `mix run --no-compile`)")
  .option("-c, --config <file>", "in a project: read this configuration file too (deprecated in mix 1.14, as there)")
  .passThroughOptions()
  .addHelpText("after", "\nOutside a project, as elixir's (repeatable):\n  -pa <path>               put the folders the pattern matches first in the code path (-pz: last)\n  --app <app>              start the application and its dependencies in its turn (APP.app on the\n                           code path)")
  .description("run a script, like `elixir [-e CODE] [-r FILE] FILE.exs ARGS...`; in a project (mix.exs), like `mix run`: compile, read the configuration, start the application, then run the -r files, -e code and script, if any")
  // (the action is runCommand below: the options are read in their order, as elixir and mix read them)
  .action(() => {});
program
  .command("new")
  .argument("[path]", "the project folder (its name is the app name)")
  .option("--sup", "generate an OTP application skeleton including a supervision tree")
  .option("--module <module>", "the name of the base module")
  .option("--app <app>", "the name of the OTP application")
  .option("--force", "overwrite files of an existing folder without asking")
  .description("create a project, like `mix new PATH` (with --sup, an application and its supervision tree)")
  // (an unknown option is reported as mix new reports it)
  .allowUnknownOption(true)
  .allowExcessArguments(true)
  .action(async (target: string | undefined, opts: { sup?: boolean; module?: string; app?: string; force?: boolean }, cmd: Command) => {
    await unknownMixOptions("new", cmd.args);
    target = cmd.args[0];
    // (mix's words, beamlet's command for mix's, as new's other output)
    if (target === undefined) return fail('** (Mix) Expected PATH to be given, please use "beamlet new PATH"');
    const { newProject } = await import("./project/new.ts");
    await exitWhenFlushed(await newProject(target, opts));
  });
program
  .command("playground")
  .option("--port <n>", "the port (0: any free one)", "4000")
  .option("--host <addr>", "the address to listen on", "127.0.0.1")
  .description("serve the browser playground (Elixir in the page, with the hot-swap tutorial) and print its URL")
  .action(async (opts: { port: string; host: string }) => {
    const { playgroundCommand } = await import("./playground.ts");
    const code = await playgroundCommand(opts);
    if (code !== 0) await exitWhenFlushed(code);
  });
program
  .command("release")
  .option("--overwrite", "overwrite an existing release without asking")
  .description("in a project: assemble _build/$MIX_ENV/rel/APP, like `mix release`")
  .allowUnknownOption(true)
  .allowExcessArguments(true)
  .action(async (opts: { overwrite?: boolean }, cmd: Command) => {
    const { inProject } = await import("./project/run.ts");
    if (!inProject()) fail(NO_PROJECT);
    await unknownMixOptions("release", cmd.args);
    const { releaseCommand } = await import("./release/release.ts");
    await exitWhenFlushed(await releaseCommand({ ...opts, name: cmd.args[0] }));
  });
program
  .command("release-node", { hidden: true })
  .argument("<root>", "the release folder")
  .argument("[command]", "start | daemon | stop | pid | remote | rpc | eval | version")
  .argument("[args...]")
  .allowUnknownOption()
  .description("the runtime of a release's bin/APP script")
  .action(async (root: string, command: string | undefined, args: string[]) => {
    const { releaseNodeCommand } = await import("./release/commands.ts");
    await exitWhenFlushed(await releaseNodeCommand(root, command, args));
  });
program
  .command("compile")
  .argument("[files...]", "source files (.ex) defining modules (none in a project: compile the project)")
  .option("-o, --output <dir>", "where to write the Elixir.Mod.bbc files", ".")
  .option("--force", "in a project: recompile every file")
  .option("--warnings-as-errors", "fail (exit 1) when the code compiles with warnings")
  .description("compile modules to .bbc object files, like `elixirc FILE.ex -o DIR`; in a project (mix.exs, no files): lib/**/*.ex to _build/$MIX_ENV/lib/APP/ebin, like `mix compile`")
  .action(async (files: string[], opts: { output: string; force?: boolean; warningsAsErrors?: boolean }) => {
    if (files.length > 0) {
      const { files: found, unmatched } = expandSourcePatterns(files);
      if (unmatched.length > 0) fail(`No files matched pattern(s) ${unmatched.join(",")}`);
      await exitWhenFlushed(compileFiles(found, opts.output, undefined, { warningsAsErrors: opts.warningsAsErrors }).code);
    }
    const { compileCommand, inProject } = await import("./project/run.ts");
    if (!inProject()) fail(NO_PROJECT);
    await exitWhenFlushed(await compileCommand(opts));
  });
program
  .command("test")
  .argument("[paths...]", "test files or folders, FILE:LINE for the test at that line (default: test/**/*_test.exs)")
  .option("--seed <n>", "seed for the random order of modules and tests (0: definition order)")
  .option("--trace", "one line per test, tests run one at a time, no timeout")
  .option("--only <tag>", "run only tests with this tag (tag or tag:value); repeatable", collect, [])
  .option("--include <tag>", "include tests with this tag even if excluded; repeatable", collect, [])
  .option("--exclude <tag>", "exclude tests with this tag; repeatable", collect, [])
  .option("--failed", "run only the tests that failed in the last run")
  .option("--max-failures <n>", "stop after this many failures")
  .option("--slowest <n>", "list the N slowest tests (runs them one at a time, as --trace)")
  .option("--timeout <ms>", "each test's timeout in milliseconds (default 60000)")
  .option("--warnings-as-errors", "a suite that passed fails (exit 1) when a test file warned, as mix test's")
  .option("--max-cases <n>", "at most this many async test modules at once (default: twice the cores)")
  .option("--exit-status <n>", "the exit status when a test fails (default 2)")
  .option("--raise", "a failing suite ends with `** (Mix) \"mix test\" failed` and exit status 1")
  .option("--force", "recompile every file of lib/ first")
  .option("--no-compile", "do not compile, test what was compiled last")
  .option("--no-deps-check", "accepted as by mix test (beamlet projects have no dependencies to check)")
  .option("--no-archives-check", "accepted as by mix test (beamlet has no archives)")
  .option("--color", "colour the report with ANSI escapes even when not on a terminal (--no-color: never)")
  .option("--no-elixir-version-check", "accepted as by mix test (beamlet is always Elixir 1.14)")
  .option("--stale", "only the tests whose files or modules (or what those call) changed since the last --stale run that passed")
  .option("--formatter <module>", "report with this ExUnit formatter instead of ExUnit.CLIFormatter; repeatable")
  .option("--partitions <n>", "run the share of the test files that MIX_TEST_PARTITION (1..N) names")
  .option("--no-start", "load the application without starting it")
  .option("--cover", "not supported: says so (beamlet has no :cover tool)")
  .description("in a project: run the tests, like `mix test` (exit 0 if all pass, 2 if a test fails, 1 on errors)")
  // (the arguments are read as mix test reads them: testCommandLine, before commander)
  .action(() => {});
program
  .command("disasm")
  .argument("<file>", "a .bbc file (or a source file to compile first)")
  .description("print bytecode readably")
  .action(async (file: string) => exitWhenFlushed(disasmFile(file)));
const upgrade = program.command("upgrade").description("check, test and apply hot upgrades");
upgrade
  .command("test")
  .argument("<spec>", "an .exs defining the upgrade spec: start/0, operations/0, invariant/1, check_final/2 (testing/README.md)")
  .argument("<old>", "the module(s) before the upgrade (.ex)")
  .argument("<new>", "the module(s) after the upgrade (.ex)")
  .option("--runs <n>", "scenarios to try", "100")
  .option("--seed <n>", "replay: the seed a failing run printed")
  .option("--max-ops <n>", "at most this many operations per scenario", "12")
  .description("property-test an upgrade on a deterministic node: random client workloads, the upgrade at a random point; a failure is shrunk and printed with its seed")
  .action(async (spec: string, oldFile: string, newFile: string, opts: { runs?: string; seed?: string; maxOps?: string }) => {
    const { upgradeTestCommand } = await import("./upgrade_test.ts");
    await exitWhenFlushed(await upgradeTestCommand(spec, oldFile, newFile, opts));
  });
program
  .command("repl")
  .description("an interactive shell, like `iex`; inside a project, like `iex -S mix` (compiles and starts the application; recompile() reloads what changed)")
  .action(async () => {
    const { inProject } = await import("./project/run.ts");
    if (inProject()) {
      const { projectRepl } = await import("./project/repl.ts");
      await exitWhenFlushed(await projectRepl());
    }
    const { runRepl } = await import("./repl/main.ts");
    await exitWhenFlushed(await runRepl());
  });
program.action(async () => {
  const { runRepl } = await import("./repl/main.ts");
  await exitWhenFlushed(await runRepl());
});

// `beamlet -e CODE ARGS...` is `beamlet run -e CODE ARGS...` outside a project: `elixir -e`, even
// in a project's folder
// `beamlet FILE.exs ARGS...` is likewise `elixir FILE.exs ARGS...` (a first argument that is no
// command and names a script: an .exs or .ex, or a file that exists)
const firstArg = process.argv[2];
const bareScript =
  firstArg !== undefined && !firstArg.startsWith("-") && !program.commands.some((c) => c.name() === firstArg) && (/\.exs?$/.test(firstArg) || (fs.existsSync(firstArg) && fs.statSync(firstArg).isFile()));
// (and any other option but beamlet's own: elixir's options, read as elixir reads them, so an
// unknown one is "--foo : Unknown option" and one beamlet does not have says why)
const bareEval = (firstArg !== undefined && /^[-+]/.test(firstArg) && !["-h", "--help", "-v", "--version"].includes(firstArg)) || bareScript;
if (bareEval) process.argv.splice(2, 0, "run");

// an unknown command names the nearest one (commander would say "too many arguments", since the
// bare program takes none)
const first = process.argv[2];
if (first !== undefined && !first.startsWith("-")) {
  const names = program.commands.filter((c) => !(c as unknown as { _hidden: boolean })._hidden).map((c) => c.name());
  if (first === "help") {
    // `beamlet help` and `beamlet help CMD`, as `mix help TASK`
    const topic = process.argv[3];
    if (topic === undefined) program.help();
    const cmd = program.commands.find((c) => c.name() === topic);
    if (!cmd) {
      const near = nearestCommand(topic, names);
      fail(`beamlet: no help for "${topic}"${near ? `. Did you mean "${near}"?` : ""} (see \`beamlet --help\`)`);
    }
    cmd.help();
  }
  if (!program.commands.some((c) => c.name() === first)) {
    const near = nearestCommand(first, names);
    fail(`beamlet: unknown command "${first}"${near ? `. Did you mean "${near}"?` : ""} (see \`beamlet --help\`)`);
  }
}
/** `beamlet run ARGS` (and `beamlet -e ...`): as `elixir ARGS`, or in a project as `mix run ARGS` */
async function runCommand(args: string[]): Promise<never> {
  const { inProject } = await import("./project/run.ts");
  if (inProject() && !bareEval) {
    const { runProject } = await import("./project/run.ts");
    const { parseMixRunArgs } = await import("./run_args.ts");
    return exitWhenFlushed(await runProject(parseMixRunArgs(args)));
  }
  const { parseElixirArgs } = await import("./run_args.ts");
  const { runCommands } = await import("./run_script.ts");
  const parsed = parseElixirArgs(args);
  if (parsed.version) {
    const { SYSTEM_VERSION, ELIXIR_BUILD } = await import("../vm/bifs/system_info.ts");
    process.stdout.write(`${SYSTEM_VERSION}\nElixir ${ELIXIR_BUILD}\n`);
    if (parsed.version.error) process.stderr.write(parsed.version.error + "\n");
    return exitWhenFlushed(parsed.version.status);
  }
  if (parsed.unsupported !== undefined) fail(parsed.unsupported);
  // `beamlet run` with nothing to run, outside a project, is `mix run` there; `beamlet --no-halt`
  // (or any other of elixir's options alone) is `elixir --no-halt`: a node that runs nothing
  if (!bareEval && parsed.commands.length === 0 && parsed.errors.length === 0 && parsed.codePaths.length === 0) fail(NO_PROJECT_RUN);
  return exitWhenFlushed(await runCommands(parsed.commands, parsed.argv, { halt: !parsed.noHalt, errors: parsed.errors, codePaths: parsed.codePaths }));
}

program.exitOverride();
/** the commands that show the BREAK menu (or the REPL's) for a Ctrl-C; "" is the bare REPL */
const HANDLE_CTRL_C = new Set(["run", "test", "compile", "repl", "release-node", ""]);
// (a function, not top-level await: the bundle is a script, so V8 can cache its compiled code,
// scripts/bundle_loader.mjs)
async function main(): Promise<void> {
  try {
    // (the commands whose own handler takes a Ctrl-C that came while beamlet started)
    if (!HANDLE_CTRL_C.has(process.argv[2] ?? "")) releaseEarlySigints();
    if (process.argv[2] === "run" && !["-h", "--help"].includes(process.argv[3])) await runCommand(process.argv.slice(3));
    if (process.argv[2] === "test" && !process.argv.slice(3).some((a) => a === "-h" || a === "--help")) await testCommandLine(process.argv.slice(3));
    await program.parseAsync(process.argv);
  } catch (e) {
    if (e instanceof CommanderError) process.exit(e.exitCode);
    // a bug in beamlet itself: one line (BEAMLET_DEBUG=1 shows the stack)
    if (process.env.BEAMLET_DEBUG) throw e;
    fail(`beamlet: internal error: ${e instanceof Error ? e.message : String(e)} (BEAMLET_DEBUG=1 shows where)`, 70);
  }
}
void main();
