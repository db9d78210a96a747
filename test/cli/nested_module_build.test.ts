// A defmodule inside a function of a project's lib/ code runs when the function is called, in the
// run that compiled it and in later runs that load the code from _build: the object code keeps the
// quoted defmodule and the directives around it (an alias, a required module's macro), as Elixir's .beam
// does. Before, a later run raised "beamlet cannot run the defmodule ... (recompile it)".
import { describe, it, expect } from "vitest";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const BIN = path.resolve(__dirname, "../../cli/bin.js");

function beamlet(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8", timeout: 480_000 });
  const out = r.stdout.replace(/^Finished in .*$/m, "Finished in <time>").replace(/^(Compiling \d+ files? \(\.ex\)\n|Generated \w+ app\n)+/, "");
  return { code: r.status, out, err: r.stderr };
}

const LIB = `defmodule Helpers do
  defmacro twice(x), do: quote(do: unquote(x) * 2)
  def tag, do: :helper
end

defmodule Outer do
  defmodule Inner do
    def hi, do: :inner
  end

  def make(x) do
    require Helpers
    defmodule Dyn do
      @x Helpers.twice(x)
      def x, do: {@x, Helpers.tag(), __MODULE__}
    end
    {Dyn.x(), Inner.hi()}
  end
end
`;

const TEST = `defmodule OuterTest do
  use ExUnit.Case
  test "nested modules" do
    assert Outer.Inner.hi() == :inner
    assert Outer.make(5) == {{10, :helper, Outer.Dyn}, :inner}
  end
end
`;

describe("a nested defmodule in lib/ code loaded from _build", () => {
  it("defines its module in a later run as in the run that compiled it", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "beamlet-nested-"));
    try {
      expect(beamlet(dir, "new", "demo").code).toBe(0);
      const root = path.join(dir, "demo");
      fs.writeFileSync(path.join(root, "lib", "outer.ex"), LIB);
      fs.writeFileSync(path.join(root, "test", "outer_test.exs"), TEST);
      const want = "...\nFinished in <time>\n1 doctest, 2 tests, 0 failures\n\nRandomized with seed 0\n";
      // the first run compiles lib/; the second loads it from _build
      for (let run = 0; run < 2; run++) {
        const r = beamlet(root, "test", "--seed", "0");
        expect({ run, out: r.out, err: r.err, code: r.code }).toEqual({ run, out: want, err: "", code: 0 });
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
