// A page's run of a script is `elixir FILE.exs` running a file (as the examples' goldens are
// made): the traces of its process end with the file's `(file)` frame and Code.require_file's
// frames below it (vm/stacktrace.ts fileRunners), where they showed beamlet's own evaluator
// (`lib/boot/boot.ex:267: :beamlet_evaluator.loop/0`); its uncaught error is printed as the
// command line prints it. Goldens (NAME.out, NAME.both) from real elixir
// (scripts/regen-playground-goldens.sh); only time stamps and pids are masked, the frames compared.
import { it, expect, beforeAll } from "vitest";
import * as fs from "node:fs";
import * as path from "node:path";
import type * as Api from "../../web/beamlet.d.ts";
import { ROOT as root, loadWebBuild } from "./web_build.ts";

const dir = path.join(root, "test", "web", "programs");
let beamlet: typeof Api;

beforeAll(async () => {
  beamlet = await loadWebBuild();
});

const masked = (text: string) => text.replace(/\b\d{2}:\d{2}:\d{2}\.\d{3}\b/g, "HH:MM:SS.mmm").replace(/#PID<\d+\.\d+\.\d+>/g, "#PID<>");

async function run(name: string): Promise<{ status: string; stdout: string; stderr: string }> {
  const out = { stdout: "", stderr: "" };
  const node = await beamlet.createNode({ output: (text, stream) => void (out[stream] += text) });
  const r = await node.run(fs.readFileSync(path.join(dir, `${name}.exs`), "utf8"), `${name}.exs`);
  node.stop();
  return { status: r.status, ...out };
}

/** what elixir printed on standard error: NAME.both without the lines of NAME.out */
function goldenStderr(name: string): string {
  const stdout = new Set(fs.readFileSync(path.join(dir, `${name}.out`), "utf8").split("\n").filter((l) => l !== ""));
  return fs.readFileSync(path.join(dir, `${name}.both`), "utf8").split("\n").filter((l) => !stdout.has(l)).join("\n");
}

it("prints a script's uncaught error with the file's frames, as elixir FILE.exs does", async () => {
  const r = await run("script_error_frames");
  expect(r.status).toBe("error");
  expect(r.stdout).toBe(fs.readFileSync(path.join(dir, "script_error_frames.out"), "utf8"));
  expect(r.stderr).toBe(goldenStderr("script_error_frames"));
});

it("shows the script's process as a GenServer's client with the frames elixir shows", async () => {
  const r = await run("script_client_frames");
  expect(r.status).toBe("ok");
  // (Elixir 1.14's logger prints the report on standard output)
  expect(masked(r.stdout)).toBe(masked(fs.readFileSync(path.join(dir, "script_client_frames.out"), "utf8")));
  expect(r.stderr).toBe("");
});

it("prints an error of the script's parse with the call that read the file below it, as elixir FILE.exs does", async () => {
  for (const name of ["parse_error_frame", "token_missing_frame"]) {
    const r = await run(name);
    expect(r.status, name).toBe("error");
    expect(r.stdout, name).toBe("");
    expect(r.stderr, name).toBe(fs.readFileSync(path.join(dir, `${name}.both`), "utf8"));
  }
});

it("prints a compile error found after the parse as elixir FILE.exs does (as beamlet run does)", async () => {
  // the file's top level: the call that read the file below it; a module's function: a blank
  // line; the right side of a match: one frame deeper, no room for the caller (a blank line)
  for (const name of ["compile_error_top_level", "compile_error_module_body", "compile_error_match_right"]) {
    const r = await run(name);
    expect(r.status, name).toBe("error");
    expect(r.stdout, name).toBe("");
    expect(r.stderr, name).toBe(fs.readFileSync(path.join(dir, `${name}.both`), "utf8"));
  }
});

it("prints the exit of a linked process that ended the script as elixir FILE.exs does", async () => {
  for (const name of ["linked_exit_report", "linked_exit_shutdown"]) {
    const r = await run(name);
    expect(r.status, name).toBe("error");
    // (elixir halts there; the page's node stays up for its REPL, so the logger may go on to
    // report the crashed process on standard output, after what elixir printed)
    expect(r.stdout.startsWith(fs.readFileSync(path.join(dir, `${name}.out`), "utf8")), r.stdout).toBe(true);
    expect(masked(r.stderr), name).toBe(masked(goldenStderr(name)));
  }
});

it("compiles a script as elixir FILE.exs does: its fns are the file's, an error in one shows its frame", async () => {
  // (:elixir_compiler_0.__FILE__/1: `#Function<0.N in file:NAME.exs>`, `anonymous fn/1 in ...`)
  const r = await run("script_fn_frames");
  const funs = (text: string) => text.replace(/#Function<\d+\.\d+/g, "#Function<N");
  expect(r.status).toBe("error");
  expect(funs(r.stdout)).toBe(funs(fs.readFileSync(path.join(dir, "script_fn_frames.out"), "utf8")));
  expect(r.stderr).toBe(goldenStderr("script_fn_frames"));
});

it("names a second run's script on one node as elixir names a second file it requires", async () => {
  // (the first file's module goes back to elixir's pool of compiler modules unless a fn of it is
  // still about: the second file is then :elixir_compiler_0 again, else the next one)
  for (const variant of ["fn", "plain", "module"]) {
    const out = { stdout: "", stderr: "" };
    const node = await beamlet.createNode({ output: (text, stream) => void (out[stream] += text) });
    const before = `second_run.${variant}.before`;
    expect((await node.run(fs.readFileSync(path.join(dir, before), "utf8"), before)).status, variant).toBe("ok");
    expect((await node.run(fs.readFileSync(path.join(dir, "second_run.exs"), "utf8"), "second_run.exs")).status, variant).toBe("error");
    node.stop();
    const funs = (text: string) => text.replace(/#Function<\d+\.\d+/g, "#Function<N");
    expect(funs(out.stdout + out.stderr), variant).toBe(funs(fs.readFileSync(path.join(dir, `second_run.${variant}.both`), "utf8")));
  }
});

it("numbers the first script's pids on a fresh node as elixir FILE.exs does, the page's REPL session open beside it", async () => {
  // (the page opens its REPL session before the run: its evaluator took #PID<0.100.0> and the
  // script's process the next; the script's process is elixir's #PID<0.96.0>, its spawns skip the
  // numbers of the file's parallel checker and of the module it defines, as elixir's do)
  const out = { stdout: "", stderr: "" };
  const node = await beamlet.createNode({ output: (text, stream) => void (out[stream] += text) });
  const session = node.repl();
  const r = await node.run(fs.readFileSync(path.join(dir, "script_pids.exs"), "utf8"), "script_pids.exs");
  expect(r.status).toBe("ok");
  expect(out.stdout).toBe(fs.readFileSync(path.join(dir, "script_pids.out"), "utf8"));
  expect(out.stderr).toBe("");
  // the REPL still works on the same node, its evaluator a process of its own
  const self = await session.eval("self()");
  expect(self.kind).toBe("ok");
  expect(fs.readFileSync(path.join(dir, "script_pids.out"), "utf8")).not.toContain((self as { text: string }).text.trim());
  expect(await session.eval("Agent.get(:erlang.list_to_pid(~c\"<0.105.0>\"), & &1) + 1")).toEqual({ kind: "ok", text: "2\n" });
  node.stop();
});

it("ends a script that exits with :normal or {:shutdown, N} quietly and halts, as elixir FILE.exs does", async () => {
  for (const name of ["script_exit_normal", "script_exit_shutdown"]) {
    const out = { stdout: "", stderr: "" };
    const node = await beamlet.createNode({ output: (text, stream) => void (out[stream] += text) });
    const r = await node.run(fs.readFileSync(path.join(dir, `${name}.exs`), "utf8"), `${name}.exs`);
    // (what a process it spawned would print later never comes: the node halted)
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(r.status, name).toBe("stopped");
    expect(node.stopped, name).toBe(true);
    expect(out.stdout, name).toBe(fs.readFileSync(path.join(dir, `${name}.out`), "utf8"));
    expect(out.stdout + out.stderr, name).toBe(fs.readFileSync(path.join(dir, `${name}.both`), "utf8"));
  }
  // {:shutdown, N} halts with N, as elixir's exit status
  const node = await beamlet.createNode({ output: () => {} });
  await node.run(fs.readFileSync(path.join(dir, "script_exit_shutdown.exs"), "utf8"), "script_exit_shutdown.exs");
  expect(await node.halted).toBe(4);
});

it("prints a script's uncaught error as elixir FILE.exs does: the expander's frames of a compile error kept, a FunctionClauseError's clauses blamed as Kernel.CLI blames them", async () => {
  // programs of test/warnings, whose NAME.err is real elixir's standard error for them
  const warnings = path.join(root, "test", "warnings");
  for (const name of ["uncaught_error_runner_frames", "compile_error_bitstring_specifier_module", "sigil_bad_escape_module", "compile_error_import_only_private"]) {
    let stderr = "";
    const node = await beamlet.createNode({ output: (text, stream) => void (stream === "stderr" && (stderr += text)) });
    const r = await node.run(fs.readFileSync(path.join(warnings, `${name}.exs`), "utf8"), `${name}.exs`);
    node.stop();
    expect(r.status, name).toBe("error");
    expect(stderr, name).toBe(fs.readFileSync(path.join(warnings, `${name}.err`), "utf8"));
  }
});

it("a fresh node starts with the BEAM's system flags, whatever a node before it set (ExUnit's backtrace_depth of 20)", async () => {
  // programs with their output from real elixir, each run by an elixir of its own
  const warnings = path.join(root, "test", "warnings");
  const runOnFreshNode = async (file: string) => {
    const out = { stdout: "", stderr: "" };
    const node = await beamlet.createNode({ output: (text, stream) => void (out[stream] += text) });
    await node.run(fs.readFileSync(file, "utf8"), path.basename(file));
    node.stop();
    return out;
  };
  // (each prints the flag's value before: 8 on a fresh runtime)
  for (let i = 0; i < 2; i++) expect((await runOnFreshNode(path.join(dir, "set_backtrace_depth.exs"))).stdout).toBe(fs.readFileSync(path.join(dir, "set_backtrace_depth.out"), "utf8"));
  expect((await runOnFreshNode(path.join(warnings, "supervisor_start_child_list_deprecated.exs"))).stderr).toBe(fs.readFileSync(path.join(warnings, "supervisor_start_child_list_deprecated.err"), "utf8"));
});
