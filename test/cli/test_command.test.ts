// `beamlet test` (cli/project/test.ts, lib/ex_unit/test_command.ex) as `mix test`, on the skeleton
// `beamlet new` generates (one doctest, one test): test_helper.exs then test/**/*_test.exs,
// FILE:LINE, --failed, exit 0 / 2 / 1. The expected texts are those `mix test` prints for the same
// project made by `mix new` (Elixir 1.14), with the times masked.
import { describe, it, expect } from "vitest";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const BIN = path.resolve(__dirname, "../../cli/bin.js");

function beamlet(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8", timeout: 480_000 });
  // the compile lines are `beamlet compile`'s (checked elsewhere); what follows is ExUnit's
  const out = r.stdout.replace(/^Finished in .*$/m, "Finished in <time>").replace(/^(Compiling \d+ files? \(\.ex\)\n|Generated \w+ app\n)+/, "");
  return { code: r.status, out, err: r.stderr };
}

describe("beamlet test", () => {
  it("passes on a fresh project; a failing doctest gives exit 2 and Elixir's report; --failed, FILE:LINE, helper errors", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "beamlet-test-"));
    expect(beamlet(dir, "new", "demo").code).toBe(0);
    const root = path.join(dir, "demo");

    let r = beamlet(root, "test", "--seed", "0");
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toBe("..\nFinished in <time>\n1 doctest, 1 test, 0 failures\n\nRandomized with seed 0\n");

    // the edit a user makes: the documented example no longer holds
    const lib = path.join(root, "lib", "demo.ex");
    fs.writeFileSync(lib, fs.readFileSync(lib, "utf8").replace("      iex> Demo.hello()\n      :world", "      iex> Demo.hello()\n      :moon"));
    r = beamlet(root, "test", "--seed", "0");
    expect(r.code).toBe(2);
    expect(r.out).toBe(
      "\n\n  1) doctest Demo.hello/0 (1) (DemoTest)\n     test/demo_test.exs:3\n     Doctest failed\n     doctest:\n" +
        "       iex> Demo.hello()\n       :moon\n     code:  Demo.hello() === :moon\n     left:  :world\n     right: :moon\n" +
        "     stacktrace:\n       lib/demo.ex:11: Demo (module)\n\n.\nFinished in <time>\n1 doctest, 1 test, 1 failure\n\nRandomized with seed 0\n",
    );

    // --failed runs only what failed last time; FILE:LINE only the test at that line
    r = beamlet(root, "test", "--failed", "--seed", "0");
    expect(r.code).toBe(2);
    expect(r.out).toContain("\n1 doctest, 1 failure\n");
    r = beamlet(root, "test", "test/demo_test.exs:5", "--seed", "0");
    expect(r.code).toBe(0);
    expect(r.out).toBe('Excluding tags: [:test]\nIncluding tags: [line: "5"]\n\n.\nFinished in <time>\n1 doctest, 1 test, 0 failures, 1 excluded\n\nRandomized with seed 0\n');

    // an error in test_helper.exs is reported as elixir reports it, exit 1
    fs.writeFileSync(path.join(root, "test", "test_helper.exs"), "ExUnit.start()\nraise \"helper broke\"\n");
    r = beamlet(root, "test");
    expect(r.code).toBe(1);
    expect(r.err).toContain("** (RuntimeError) helper broke");
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("--cover, which beamlet cannot do, says so in one line and exits 1 (mix test would print a coverage table)", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "beamlet-test-"));
    fs.writeFileSync(path.join(dir, "mix.exs"), 'defmodule Cov.MixProject do\n  use Mix.Project\n  def project, do: [app: :cov, version: "0.1.0"]\nend\n');
    const r = beamlet(dir, "test", "--cover");
    expect(r.code).toBe(1);
    expect(r.out).toBe("");
    expect(r.err).toBe("** (Mix) beamlet test: --cover is not supported (beamlet has no :cover, Erlang's coverage tool); run the tests without it\n");
    fs.rmSync(dir, { recursive: true, force: true });
  });

  // (path dependencies are built as mix builds them: test/project goldens pathdep, pathdep_broken)
  it("a project with hex dependencies is told that beamlet does not fetch them (mix.exs's deps/0 for the environment)", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "beamlet-test-"));
    fs.writeFileSync(
      path.join(dir, "mix.exs"),
      'defmodule Dep.MixProject do\n  use Mix.Project\n  def project, do: [app: :dep, version: "0.1.0", deps: deps()]\n' +
        '  defp deps, do: [{:jason, "~> 1.4"}, {:mox, "~> 1.0", only: :test}, {:ex_doc, ">= 0.0.0", only: [:dev, :docs], runtime: false}]\nend\n',
    );
    const r = beamlet(dir, "compile");
    expect(r.code).toBe(0);
    expect(r.err).toBe("warning: beamlet does not fetch, compile or load dependencies: :jason, :ex_doc (deps/0 in mix.exs) and their modules will not be available\n\n");
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
