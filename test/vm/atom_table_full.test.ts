// A full atom table ends in SystemLimitError in the process that makes one atom too many, and the
// node goes on: the error is reported and a script whose error it was ends with status 1. (Elixir
// itself aborts the whole VM at 1,048,576 atoms with a crash dump; beamlet deliberately raises
// SystemLimitError in the process instead, so nothing here is compared with real elixir.)
// Its own file: the atom table is the host's, and the library's atoms must not be made yet when
// the first test fills it.
import { describe, it, expect } from "vitest";
import { runElixir, failureReport } from "./exits.model.ts";
import { atomCount, setAtomLimit } from "../../vm/terms.ts";

describe("a full atom table", () => {
  it("an uncaught SystemLimitError is printed and the script fails (library modules first used after the table filled still load)", async () => {
    // Exception's formatting (Macro, its literals' atoms) is first used once the table is full:
    // the library's atoms are the system's own, made whatever the table's size. Before, loading
    // them raised system_limit again in the reports, and the node never ended
    setAtomLimit(atomCount() + 5000);
    const src = `
IO.puts("start")
for i <- 1..10_000, do: String.to_atom("filler_#{i}")
IO.puts("unreached")
`;
    const r = await runElixir(src, 3, 60000);
    const ok = r.code === 1 && r.stdout === "start\n" &&
      /^\*\* \(SystemLimitError\) a system limit has been reached\n    :erlang\.binary_to_atom\("filler_\d+", :utf8\)\n    prop\.exs:3: anonymous fn\/2 in :elixir_compiler_0\.__FILE__\/1\n    \(elixir 1\.14\.0\) lib\/enum\.ex:\d+: Enum\.reduce_range\/5\n    prop\.exs:3: \(file\)\n$/.test(r.stderr);
    if (!ok) throw new Error(failureReport(3, src, "start\n + the SystemLimitError on stderr, status 1", r));
  });
});
