// Differential tests of the two tiers on a deterministic node: the same program run interpreted
// (BEAMLET_TIER=interp) and compiled at first call (jit) must print exactly the same, including
// exceptions with their stack traces and, since compiled code counts reductions exactly where the
// interpreter does, the seeded interleaving of processes.
import { describe, it, expect, afterAll } from "vitest";
import { runElixir, failureReport } from "./exits.model.ts";
import { setTier, type Tier } from "../../vm/jit/tier.ts";
import { randomProgram } from "./jit_program_gen.ts";
import { suiteSeed } from "../seed.ts";

async function runIn(tier: Tier, src: string, seed: number) {
  setTier(tier);
  try {
    return await runElixir(src, seed, 120000);
  } finally {
    setTier("auto");
  }
}

async function sameInBothTiers(src: string, seed: number): Promise<string> {
  const interp = await runIn("interp", src, seed);
  const jit = await runIn("jit", src, seed);
  const report = failureReport(seed, src, `interpreter printed (exit ${interp.code}):\n${interp.stdout}\n${interp.stderr}`, jit);
  expect(jit.stdout, report).toBe(interp.stdout);
  expect(jit.stderr, report).toBe(interp.stderr);
  expect(jit.code, report).toBe(interp.code);
  return interp.stdout;
}

afterAll(() => setTier("auto"));

describe("interpreter and JIT tiers (deterministic node)", () => {
  it("random programs print the same values, errors and stack traces", async () => {
    const base = suiteSeed();
    for (let k = 0; k < 8; k++) await sameInBothTiers(randomProgram(base + k), base + k);
  }, 600000);

  it("processes interleave identically (reductions counted at the same points)", async () => {
    const src = `
defmodule Spin do
  def work(0), do: :ok
  def work(n), do: work(n - 1)
  def fib(0), do: 0
  def fib(1), do: 1
  def fib(n), do: fib(n - 1) + fib(n - 2)
end
me = self()
for s <- 1..4 do
  spawn(fn ->
    for i <- 1..6 do
      Spin.work(700 * s)
      Spin.fib(10 + s)
      send(me, {s, i})
    end
  end)
end
got = for _ <- 1..24, do: receive(do: ({s, i} -> "#{s}.#{i}"))
IO.puts(Enum.join(got, " "))
{:reductions, r} = Process.info(self(), :reductions)
IO.puts(r > 0)
`;
    const seed = suiteSeed() + 7;
    const out = await sameInBothTiers(src, seed);
    expect(out).toMatch(/^(\d\.\d ){23}\d\.\d\ntrue\n$/);
  });

  it("selective receive (scanned in compiled code, waiting in the interpreter) takes the same messages", async () => {
    const src = `
defmodule Box do
  def take(acc) do
    receive do
      {:pri, x} when x > 2 -> take([{:pri, x} | acc])
      {:later, _} = m when length(acc) > 3 -> take([m | acc])
      :done -> Enum.reverse(acc)
    after 50 -> {:timeout, Enum.reverse(acc)}
    end
  end
  def fill(to, 0), do: send(to, :done)
  def fill(to, n) do
    send(to, if(rem(n, 3) == 0, do: {:later, n}, else: {:pri, n}))
    fill(to, n - 1)
  end
end
me = self()
p = spawn(fn -> send(me, {:got, Box.take([])}) end)
Box.fill(p, 12)
receive do: ({:got, r} -> IO.inspect(r))
q = spawn(fn -> send(me, {:got, Box.take([])}) end)
send(q, {:pri, 1})
receive do: ({:got, r} -> IO.inspect(r))
`;
    const out = await sameInBothTiers(src, suiteSeed() + 3);
    // the first process kept the {:later, n} it could not take yet; the second timed out
    expect(out).toMatch(/^\[\n  pri: 11,.*later: \d+.*\]\n\{:timeout, \[\]\}\n$/s);
  });

  it("a receive's scan of a long mailbox costs its reductions in both tiers", async () => {
    // the scan's backward jump costs a reduction per message passed over, so the scanning
    // process's slices end there and the ticker's messages interleave with its work identically
    const src = `
defmodule Scan do
  def fill(0), do: :ok
  def fill(n), do: (send(self(), {:junk, n}); fill(n - 1))
  def scan(0), do: :ok
  def scan(k) do
    receive do
      :wanted -> :ok
    after
      0 -> :ok
    end
    scan(k - 1)
  end
  def ticks(me, 0), do: send(me, :ticks_done)
  def ticks(me, n), do: (send(me, {:tick, n}); ticks(me, n - 1))
end
me = self()
spawn(fn -> Scan.fill(20_000); send(me, :filled); Scan.scan(5); send(me, :scanned) end)
spawn(fn -> Scan.ticks(me, 30_000) end)
got = for _ <- 1..30_003, do: receive(do: (m -> m))
IO.puts(Enum.find_index(got, &(&1 == :scanned)))
`;
    await sameInBothTiers(src, suiteSeed() + 11);
  });

  it("try, rescue, catch and after: the same values, stack traces and interleaving in both tiers", async () => {
    // exceptions from compiled callees (and from past the JS depth limit), nested tries, a slice
    // that ends inside a try, reraise, and an uncaught error at the end
    const src = `
defmodule TryWork do
  def deep(0, kind), do: raise_it(kind)
  def deep(n, kind), do: 1 + deep(n - 1, kind)
  def raise_it(:error), do: raise(ArgumentError, "deep")
  def raise_it(:throw), do: throw(:thrown)
  def raise_it(:exit), do: exit(:exited)
  def raise_it(:arith), do: 1 + :erlang.binary_to_atom("a")
  def raise_it(:ok), do: 0
  def guarded(n, kind) do
    try do
      deep(n, kind)
    rescue
      e in ArgumentError -> {:rescued, e.message, length(__STACKTRACE__), hd(__STACKTRACE__)}
    catch
      :throw, v -> {:caught, v}
    after
      send(self(), {:after, n})
    end
  end
  def outer(n, kind) do
    try do
      {:inner, guarded(n, kind)}
    catch
      :exit, r -> {:outer_exit, r, Enum.take(__STACKTRACE__, 3)}
      :error, r -> {:outer_error, r, Enum.take(__STACKTRACE__, 2)}
    end
  end
  def spin(0), do: :done
  def spin(n), do: spin(n - 1)
  def long_try(n) do
    try do
      spin(n)
      deep(3, :throw)
    catch
      v -> {:after_spin, v}
    end
  end
  def reraiser(n) do
    try do
      deep(n, :error)
    rescue
      e -> reraise e, __STACKTRACE__
    end
  end
  def drain(acc) do
    receive do
      {:after, n} -> drain([n | acc])
    after
      0 -> Enum.reverse(acc)
    end
  end
end
me = self()
spawn(fn -> send(me, {:other, TryWork.long_try(30_000)}) end)
for kind <- [:ok, :error, :throw, :exit, :arith], n <- [0, 5, 700] do
  IO.inspect(TryWork.outer(n, kind))
end
IO.inspect(TryWork.drain([]))
IO.inspect(TryWork.long_try(50_000))
receive do: ({:other, r} -> IO.inspect(r))
try do
  TryWork.reraiser(4)
rescue
  e -> IO.inspect({e, __STACKTRACE__})
end
TryWork.reraiser(2)
`;
    const out = await sameInBothTiers(src, suiteSeed() + 13);
    expect(out).toContain("{:inner, {:caught, :thrown}}");
    expect(out).toContain("{:outer_exit, :exited,");
  });

  it("a receive's wait and its timeout run the same in both tiers", async () => {
    const src = `
defmodule Waiter do
  def loop(parent, acc) do
    receive do
      {:add, n} -> loop(parent, acc + n)
      {:get, from} -> send(from, {:sum, acc}); loop(parent, acc)
      :stop -> send(parent, {:stopped, acc})
    after
      30 -> send(parent, {:idle, acc}); loop(parent, acc)
    end
  end
  def wait_for(t) do
    receive do
      :never -> :got
    after
      t -> {:waited, t}
    end
  end
end
me = self()
w = spawn(fn -> Waiter.loop(me, 0) end)
for n <- 1..50, do: send(w, {:add, n})
send(w, {:get, me})
receive do: ({:sum, s} -> IO.inspect(s))
receive do: ({:idle, s} -> IO.inspect({:idle, s}))
send(w, :stop)
receive do: ({:stopped, s} -> IO.inspect({:stopped, s}))
IO.inspect(Waiter.wait_for(0))
IO.inspect(Waiter.wait_for(5))
for t <- [:bad, -1, 1.5] do
  try do
    Waiter.wait_for(t)
  rescue
    e -> IO.inspect({e, hd(__STACKTRACE__)})
  end
end
`;
    const out = await sameInBothTiers(src, suiteSeed() + 17);
    expect(out.split("\n").slice(0, 5)).toEqual(["1275", "{:idle, 1275}", "{:stopped, 1275}", "{:waited, 0}", "{:waited, 5}"]);
  });

  it("deep body recursion runs past the JS depth limit of compiled code", async () => {
    const src = `
defmodule Deep do
  def build(0), do: []
  def build(n), do: [n | build(n - 1)]
  def sum([]), do: 0
  def sum([h | t]), do: h + sum(t)
end
IO.puts(Deep.sum(Deep.build(200_000)))
`;
    expect(await sameInBothTiers(src, 1)).toBe("20000100000\n");
  });
});
