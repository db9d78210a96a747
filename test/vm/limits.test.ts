// System limits end in Elixir errors in the process that hit them, never in a V8 abort: the
// process limit (+P, 262,144 by default, configurable), the atom table (1,048,576) and integers
// past the host's BigInt size.
import { describe, it, expect } from "vitest";
import { runElixir, failureReport } from "./exits.model.ts";
import { atomCount, getAtomLimit, setAtomLimit, DEFAULT_ATOM_LIMIT } from "../../vm/terms.ts";
import { DEFAULT_PROCESS_LIMIT } from "../../vm/node.ts";

/** stdout without the spawned process's crash report: Logger writes it among the script's lines
 *  or after them, or not at all when the script ends first (as elixir's often does) */
function withoutCrashReport(stdout: string): string {
  // (the report's lines: its header, the exception's, its frames, and the blank line after it
  // if any; the script may print on right after it)
  return stdout.replace(/\n\d\d:\d\d:\d\d\.\d{3} \[error\] Process #PID<[\d.]+> raised an exception\n(?:\*\* [^\n]*\n|    [^\n]*\n)*\n?/, "");
}

describe("system limits", () => {
  it("spawning past the process limit raises SystemLimitError in the spawner and logs it", async () => {
    const src = `
IO.inspect(:erlang.system_info(:process_limit))
pids = for _ <- 1..20, do: spawn(fn -> receive do: (:x -> :ok) end)
result =
  try do
    for _ <- 1..100, do: spawn(fn -> receive do: (:x -> :ok) end)
    :no_limit
  rescue
    e in SystemLimitError -> Exception.message(e)
  end
IO.inspect(result)
# the node goes on: ending some processes makes room again
Enum.each(pids, &send(&1, :x))
Process.sleep(10)
IO.inspect(is_pid(spawn(fn -> :ok end)))
`;
    const r = await runElixir(src, 7, 30000, { processLimit: 50 });
    const want = '50\n"a system limit has been reached"\ntrue\n';
    // (the emulator's text ends with a blank line of its own, as reliability/process_limit_spawn's golden)
    const out = r.stdout.replace(/\n\d\d:\d\d:\d\d\.\d{3} \[error\] Too many processes\n\n\n/, "");
    if (out !== want || !/\[error\] Too many processes/.test(r.stdout)) throw new Error(failureReport(7, src, want, r));
    expect(DEFAULT_PROCESS_LIMIT).toBe(262_144);
  });

  it("atoms from data past the atom table's size raise SystemLimitError; existing atoms still convert", async () => {
    // the default is the BEAM's; a smaller table (like +t) reaches it quickly. This test file has
    // its own instance of terms.ts, so no other test sees the smaller table
    expect(getAtomLimit()).toBe(DEFAULT_ATOM_LIMIT);
    setAtomLimit(atomCount() + 5000);
    const src = `
made = Enum.reduce_while(1..10_000, 0, fn i, n ->
  try do
    String.to_atom("filler_#{i}")
    {:cont, n + 1}
  rescue
    SystemLimitError -> {:halt, n}
  end
end)
IO.inspect(made > 0 and made < 5000)
IO.inspect(:erlang.system_info(:atom_count) >= :erlang.system_info(:atom_limit))
IO.inspect(String.to_atom("filler_7"))
# the names come through a fun call: a BIF on a literal is evaluated at compile time (as the BEAM's
# compiler does), which would make the atom before the table fills
id = fn x -> x end
# (a peer's binary_to_term data too; an atom that exists still decodes)
for f <- [fn -> String.to_atom(id.("brand_new")) end, fn -> List.to_atom(id.(~c"brand_new_2")) end, fn -> :erlang.binary_to_atom(id.("x_y_z"), :utf8) end,
          fn -> :erlang.binary_to_term(<<131, 119, 6, "zz_new">>) end, fn -> IO.inspect(:erlang.binary_to_term(<<131, 119, 8, "filler_7">>)) end] do
  try do
    f.()
  rescue
    e in SystemLimitError -> IO.puts(Exception.message(e))
  end
end
`;
    const r = await runElixir(src, 3, 30000);
    const want = "true\ntrue\n:filler_7\na system limit has been reached\na system limit has been reached\na system limit has been reached\na system limit has been reached\n:filler_7\n";
    if (r.stdout !== want) throw new Error(failureReport(3, src, want, r));
  });

  it("an integer past the host's BigInt size raises SystemLimitError in that process; the node goes on", async () => {
    const src = `
r = try do
  Integer.pow(2, 2_000_000_000) |> rem(7)
rescue
  e -> e
end
IO.inspect(r)
{_pid, ref} = spawn_monitor(fn -> Integer.pow(3, 3_000_000_000) end)
receive do
  {:DOWN, ^ref, :process, _, {reason, _stack}} -> IO.inspect(reason)
end
IO.puts("node alive")
`;
    const r = await runElixir(src, 3, 60000);
    const want = '%SystemLimitError{message: "a system limit has been reached"}\n:system_limit\nnode alive\n';
    const out = withoutCrashReport(r.stdout);
    if (out !== want) throw new Error(failureReport(3, src, want, r));
  });

  it("Integer.pow and ** past OTP's largest integer raise SystemLimitError before computing it", async () => {
    // Elixir reaches the limit in its squarings (minutes for 2 ** 100_000_000 on OTP 25); the
    // result is known too big from the operands' sizes, so V8 never holds the node computing it.
    // Below the limit the result is exact (conformance reliability/integer_size_limit has +, -, *)
    const src = `
id = fn x -> x end
for f <- [fn -> 2 ** id.(100_000_000) end, fn -> Integer.pow(2, id.(33_554_368)) end, fn -> Integer.pow(-3, id.(21_171_000)) end,
          fn -> Integer.pow(10, id.(10_200_000)) end, fn -> Integer.pow(Bitwise.bsl(1, id.(1_000_000)), id.(40)) end] do
  IO.inspect(try do f.() rescue e -> e end)
end
IO.inspect(rem(Integer.pow(2, id.(33_554_367)), 1_000_003))
`;
    const r = await runElixir(src, 4, 120000);
    const want = '%SystemLimitError{message: "a system limit has been reached"}\n'.repeat(5) + "613270\n";
    if (r.stdout !== want) throw new Error(failureReport(4, src, want, r));
  });

  it("inspecting a term too big for the host's heap raises SystemLimitError in that process; the node goes on", async () => {
    // 20M bytes shown one by one need more documents than the budget (the node's free heap over
    // BYTES_PER_SHOWN; without the check the node aborts with a V8 heap error); the default limit
    // shows 50 of them and works, and so does a small term with limit: :infinity
    const src = `
id = fn x -> x end
big = :binary.copy(<<0>>, id.(20_000_000))
r = try do
  inspect(big, limit: :infinity)
rescue
  e -> e
end
IO.inspect(r)
IO.puts(byte_size(inspect(big)))
IO.puts(byte_size(inspect(Enum.to_list(1..1000), limit: :infinity)))
{_pid, ref} = spawn_monitor(fn -> inspect({[big]}, limit: :infinity) end)
receive do
  {:DOWN, ^ref, :process, _, {reason, _stack}} -> IO.inspect(reason)
end
IO.puts("node alive")
`;
    const r = await runElixir(src, 5, 120000);
    const want = '%SystemLimitError{message: "a system limit has been reached"}\n157\n4893\n:system_limit\nnode alive\n';
    const out = withoutCrashReport(r.stdout);
    if (out !== want) throw new Error(failureReport(5, src, want, r));
  });

  it("inspect text past V8's string length (2^29 characters) is SystemLimitError in that process, never an abort", async () => {
    // inspect with printable_limit: :infinity would decode a 600 MB binary into 600M code points
    // (the node aborted) for a text longer than V8 can hold
    const src = `
id = fn x -> x end
b = String.duplicate("a", id.(600_000_000))
for f <- [fn -> byte_size(inspect(b, printable_limit: :infinity)) end, fn -> byte_size(inspect([b], printable_limit: :infinity)) end] do
  try do
    IO.inspect(f.())
  rescue
    e -> IO.inspect(e)
  end
end
IO.puts(byte_size(inspect(b)))
`;
    const r = await runElixir(src, 9, 120000);
    const want = '%SystemLimitError{message: "a system limit has been reached"}\n'.repeat(2) + "4105\n";
    if (r.stdout !== want) throw new Error(failureReport(9, src, want, r));
  });
});
