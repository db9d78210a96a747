// One BIF call asked for a giant result: a list whose cells alone pass the memory guard's bound
// kills its process at once (reason :killed and the "maximum heap size reached" report, as the
// guard would once the cells existed) instead of filling the host's heap for a minute first; a
// binary is built as bytes, never through a JS string (V8 bounds those at 2^29 characters).
import { describe, it } from "vitest";
import { runElixir, failureReport } from "./exits.model.ts";

const REPORT = /\n\d\d:\d\d:\d\d\.\d{3} \[error\]      Process:[\s\S]*?\n\]\n\n/g;

describe("huge BIF calls", () => {
  it("a list BIF whose result alone passes the heap bound kills its process at once; others run on", async () => {
    const src = `
id = fn x -> x end
other = spawn(fn -> receive do: ({:ping, from} -> send(from, :pong)) end)
for f <- [fn -> List.duplicate(0, id.(1_000_000_000)) end, fn -> :lists.seq(1, id.(10_000_000_000)) end,
          fn -> :lists.seq(1, id.(10_000_000_000), 2) end, fn -> :lists.duplicate(id.(2_000_000_000), :x) end] do
  {_pid, ref} = spawn_monitor(fn -> length(f.()) end)
  receive do
    {:DOWN, ^ref, :process, _, reason} -> IO.inspect(reason)
  end
end
send(other, {:ping, self()})
receive do: (:pong -> IO.puts("other process answers"))
IO.puts(length(List.duplicate(0, id.(200_000))))
IO.puts(length(:lists.seq(1, id.(200_000), 3)))
`;
    const r = await runElixir(src, 11, 60000);
    const want = ":killed\n:killed\n:killed\n:killed\nother process answers\n200000\n66667\n";
    const out = r.stdout.replace(REPORT, "");
    const reports = r.stdout.match(REPORT) ?? [];
    if (out !== want || reports.length !== 4 || !reports.every((x) => /maximum heap size reached/.test(x))) {
      throw new Error(failureReport(11, src, want, r));
    }
  });

  it("String.duplicate and :binary.copy build bytes: any bytes, and past V8's string length", async () => {
    const src = `
id = fn x -> x end
IO.inspect(String.duplicate(<<255, 0>>, id.(3)))
IO.inspect(:binary.copy(<<1, 2, 3>>, id.(4)))
IO.inspect(String.duplicate("", id.(5)))
IO.inspect(byte_size(String.duplicate("abc", id.(200_000_000))))
`;
    const r = await runElixir(src, 12, 60000);
    const want = "<<255, 0, 255, 0, 255, 0>>\n<<1, 2, 3, 1, 2, 3, 1, 2, 3, 1, 2, 3>>\n\"\"\n600000000\n";
    if (r.stdout !== want) throw new Error(failureReport(12, src, want, r));
  });
});
