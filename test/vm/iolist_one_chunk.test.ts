// iolist_to_binary/1 and list_to_binary/1 of a short iolist are made without a job: the job is a
// generator (vm/bifs/list_jobs.ts iolistJob) that walked the list for its size, then delegated to
// a second generator for the copy, stepped by runJob to its end, for every call (an encoder
// joining its pieces calls it for each small value). Counted here: generator steps (next() calls
// on any generator) while 20,000 short iolists are joined; the reductions charged stay the job's.
import { describe, it, expect, afterEach } from "vitest";
import { runElixir } from "./exits.model.ts";

const GeneratorProto = Object.getPrototypeOf(function* () {}).prototype as Generator;
const realNext = GeneratorProto.next;
afterEach(() => { GeneratorProto.next = realNext; });

describe("iolist_to_binary of a short iolist", () => {
  it("runs no job", async () => {
    const src = `
defmodule J do
  def run(0, acc), do: acc
  def run(n, acc) do
    b = :erlang.iolist_to_binary(["k", Integer.to_string(n), [?=, "v" | "!"]])
    c = :erlang.list_to_binary([?a, ["b", ?c]])
    run(n - 1, acc + byte_size(b) + byte_size(c))
  end
end
{:reductions, r0} = Process.info(self(), :reductions)
total = J.run(20_000, 0)
{:reductions, r1} = Process.info(self(), :reductions)
big = :erlang.iolist_to_binary(List.duplicate("0123456789abcdef", 64))
IO.puts("#{total} #{byte_size(big)} #{r1 - r0 < 200_000}")
IO.puts(inspect(:erlang.iolist_to_binary("as is")) <> " " <> inspect(:erlang.iolist_to_binary([])))
try do :erlang.iolist_to_binary([1, :x]) rescue e -> IO.puts(Exception.message(e)) end
try do :erlang.list_to_binary("bin") rescue e -> IO.puts(Exception.message(e)) end
`;
    let steps = 0;
    let counting = false;
    GeneratorProto.next = function (this: Generator, ...a: [unknown]) { if (counting) steps++; return realNext.apply(this, a); };
    counting = true;
    const r = await runElixir(src, 3);
    counting = false;
    // (outputs and errors against elixir's: conformance reliability/iolist_one_chunk)
    expect(r.stdout.split("\n")[0], r.stderr).toBe("228894 1024 true");
    // (the rest of the run steps a few: 81 here; the 40,000 joins stepped 120,099 times before)
    expect(steps, `generator steps: ${steps}`).toBeLessThan(20_000);
  });
});
