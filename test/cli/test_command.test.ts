// `beamlet test` (cli/project/test.ts, lib/ex_unit/test_command.ex) as `mix test`: test_helper.exs
// then test/**/*_test.exs, FILE:LINE, --failed, exit 0 / 2 / 1. The test module here is written
// against ExUnit's module interface (what `use ExUnit.Case` generates: __ex_unit__/0,/2 and one
// function per test), so the command is checked independently of the macros.
import { describe, it, expect } from "vitest";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const BIN = path.resolve(__dirname, "../../cli/bin.js");

function beamlet(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8", timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const MODULE = (answer: string) => `defmodule DemoTest do
  def __ex_unit__ do
    t = fn name, line ->
      %ExUnit.Test{name: name, case: __MODULE__, module: __MODULE__,
        tags: %{file: "test/demo_test.exs", line: line, test_type: :test, async: false, registered: %{},
                describe: nil, describe_line: nil, module: __MODULE__, test: name}}
    end
    %ExUnit.TestModule{file: "test/demo_test.exs", name: __MODULE__, tests: [t.(:unquote_hello, 15), t.(:unquote_other, 20)]}
  end
  def __ex_unit__(:setup, context), do: context
  def __ex_unit__(:setup_all, context), do: context

  def unquote_hello(_context) do
    value = Demo.hello()
    ExUnit.Assertions.assert(value == ${answer}, left: value, right: ${answer}, message: "Assertion with == failed")
    :ok
  end

  def unquote_other(_context), do: :ok
end
`;

function project(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "beamlet-test-"));
  expect(beamlet(dir, "new", "demo").code).toBe(0);
  const root = path.join(dir, "demo");
  fs.rmSync(path.join(root, "test", "demo_test.exs"));
  return root;
}

function writeTest(root: string, answer: string) {
  fs.writeFileSync(path.join(root, "test", "demo_test.exs"), MODULE(answer));
}

describe("beamlet test", () => {
  it("exits 0 when every test passes, 2 with Elixir's report when one fails, reruns --failed", () => {
    const root = project();
    writeTest(root, ":world");
    let r = beamlet(root, "test", "--seed", "0");
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/\n\.\.\nFinished in [\d.]+ seconds \([\d.]+s async, [\d.]+s sync\)\n2 tests, 0 failures\n\nRandomized with seed 0\n$/);

    writeTest(root, ":moon");
    r = beamlet(root, "test", "--seed", "0");
    expect(r.code).toBe(2);
    expect(r.out).toContain(
      "\n\n  1) unquote_hello (DemoTest)\n     test/demo_test.exs:15\n     Assertion with == failed\n" +
        "     code: ExUnit.Assertions.assert(value == :moon, left: value, right: :moon, message: \"Assertion with == failed\")\n" +
        "     left:  :world\n     right: :moon\n     stacktrace:\n       test/demo_test.exs:15: (test)\n",
    );
    expect(r.out).toContain("2 tests, 1 failure\n");

    // --failed runs only the test that failed last time; FILE:LINE only the test at that line
    r = beamlet(root, "test", "--failed", "--seed", "0");
    expect(r.code).toBe(2);
    expect(r.out).toContain("2 tests, 1 failure, 1 excluded\n");
    r = beamlet(root, "test", "test/demo_test.exs:20", "--seed", "0");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Excluding tags: \[:test\]\nIncluding tags: \[line: "20"\]\n\n\.\n/);
    expect(r.out).toContain("2 tests, 0 failures, 1 excluded\n");

    // an error in test_helper.exs: reported as elixir reports it, exit 1
    fs.writeFileSync(path.join(root, "test", "test_helper.exs"), "ExUnit.start()\nraise \"helper broke\"\n");
    r = beamlet(root, "test");
    expect(r.code).toBe(1);
    expect(r.err).toContain("** (RuntimeError) helper broke");
    fs.rmSync(path.dirname(root), { recursive: true, force: true });
  }, 240_000);
});
