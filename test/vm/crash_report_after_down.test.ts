// A process that raised is reported by a process of Logger's of its own (vm/emulator_reports.ts),
// which on the BEAM is OTP's logger process, running beside the others. The crashed process's
// links and monitors hear of it before that reporter runs: a monitoring process handles its
// :DOWN before the report's work (decoding Logger and what formats the report, tens of
// milliseconds on a loaded machine) is done, as on the BEAM, where the report costs the monitor
// nothing.
import { describe, it, expect, beforeAll } from "vitest";
import { Node } from "../../vm/node.ts";
import { loadLibraryLazily, compilerHost } from "../../vm/boot.ts";
import { compileScript } from "../../compiler/compile.ts";
import { parse } from "../../lang/parse.ts";
import { atom } from "../../vm/terms.ts";
import type { CompiledModule } from "../../vm/module.ts";
import { nodeHost, useSources } from "../../cli/host.ts";
import { loadLibraryCached } from "../../cli/lib_cache.ts";
import { startInteractive } from "../../vm/loaded_modules.ts";

let lib: CompiledModule[] = [];

beforeAll(() => {
  const probe = new Node(nodeHost());
  loadLibraryCached(probe);
  lib = [...probe.code.preloaded].map((m) => probe.code.current(m)!.compiled);
});

describe("a crash report", () => {
  it("is made after the crashed process's monitor has its :DOWN", async () => {
    let out = "";
    const node = new Node({ ...nodeHost(), write: (_fd: 1 | 2, t: string) => void (out += t) });
    // the modules decoded, in order: the first use of each tells which process ran first
    const decoded: string[] = [];
    loadLibraryLazily(node, lib.map((m) => ({ name: m.name, file: m.file, decode: () => (decoded.push(m.name), m) })));
    // (a script's node, as cli/run_script.ts makes it: what Elixir has not loaded at start waits
    // for the code server at its first use, Logger being loaded)
    startInteractive(node.code);
    // (OptionParser: a module nothing else uses, first called by the monitor when its :DOWN comes;
    // through apply/3, which the compiler does not look into)
    const text = `
{_pid, ref} = spawn_monitor(fn -> raise "boom" end)
receive do
  {:DOWN, ^ref, :process, _, {%RuntimeError{}, _}} -> apply(String.to_atom("Elixir.OptionParser"), :split, ["a b"])
end
Process.sleep(200)
IO.puts("done")
`;
    const s = compileScript(parse(text, "crash.exs"), "crash.exs", compilerHost(node, useSources()), [], { fileEntry: true });
    node.code.loadCompiled(s);
    const [main] = node.spawn(null, atom("beamlet_boot"), [atom(s.name)], atom("run_script"));
    node.main = main;
    expect(await node.runLoop()).toBe(0);
    expect(out).toContain("(RuntimeError) boom");
    expect(out).toMatch(/done\n$/);
    expect(decoded).toContain("Elixir.Logger");
    expect(decoded.indexOf("Elixir.OptionParser"), decoded.join(" ")).toBeLessThan(decoded.indexOf("Elixir.Logger"));
  });
});
