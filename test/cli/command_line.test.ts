// The `beamlet` command itself, through the real binary: help, version, unknown commands, argv
// after the script, one-line failures, `new` on an existing folder, and an install from a packed
// tarball that runs outside the checkout with a read-only package folder.
import { describe, it, expect } from "vitest";
import { mkdirSync, writeFileSync, readFileSync, existsSync, readdirSync, chmodSync } from "node:fs";
import { join } from "node:path";
import { beamlet, run, tempDir, cleanup, ROOT, type Result } from "../e2e/helpers.ts";

const version = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version;

/** a failure is one line on stderr, with no stack trace */
function oneLine(stderr: string): string {
  const lines = stderr.split("\n").filter((l) => l !== "");
  expect(lines.length, stderr).toBe(1);
  expect(stderr).not.toMatch(/\n\s+at /);
  return lines[0];
}

/** beamlet's run of `label` printed what elixir's did, on both streams, and ended the same */
function expectAsElixir(ours: Result, want: Result, label: string): void {
  expect(ours.stdout, label).toBe(want.stdout);
  expect(ours.stderr, label).toBe(want.stderr);
  expect(ours.code, label).toBe(want.code);
}

describe.concurrent("beamlet command line", () => {
  it("prints its version with --version and -v", async () => {
    for (const flag of ["--version", "-v"]) {
      const r = await beamlet([flag], { cwd: ROOT });
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(`beamlet ${version} (runs Elixir 1.14 programs)\n`);
    }
  }, 240000);

  it("lists its commands with --help and explains one with help CMD", async () => {
    const r = await beamlet(["--help"], { cwd: ROOT });
    expect(r.code).toBe(0);
    for (const c of ["run", "new", "compile", "release", "disasm", "repl"]) expect(r.stdout).toMatch(new RegExp(`^  ${c} `, "m"));
    const h = await beamlet(["help", "run"], { cwd: ROOT });
    expect(h.code).toBe(0);
    expect(h.stdout).toMatch(/^Usage: beamlet run \[options\] \[file\] \[args\.\.\.\]/);
    expect(h.stdout).toContain("--no-halt");
    // `new` without --sup makes no application module, as `mix new` (the help said `mix new PATH --sup`)
    const n = await beamlet(["help", "new"], { cwd: ROOT });
    expect(n.stdout.replace(/\s+/g, " ")).toContain("create a project, like `mix new PATH` (with --sup, an application and its supervision tree)");
    const bad = await beamlet(["help", "relase"], { cwd: ROOT });
    expect(bad.code).toBe(1);
    expect(oneLine(bad.stderr)).toBe('beamlet: no help for "relase". Did you mean "release"? (see `beamlet --help`)');
  }, 240000);

  it("names the nearest command for an unknown one", async () => {
    const r = await beamlet(["rnu", "x.exs"], { cwd: ROOT });
    expect(r.code).toBe(1);
    expect(oneLine(r.stderr)).toBe('beamlet: unknown command "rnu". Did you mean "run"? (see `beamlet --help`)');
    const far = await beamlet(["frobnicate"], { cwd: ROOT });
    expect(far.code).toBe(1);
    expect(oneLine(far.stderr)).toBe('beamlet: unknown command "frobnicate" (see `beamlet --help`)');
  }, 240000);

  it("passes everything after the script to System.argv(), options included", async () => {
    const dir = tempDir("argv");
    try {
      writeFileSync(join(dir, "args.exs"), "IO.inspect(System.argv())\n");
      const r = await beamlet(["run", "args.exs", "--flag", "x", "-v", "--", "y"], { cwd: dir });
      expect(r.stderr).toBe("");
      expect(r.stdout).toBe('["--flag", "x", "-v", "--", "y"]\n');
    } finally {
      cleanup(dir);
    }
  }, 240000);

  it("evaluates code given with -e (beamlet -e, beamlet run -e) as `elixir -e` does: argv, warnings, errors", async () => {
    // the expected output is real elixir's, run beside it
    const cases: string[][] = [
      ["-e", "IO.inspect(System.argv())", "a", "--", "b"],
      ["-e", 'defmodule A do def f(y), do: Enum.partition([], & &1) end; x = 1; "lit"; IO.inspect(A.f(1))'],
      ["-e", "x = [1 +"],
      // the top level's own variables are its binding, those of the scopes inside it can be unused
      ["-e", "f = fn x ->\n  y = 1\n  x\nend\ncase 1 do\n  z -> :ok\nend\nw = 3\nIO.inspect(f.(w))\nfn a -> fn b -> 1 end end"],
      // evaluated code's funs are erl_eval's
      ["-e", "IO.inspect(:erlang.fun_info(fn a, b -> {a, b} end)[:name])"],
      // an undefined variable one call (or list) deep still shows Code.validated_eval_string/3, two deep not
      ["-e", "IO.puts(x)"],
      ["-e", "[1, x]"],
      ["-e", "IO.puts(:a, IO.inspect(x))"],
    ];
    for (const args of cases) {
      const want = await run("elixir", args, { cwd: ROOT });
      for (const ours of [await beamlet(args, { cwd: ROOT }), await beamlet(["run", ...args], { cwd: ROOT })]) {
        expect(ours.stdout).toBe(want.stdout);
        expect(ours.code).toBe(want.code);
        // a syntax error ends with the frame that read the code (Code.validated_eval_string/3)
        expect(ours.stderr).toBe(want.stderr);
      }
    }
  }, 240000);

  it("shows erl_eval's frames for an error inside a nested expression of -e code, as `elixir -e` does", async () => {
    const dir = tempDir("erl_eval");
    try {
      // each construct erl_eval evaluates under a frame of its own: call arguments, operands,
      // list and tuple elements, map values, binary segments, interpolations, case subjects
      // (if, &&, !), fun calls; a fn raising in its tail when evaluated code called it
      const cases = [
        "IO.inspect(Nope.f)", "IO.inspect(1 + Nope.f)", "Nope.f - 1", "[1, 2, Nope.f]", "[Nope.f | 1]",
        "[1 | Nope.f]", "IO.inspect({1, Nope.f})", "%{a: Nope.f}", "x = %{}; IO.inspect(%{x | a: Nope.f})",
        "f = fn x -> x end; f.(Nope.f)", "not Nope.f", "[1] ++ Nope.f", "elem(Nope.f, 0)", "IO.inspect(Nope.f > 1)",
        'IO.puts("a#{Nope.f}b")', 'IO.inspect("a" <> Nope.f)', "IO.inspect(<<1, Nope.f::8>>)",
        "x = if Nope.f, do: 1; x", "IO.inspect(Nope.f && 1)", "IO.inspect(!Nope.f)", "IO.inspect(Nope.f and true)",
        "IO.inspect(1 + :a)", "y = [1, {2, Nope.f}]", 'x = fn -> raise "boom" end; IO.inspect(x.())',
        'x = fn -> raise "boom" end; IO.inspect(Enum.map([1], fn _ -> x.() end))',
      ];
      for (const code of cases) {
        const want = await run("elixir", ["-e", code], { cwd: dir });
        const ours = await beamlet(["-e", code], { cwd: dir });
        expect(ours.stderr, code).toBe(want.stderr);
        expect(ours.code, code).toBe(want.code);
      }
    } finally {
      cleanup(dir);
    }
  }, 480000);

  it("shows the expander's frames under an undefined variable nested in -e code or a file, as elixir does", async () => {
    const dir = tempDir("undefined_var");
    try {
      // as deep as the BEAM's 8 frames reach: Code.validated_eval_string/3 (-e) or
      // Code.require_file/2 (a file) below shallow ones, the macro (if, |>, interpolation) expanding
      const cases = [
        "x", "y = x", "IO.puts(x)", "IO.puts(IO.inspect(x))", "case x do _ -> 1 end", "1 + 2; case x do _ -> 1 end",
        "y = case x do _ -> 1 end", "if x, do: 1", "y = if x, do: 1", "if true, do: x", 'IO.puts("a#{x}b")', "x |> IO.puts()",
        "[x]", "y = [1, x]", "1 + 2; [1, x]", "{1, x}", "y = {1, 2, x}", "fn -> x end", "case 1 do _ -> x end",
      ];
      for (const code of cases) {
        writeFileSync(join(dir, "t.exs"), code + "\n");
        for (const args of [["-e", code], ["t.exs"]]) {
          const want = await run("elixir", args, { cwd: dir });
          const ours = await beamlet(args[0] === "t.exs" ? ["run", ...args] : args, { cwd: dir });
          expect(ours.stderr, `${args.join(" ")}: ${code}`).toBe(want.stderr);
          expect(ours.code, args.join(" ")).toBe(want.code);
        }
      }
    } finally {
      cleanup(dir);
    }
  }, 480000);

  it("runs several -e, -r PATTERN and a file one after the other in one process, as `elixir` does", async () => {
    const dir = tempDir("commands");
    try {
      writeFileSync(join(dir, "req_a.exs"), 'defmodule ReqA do\n  def hi(x), do: :a\nend\nIO.puts "required a"\n');
      writeFileSync(join(dir, "req_b.exs"), 'IO.puts "required b #{inspect System.argv()}"\n');
      writeFileSync(join(dir, "raises.exs"), 'IO.puts "before"\nraise "in a required file"\n');
      writeFileSync(join(dir, "broken.exs"), "x = \n");
      writeFileSync(join(dir, "main.exs"), 'IO.inspect {ReqA.hi(1), System.argv(), self()}\n');
      // the expected output is real elixir's, run beside it
      const cases: string[][] = [
        // each -e is evaluated on its own (no binding carries over), in the same process
        ["-e", "IO.puts 1", "-e", "IO.inspect self()", "-e", "IO.inspect self()"],
        ["-e", "x = 1", "-e", "y = x"],
        ["-e", "Process.put(:k, 1)", "--eval", "IO.inspect Process.get(:k)"],
        // an error stops the ones after it; a later one is compiled only once the one before ran
        ["-e", "IO.puts 1", "-e", 'raise "boom"', "-e", "IO.puts 3"],
        ["-e", "IO.puts 1", "-e", "IO.puts("],
        ["-e", "defmodule A do def f, do: 1 end", "-e", "IO.inspect A.f"],
        // -r: each matching file once (Code.require_file/1), in order with -e; then the file
        ["-r", "req_*.exs", "-e", "IO.inspect ReqA.hi(2)", "main.exs", "x", "-e", "y"],
        ["-e", "IO.inspect spawn(fn -> :ok end)", "-r", "req_a.exs", "-r", "req_a.exs", "main.exs"],
        // after an -e, the first argument that is no option and the rest are System.argv()
        ["-r", "req_a.exs", "-e", "IO.inspect System.argv()", "main.exs", "-e", "x"],
        ["-e", "IO.puts 0", "-r", "raises.exs", "-e", "IO.puts 2"],
        ["-r", "broken.exs", "-e", "IO.puts 2"],
        // what matches nothing, a missing file, an unknown option: said once the rest ran, exit 1
        ["-e", "System.at_exit(fn s -> IO.puts s end)", "-r", "nope.exs", "-r", "req_b.exs", "missing.exs", "a"],
        ["-r", "req_b.exs", "--unknown", "-e", "IO.puts 2"],
        ["-e", "System.at_exit(fn s -> IO.puts s end)", "-e", "x ="],
        // -pr: Kernel.ParallelCompiler prints a file's error on stdout, under a header naming it
        ["-pr", "raises.exs", "-e", "IO.puts 2"],
        ["-e", "IO.puts 1", "-pr", "broken.exs"],
        ["-pr", "req_b.exs", "-pr", "none_*.exs", "-e", "IO.puts 2"],
      ];
      for (const args of cases) {
        const want = await run("elixir", args, { cwd: dir });
        for (const ours of [await beamlet(args, { cwd: dir }), await beamlet(["run", ...args], { cwd: dir })]) {
          expectAsElixir(ours, want, args.join(" "));
        }
      }
    } finally {
      cleanup(dir);
    }
  }, 480000);

  it("takes -pa/-pz PATH (code path) and --app APP (started in its turn) as `elixir` does", async () => {
    const dir = tempDir("codepath");
    try {
      writeFileSync(join(dir, "demo.ex"), 'defmodule Demo.App do\n  use Application\n  def start(_type, _args) do\n    IO.puts "demo starting"\n    Supervisor.start_link([], strategy: :one_for_one, name: Demo.Sup)\n  end\nend\n\ndefmodule PaMod do\n  def hi, do: :from_the_code_path\nend\n');
      // one folder holds both object files: elixir loads the .beam, beamlet the .bbc
      for (const ebin of ["ebin", "ebin2"]) {
        mkdirSync(join(dir, ebin));
        expect((await run("elixirc", ["-o", ebin, "demo.ex"], { cwd: dir })).code).toBe(0);
        expect((await beamlet(["compile", "-o", ebin, "demo.ex"], { cwd: dir })).code).toBe(0);
      }
      writeFileSync(join(dir, "ebin", "demo.app"), "{application,demo,[{applications,[kernel,stdlib,elixir]},{description,\"demo\"},{modules,['Elixir.Demo.App','Elixir.PaMod']},{registered,[]},{vsn,\"0.1.0\"},{mod,{'Elixir.Demo.App',[]}},{env,[{k,1}]}]}.\n");
      const first = "IO.inspect Enum.take(:code.get_path, 2) |> Enum.map(&Path.basename/1)";
      const cases: string[][] = [
        ["-pa", "ebin", "-e", "IO.inspect PaMod.hi"],
        ["-e", "PaMod.hi"],
        // a pattern: every folder it matches, each put first in turn; -pz at the end
        ["-pz", "ebin2", "-pa", "ebi*", "-e", first],
        ["-pa", "ebin", "-pz", "ebin2", "-e", "IO.inspect {hd(:code.get_path) |> Path.basename, List.last(:code.get_path) |> Path.basename}"],
        ["-pa", "ebin2", "-pa", "nope", "-pa", "ebin", "-e", first],
        // --app among the -e, in order; its environment from the .app file
        ["-e", "IO.inspect Process.whereis(Demo.Sup)", "-pa", "ebin", "--app", "demo", "-e", "IO.inspect {Application.get_env(:demo, :k), is_pid(Process.whereis(Demo.Sup))}"],
        ["-pa", "ebin", "-e", "IO.inspect Application.ensure_all_started(:demo)", "-e", "IO.inspect Application.spec(:demo, :vsn)"],
        // an application that cannot start: said once the rest ran, exit 1
        ["--app", "nope", "-e", "IO.puts 1", "--app", "demo"],
        ["-e", "IO.puts 1", "-pa"],
        ["-pa", "ebin"],
      ];
      for (const args of cases) {
        const want = await run("elixir", args, { cwd: dir });
        const ours = await beamlet(args, { cwd: dir });
        expectAsElixir(ours, want, args.join(" "));
      }
    } finally {
      cleanup(dir);
    }
  }, 480000);

  it("fails in one line with a non-zero exit: missing script, a directory, unreadable .bbc", async () => {
    const dir = tempDir("fail");
    try {
      mkdirSync(join(dir, "sub"));
      writeFileSync(join(dir, "junk.bbc"), "not bytecode");
      const missing = await beamlet(["run", "nope.exs"], { cwd: dir });
      expect(missing.code).toBe(1);
      expect(oneLine(missing.stderr)).toBe("No file named nope.exs");
      const directory = await beamlet(["run", "sub"], { cwd: dir });
      expect(directory.code).toBe(1);
      expect(oneLine(directory.stderr)).toBe("No file named sub");
      const junk = await beamlet(["disasm", "junk.bbc"], { cwd: dir });
      expect(junk.code).toBe(1);
      expect(oneLine(junk.stderr)).toBe("junk.bbc: not a valid beamlet bytecode file");
      const absent = await beamlet(["disasm", "absent.bbc"], { cwd: dir });
      expect(absent.code).toBe(1);
      expect(oneLine(absent.stderr)).toBe("beamlet disasm: could not read absent.bbc: no such file");
      const noProject = await beamlet(["compile"], { cwd: dir });
      expect(noProject.code).toBe(1);
      expect(oneLine(noProject.stderr)).toMatch(/^\*\* \(Mix\) Could not find a Mix.Project/);
    } finally {
      cleanup(dir);
    }
  }, 240000);

  it("opens the REPL with no command", async () => {
    const r = await beamlet([], { cwd: ROOT, input: "1 + 41\n" });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("iex(1)> 42\n");
  }, 240000);

  it("asks before generating into an existing folder, as mix new does; --force does not ask", async () => {
    const dir = tempDir("new");
    try {
      mkdirSync(join(dir, "app"));
      writeFileSync(join(dir, "app", "README.md"), "mine\n");
      const no = await beamlet(["new", "app"], { cwd: dir, input: "n\n" });
      expect(no.code).toBe(1);
      expect(no.stdout).toBe('The directory "app" already exists. Are you sure you want to continue? [Yn] ');
      expect(oneLine(no.stderr)).toBe("** (Mix) Please select another directory for installation");
      expect(existsSync(join(dir, "app", "mix.exs"))).toBe(false);
      // yes to the folder, no to replacing the README: the other files are made, the README kept
      const keep = await beamlet(["new", "app"], { cwd: dir, input: "y\nn\n" });
      expect(keep.code).toBe(0);
      expect(keep.stdout).toMatch(/^The directory "app" already exists\. Are you sure you want to continue\? \[Yn\] \* creating README\.md\nREADME\.md already exists, overwrite\? \[Yn\] \* creating \.formatter\.exs\n/);
      expect(readFileSync(join(dir, "app", "README.md"), "utf8")).toBe("mine\n");
      expect(existsSync(join(dir, "app", "mix.exs"))).toBe(true);
      const forced = await beamlet(["new", "app", "--force"], { cwd: dir });
      expect(forced.code).toBe(0);
      expect(forced.stdout).not.toContain("?");
      expect(readFileSync(join(dir, "app", "README.md"), "utf8")).toMatch(/^# App\n/);
    } finally {
      cleanup(dir);
    }
  }, 240000);

  it("keeps going when the reader of its output has left (| head), with no Node stack trace", async () => {
    const dir = tempDir("epipe");
    try {
      // `true` reads nothing and exits before node has started: every write of new meets a closed pipe
      const sh = `"${process.execPath}" "${join(ROOT, "cli", "bin.js")}" new app --sup | true; exit \${PIPESTATUS[0]}`;
      const r = await run("bash", ["-c", sh], { cwd: dir });
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
      expect(existsSync(join(dir, "app", "lib", "app", "application.ex"))).toBe(true);
      expect(existsSync(join(dir, "app", "test", "app_test.exs"))).toBe(true);
    } finally {
      cleanup(dir);
    }
  }, 240000);

  it("installs from a packed tarball with no registry and runs from anywhere, package folder read-only", async () => {
    const dir = tempDir("install");
    try {
      const pack = await run("npm", ["pack", "--pack-destination", dir], { cwd: ROOT });
      expect(pack.code, pack.stderr).toBe(0);
      const tgz = readdirSync(dir).find((f) => f.endsWith(".tgz"))!;
      const prefix = join(dir, "prefix");
      const home = join(dir, "home");
      mkdirSync(home);
      const env = { HOME: home, XDG_CACHE_HOME: join(home, "cache"), npm_config_cache: join(dir, "npm-cache") };
      const inst = await run("npm", ["install", "-g", "--prefix", prefix, "--offline", "--no-audit", "--no-fund", join(dir, tgz)], { cwd: dir, env });
      expect(inst.code, inst.stderr).toBe(0);
      const pkg = join(prefix, "lib", "node_modules", "beamlet");
      // nothing beside the bundle: no node_modules, so nothing can be fetched or needed at run time
      expect(existsSync(join(pkg, "node_modules"))).toBe(false);
      expect(existsSync(join(pkg, "dist", "beamlet.mjs"))).toBe(true);
      chmodSync(pkg, 0o555);
      const work = join(dir, "work");
      mkdirSync(work);
      writeFileSync(join(work, "hi.exs"), 'IO.puts("hi #{Enum.sum([1, 2])}")\nIO.inspect(:code.which(GenServer))\n');
      const r = await run(join(prefix, "bin", "beamlet"), ["run", "hi.exs"], { cwd: work, env });
      expect(r.stderr).toBe("");
      // the modules the library's compilation loaded early are from their files too (as from the
      // cache the next time): they have docs for h/1
      expect(r.stdout).toBe("hi 3\n'lib/gen_server.ex'\n");
      const again = await run(join(prefix, "bin", "beamlet"), ["run", "hi.exs"], { cwd: work, env });
      expect(again.stdout).toBe(r.stdout);
      // the compiled standard library went to the user's cache folder, not the package
      expect(readdirSync(join(home, "cache", "beamlet")).some((f) => f.startsWith("lib-"))).toBe(true);
      expect(readdirSync(pkg).sort()).toEqual(["README.md", "cli", "dist", "lib", "package.json", "testing", "web"]);
      // the browser build and its types (package.json "exports": ".")
      expect(existsSync(join(pkg, "dist", "web", "beamlet.js"))).toBe(true);
      expect(readdirSync(join(pkg, "web"))).toEqual(["beamlet.d.ts"]);
      chmodSync(pkg, 0o755);
    } finally {
      cleanup(dir);
    }
  }, 300000);
});

describe("beamlet compile --warnings-as-errors", () => {
  it("prints the warnings, fails and writes nothing, as elixirc does", async () => {
    const dir = tempDir("wae");
    try {
      writeFileSync(join(dir, "q.ex"), "defmodule Q do\n  def f(x), do: 1\nend\n");
      const r = await beamlet(["compile", "--warnings-as-errors", "q.ex", "-o", "out"], { cwd: dir });
      expect(r.code).toBe(1);
      // real elixirc --warnings-as-errors prints exactly this
      expect(r.stderr).toBe('warning: variable "x" is unused (if the variable is not meant to be used, prefix it with an underscore)\n  q.ex:2: Q.f/1\n\nCompilation failed due to warnings while using the --warnings-as-errors option\n');
      expect(existsSync(join(dir, "out"))).toBe(false);
      const ok = await beamlet(["compile", "q.ex", "-o", "out"], { cwd: dir });
      expect(ok.code).toBe(0);
      expect(existsSync(join(dir, "out", "Elixir.Q.bbc"))).toBe(true);
    } finally {
      cleanup(dir);
    }
  }, 240000);
});
