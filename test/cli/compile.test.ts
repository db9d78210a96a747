// `beamlet compile FILE.ex... -o DIR` (cli/compile.ts): one Elixir.Mod.bbc per module, readable by
// the loader; a compile error is printed in Elixir's format and gives exit code 1.
import { describe, it, expect } from "vitest";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { spawnSync } from "node:child_process";
import { compileFiles } from "../../cli/compile.ts";
import { readModule } from "../../vm/bytecode_file.ts";
import { ROOT } from "../e2e/helpers.ts";

describe("beamlet compile", () => {
  it("writes one .bbc per module, later files see earlier modules", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "beamlet-compile-"));
    fs.writeFileSync(path.join(dir, "a.ex"), "defmodule A do\n  def x, do: 1\nend\ndefmodule A.B do\n  def y, do: A.x() + 1\nend\n");
    fs.writeFileSync(path.join(dir, "c.ex"), "defmodule C do\n  import A\n  def z, do: x()\nend\n");
    const r = compileFiles([path.join(dir, "a.ex"), path.join(dir, "c.ex")], path.join(dir, "out"), () => {});
    expect(r.code).toBe(0);
    expect(fs.readdirSync(path.join(dir, "out")).sort()).toEqual(["Elixir.A.B.bbc", "Elixir.A.bbc", "Elixir.C.bbc"]);
    for (const f of r.written) expect(readModule(new Uint8Array(fs.readFileSync(f)))?.name).toBe(path.basename(f, ".bbc"));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("writes a module whose fns Erlang's compiler deletes as one the verifier accepts", () => {
    // (`_ = fn`, a fn applied on the spot, apply/2 of a literal fn, then/2's fn take no fun index)
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "beamlet-compile-"));
    const src = "defmodule D do\n  def a, do: (_ = fn -> 1 end; 2)\n  def b(x), do: x |> then(fn y -> y + 1 end)\n" +
      "  def c(x), do: apply(fn y -> y end, [x])\n  def e(x), do: (fn y -> y end).(x)\n  def f, do: fn -> :kept end\nend\n";
    fs.writeFileSync(path.join(dir, "d.ex"), src);
    const r = compileFiles([path.join(dir, "d.ex")], path.join(dir, "out"), () => {});
    expect(r.code).toBe(0);
    expect(readModule(new Uint8Array(fs.readFileSync(r.written[0])))?.name).toBe("Elixir.D");
    // loaded from the .bbc, those fns are no lifted functions (elixirc's D.beam lists only f's fn)
    fs.writeFileSync(path.join(dir, "m.exs"), "IO.inspect(D.module_info(:functions), limit: :infinity, width: 200)\n");
    const run = spawnSync(process.execPath, [path.join(ROOT, "cli/bin.js"), "run", "-pa", path.join(dir, "out"), path.join(dir, "m.exs")], { encoding: "utf8" });
    expect(run.stdout).toBe('[__info__: 1, a: 0, b: 1, c: 1, e: 1, f: 0, module_info: 0, module_info: 1, "-f/0-fun-0-": 0, "-inlined-__info__/1-": 1]\n');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("prints a syntax error as Elixir does and exits 1", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "beamlet-compile-"));
    const bad = path.join(dir, "bad.ex");
    fs.writeFileSync(bad, "defmodule Bad do\n  def x(, do: 1\nend\n");
    let err = "";
    const r = compileFiles([bad], path.join(dir, "out"), (s) => (err += s));
    expect(r.code).toBe(1);
    expect(err).toContain(`** (SyntaxError) ${bad}:3:1: unexpected reserved word: end. The "(" at line 2 is missing terminator ")"`);
    expect(fs.existsSync(path.join(dir, "out"))).toBe(false);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
