// The `beamlet` command itself, through the real binary: help, version, unknown commands, argv
// after the script, one-line failures, `new` on an existing folder, and an install from a packed
// tarball that runs outside the checkout with a read-only package folder.
import { describe, it, expect } from "vitest";
import { mkdirSync, writeFileSync, readFileSync, existsSync, readdirSync, chmodSync } from "node:fs";
import { join, dirname } from "node:path";
import { beamlet, run, tempDir, cleanup, ROOT, type Result } from "../e2e/helpers.ts";
import { GROUPS, maskPaths, type CommandLineGroup as Group } from "./command_line_cases.mjs";

const GOLDENS = join(ROOT, "test", "cli", "command_line_goldens");
interface Golden { args: string[]; stdout: string; stderr: string; code: number }

function writeFiles(dir: string, files: Record<string, string> = {}): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
}

const version = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version;

/** a failure is one line on stderr, with no stack trace */
function oneLine(stderr: string): string {
  const lines = stderr.split("\n").filter((l) => l !== "");
  expect(lines.length, stderr).toBe(1);
  expect(stderr).not.toMatch(/\n\s+at /);
  return lines[0];
}

describe.concurrent("beamlet command line", () => {
  it("prints its version with --version and -v", async () => {
    for (const flag of ["--version", "-v"]) {
      const r = await beamlet([flag], { cwd: ROOT });
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(`beamlet ${version} (runs Elixir 1.14 programs)\n`);
    }
  });

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
  });

  it("names the nearest command for an unknown one", async () => {
    const r = await beamlet(["rnu", "x.exs"], { cwd: ROOT });
    expect(r.code).toBe(1);
    expect(oneLine(r.stderr)).toBe('beamlet: unknown command "rnu". Did you mean "run"? (see `beamlet --help`)');
    const far = await beamlet(["frobnicate"], { cwd: ROOT });
    expect(far.code).toBe(1);
    expect(oneLine(far.stderr)).toBe('beamlet: unknown command "frobnicate" (see `beamlet --help`)');
  });

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
  });

  // what real elixir printed for each command line: test/cli/command_line_goldens/GROUP.json
  // (scripts/regen-command-line-goldens.mjs runs elixir on test/cli/command_line_cases.mjs)
  for (const [name, group] of Object.entries(GROUPS) as [string, Group][]) {
    it(`runs the ${name} command lines as elixir did (${group.cases.length} cases)`, async () => {
      const goldens: Golden[] = JSON.parse(readFileSync(join(GOLDENS, name + ".json"), "utf8"));
      expect(goldens.map((g) => g.args)).toEqual(group.cases.map((c) => c.args));
      const dir = group.inRoot ? ROOT : tempDir(name);
      try {
        writeFiles(dir, group.files);
        for (const ebin of group.compile ?? []) {
          mkdirSync(join(dir, ebin), { recursive: true });
          expect((await beamlet(["compile", "-o", ebin, "demo.ex"], { cwd: dir })).code).toBe(0);
        }
        writeFiles(dir, group.afterCompile);
        for (const [i, { args, files }] of group.cases.entries()) {
          writeFiles(dir, files);
          const want = goldens[i];
          // a file is run with `beamlet run FILE`; -e code also with `beamlet run -e`
          const runs = args[0].endsWith(".exs") ? [["run", ...args]] : group.alsoRun ? [args, ["run", ...args]] : [args];
          for (const line of runs) {
            const ours = await beamlet(line, { cwd: dir });
            const label = line.join(" ");
            expect(maskPaths(ours.stdout, dir, ROOT), label).toBe(want.stdout);
            expect(maskPaths(ours.stderr, dir, ROOT), label).toBe(want.stderr);
            expect(ours.code, label).toBe(want.code);
          }
        }
      } finally {
        if (!group.inRoot) cleanup(dir);
      }
    });
  }

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
      // release, test, compile and run (with nothing to run) outside a project: mix's one line,
      // exit 1 (release was a Node ENOENT; run said compile's words)
      for (const task of [["release"], ["test"], ["compile"], ["run"], ["run", "--no-halt"]]) {
        const want = await run("mix", task, { cwd: dir });
        const got = await beamlet(task, { cwd: dir });
        expect({ task, err: got.stderr, code: got.code }).toEqual({ task, err: want.stderr, code: want.code });
      }
    } finally {
      cleanup(dir);
    }
  });

  it("says in one line, before running anything, which of elixir's options beamlet does not have and what to use instead", async () => {
    const cases: [string[], RegExp][] = [
      [["--sname", "a", "-e", "IO.puts 1"], /^beamlet: --sname is not supported: a beamlet node is not distributed/],
      [["-e", "IO.puts 1", "--cookie", "c"], /^beamlet: --cookie is not supported: a beamlet node is not distributed/],
      [["--erl", "+S 1", "-e", "IO.puts 1"], /^beamlet: --erl is not supported: there is no Erlang VM/],
      [["-S", "mix"], /^beamlet: -S is not supported: in a project, `beamlet run` is `mix run`, `beamlet repl` is `iex -S mix`/],
      [["+iex"], /^beamlet: \+iex is not supported: `beamlet repl`/],
      [["run", "--name", "n@h", "x.exs"], /^beamlet: --name is not supported/],
    ];
    const dir = tempDir("unsupported");
    try {
      for (const [args, message] of cases) {
        const r = await beamlet(args, { cwd: dir });
        expect({ args, code: r.code, out: r.stdout }).toEqual({ args, code: 1, out: "" });
        expect(oneLine(r.stderr)).toMatch(message);
      }
    } finally {
      cleanup(dir);
    }
  });

  it("compile reads its arguments as elixirc: a folder's .ex files, wildcards, and the patterns that matched nothing", async () => {
    const dir = tempDir("compile-patterns");
    try {
      mkdirSync(join(dir, "src", "sub"), { recursive: true });
      writeFileSync(join(dir, "src", "a.ex"), "defmodule PatA do\nend\n");
      writeFileSync(join(dir, "src", "sub", "b.ex"), "defmodule PatB do\nend\n");
      writeFileSync(join(dir, "src", "c.exs"), "defmodule PatC do\nend\n");
      const cases = [["src"], ["src/*.ex"], ["src/**/*.ex", "src/c.exs"], ["src/a.ex", "nope.ex", "src/*.erl"], ["nope.ex"]];
      for (const [i, args] of cases.entries()) {
        const want = await run("elixirc", [...args, "-o", `e${i}`], { cwd: dir });
        const got = await beamlet(["compile", ...args, "-o", `b${i}`], { cwd: dir });
        const made = (d: string) => (existsSync(join(dir, d)) ? readdirSync(join(dir, d)).map((f) => f.replace(/\.(beam|bbc)$/, "")).sort() : []);
        expect({ args, err: got.stderr, code: got.code, made: made(`b${i}`) }).toEqual({ args, err: want.stderr, code: want.code, made: made(`e${i}`) });
      }
    } finally {
      cleanup(dir);
    }
  });

  it("compile warns of a module defined twice as elixirc does, naming the first's object file in the -o folder", async () => {
    const dir = tempDir("compile-redefine");
    try {
      writeFileSync(join(dir, "twice.ex"), "defmodule Twice do\n  def f(x), do: 1\nend\n\ndefmodule Twice do\n  def g(y), do: 2\nend\n");
      const want = await run("elixirc", ["twice.ex", "-o", "out_e"], { cwd: dir });
      const got = await beamlet(["compile", "twice.ex", "-o", "out_b"], { cwd: dir });
      const same = (t: string) => t.replace(/out_[eb]\/(Elixir\.\w+)\.(beam|bbc)/g, "OUT/$1.OBJ");
      expect(same(want.stderr)).toMatch(/redefining module Twice \(current version loaded from OUT\/Elixir.Twice.OBJ\)\n  twice.ex:5\n/);
      expect({ err: same(got.stderr), code: got.code }).toEqual({ err: same(want.stderr), code: want.code });
    } finally {
      cleanup(dir);
    }
  });

  it("runs a script named first as elixir FILE.exs ARGS does (no `run`), or says there is none", async () => {
    const dir = tempDir("bare-script");
    try {
      writeFileSync(join(dir, "argv.exs"), "IO.inspect(System.argv())\n");
      for (const args of [["argv.exs", "--", "a", "--version", "-e", "x"], ["nope.exs"]]) {
        const want = await run("elixir", args, { cwd: dir });
        const got = await beamlet(args, { cwd: dir });
        expect({ args, out: got.stdout, err: got.stderr, code: got.code }).toEqual({ args, out: want.stdout, err: want.stderr, code: want.code });
      }
    } finally {
      cleanup(dir);
    }
  });

  it("opens the REPL with no command", async () => {
    const r = await beamlet([], { cwd: ROOT, input: "1 + 41\n" });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("iex(1)> 42\n");
  });

  it("new prints what mix new prints, beamlet's commands for mix's (its next step: test)", async () => {
    const dir = tempDir("new-text");
    try {
      mkdirSync(join(dir, "m"));
      mkdirSync(join(dir, "b"));
      const want = await run("mix", ["new", "shop", "--sup"], { cwd: join(dir, "m") });
      const got = await beamlet(["new", "shop", "--sup"], { cwd: join(dir, "b") });
      expect(want.code).toBe(0);
      const asBeamlet = want.stdout.replace('use "mix" to', 'use "beamlet" to').replace("    mix test\n", "    beamlet test\n").replace('Run "mix help"', 'Run "beamlet --help"');
      expect(asBeamlet).not.toBe(want.stdout);
      expect({ out: got.stdout, code: got.code }).toEqual({ out: asBeamlet, code: 0 });
    } finally {
      cleanup(dir);
    }
  });

  it("new --module and --app make the files mix new makes, named after the module (Foo.Bar: lib/foo/bar.ex ...)", async () => {
    const dir = tempDir("new-module");
    // every file under a folder, by its path relative to it, with its text
    const tree = (root: string): Record<string, string> => {
      const out: Record<string, string> = {};
      const walk = (d: string) => {
        for (const e of readdirSync(join(root, d), { withFileTypes: true })) {
          const rel = d ? `${d}/${e.name}` : e.name;
          if (e.isDirectory()) walk(rel);
          else out[rel] = readFileSync(join(root, rel), "utf8");
        }
      };
      walk("");
      return out;
    };
    try {
      for (const args of [["my_path", "--module", "Foo.Bar", "--app", "baz_app", "--sup"], ["client", "--module", "HTTPClient"]]) {
        const m = join(dir, "m", args[0]), b = join(dir, "b", args[0]);
        mkdirSync(m, { recursive: true });
        mkdirSync(b, { recursive: true });
        const want = await run("mix", ["new", ...args], { cwd: m });
        const got = await beamlet(["new", ...args], { cwd: b });
        expect(want.code).toBe(0);
        const created = (out: string) => out.split("\n").filter((l) => l.startsWith("* creating"));
        expect({ args, created: created(got.stdout), code: got.code }).toEqual({ args, created: created(want.stdout), code: 0 });
        expect(tree(b)).toEqual(tree(m));
      }
    } finally {
      cleanup(dir);
    }
  });

  it("new and release report unknown options as mix does (every one, exit 1), and release an unknown release name", async () => {
    const dir = tempDir("new-unknown");
    try {
      mkdirSync(join(dir, "m"));
      mkdirSync(join(dir, "b"));
      for (const args of [["--bogus", "x"], ["x", "--bogus", "--zap"]]) {
        const want = await run("mix", ["new", ...args], { cwd: join(dir, "m") });
        const got = await beamlet(["new", ...args], { cwd: join(dir, "b") });
        expect(want.code).toBe(1);
        expect({ args, err: got.stderr, code: got.code }).toEqual({ args, err: want.stderr, code: 1 });
        expect(readdirSync(join(dir, "b"))).toEqual([]);
      }
      const app = join(dir, "m", "shop");
      expect((await run("mix", ["new", "shop"], { cwd: join(dir, "m") })).code).toBe(0);
      for (const args of [["--bogus"], ["--bogus", "--overwrite", "--zap"], ["other"]]) {
        const want = await run("mix", ["release", ...args], { cwd: app, env: { MIX_ENV: "prod" } });
        const got = await beamlet(["release", ...args], { cwd: app, env: { MIX_ENV: "prod" } });
        expect(want.code).toBe(1);
        const last = (t: string) => t.trimEnd().split("\n").filter((l) => !/^(Compiling|Generated) /.test(l)).join("\n");
        expect({ args, err: last(got.stderr), code: got.code }).toEqual({ args, err: last(want.stderr), code: 1 });
      }
    } finally {
      cleanup(dir);
    }
  });

  it("new without a path says so as mix new does, beamlet's command for mix's", async () => {
    const dir = tempDir("new-nopath");
    try {
      const want = await run("mix", ["new"], { cwd: dir });
      const got = await beamlet(["new"], { cwd: dir });
      expect(want.code).toBe(1);
      expect({ err: got.stderr, code: got.code }).toEqual({ err: want.stderr.replace('"mix new PATH"', '"beamlet new PATH"'), code: 1 });
    } finally {
      cleanup(dir);
    }
  });

  it("new refuses the names mix new refuses, with mix's message: an application name, an Elixir or OTP application's, a module name, a module the runtime has", async () => {
    const dir = tempDir("new-names");
    try {
      mkdirSync(join(dir, "m"));
      mkdirSync(join(dir, "b"));
      const cases = [["foo", "--app", "9x"], ["Bad-Name"], ["ssl"], ["foo", "--app", "elixir"], ["logger"], ["foo", "--module", "lower"], ["foo", "--module", "Foo-Bar"], ["string"], ["foo", "--module", "Enum"], ["gen_server"], ["foo", "--module", "IEx"]];
      for (const args of cases) {
        const want = await run("mix", ["new", ...args], { cwd: join(dir, "m") });
        const got = await beamlet(["new", ...args], { cwd: join(dir, "b") });
        expect(want.code).toBe(1);
        expect({ args, err: got.stderr, code: got.code }).toEqual({ args, err: want.stderr, code: 1 });
        expect(readdirSync(join(dir, "b"))).toEqual([]);
      }
    } finally {
      cleanup(dir);
    }
  });

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
  });

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
  });

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
      // the modules the library's compilation loaded early are library modules too (as from the
      // cache the next time): their application's object file
      expect(r.stdout).toBe("hi 3\n'/beamlet/lib/elixir/ebin/Elixir.GenServer.beam'\n");
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
  });
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
  });
});
