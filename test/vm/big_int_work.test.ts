// Long big-integer operations (vm/big_work.ts) run on the host's worker thread: the process that
// asked waits, shown as the BEAM shows it (status :running, current_function the BEAM's function
// at that point), while every other process keeps running; its answer is the same value. Each
// case is observed by events (status polls, message round trips), never by time.
import { describe, it, expect, afterAll } from "vitest";
import { setTier } from "../../vm/jit/tier.ts";
import { runElixir } from "./exits.model.ts";
import { nodeBigInt, BigJobCancelled } from "../../cli/host_bigint.ts";

const PROGRAM = `
defmodule Big do
  def square(x), do: x * x
  # computed at compile time, where nothing can wait: inline
  @digits byte_size(Integer.to_string(Integer.pow(3, 200_000)))
  def digits, do: @digits
end

parent = self()
ticker = spawn(fn ->
  loop = fn loop, n ->
    receive do
      {:ping, from} -> send(from, {:pong, n}); loop.(loop, n + 1)
    end
  end
  loop.(loop, 0)
end)

# until pid is seen computing (frame: what the BEAM shows meanwhile), or it ended first
observe = fn observe, pid, frame ->
  case Process.info(pid, [:status, :current_function]) do
    [status: :running, current_function: ^frame] -> :computing
    nil -> :ended_first
    _ -> :erlang.yield(); observe.(observe, pid, frame)
  end
end

x = Integer.pow(7, 300_000)
s = Integer.to_string(x)
digits = for <<c <- s>>, do: c - ?0
cases = [
  {:pow, fn -> Integer.pow(10, 1_000_000) end, {Kernel, :integer_pow, 3}, &(byte_size(Integer.to_string(&1)) == 1_000_001)},
  {:power_op, fn -> 10 ** 1_000_000 end, {Kernel, :integer_pow, 3}, &(&1 == Integer.pow(10, 1_000_000))},
  {:to_string, fn -> Integer.to_string(x) end, {:erlang, :integer_to_binary, 1}, &(&1 == s)},
  {:to_string_36, fn -> Integer.to_string(x, 36) end, {:erlang, :integer_to_binary, 2}, &(String.to_integer(&1, 36) == x)},
  {:to_integer, fn -> String.to_integer(s) end, {:erlang, :binary_to_integer, 1}, &(&1 == x)},
  {:parse, fn -> Integer.parse(s <> "!") end, {:erlang, :binary_to_integer, 2}, &(&1 == {x, "!"})},
  {:product, fn -> Big.square(x) end, {Big, :square, 1}, &(rem(&1, x) == 0 and div(&1, x) == x)},
  {:quotient, fn -> div(x * x + 5, x) end, :_, &(&1 == x)},
  {:digits, fn -> Integer.digits(x) end, {Integer, :do_digits, 3}, &(length(&1) == byte_size(s))},
  {:undigits, fn -> Integer.undigits(digits) end, {Integer, :do_undigits, 3}, &(&1 == x)}
]

for {label, fun, frame, ok?} <- cases do
  w = spawn(fn -> send(parent, {:done, self(), fun.()}) end)
  seen = if frame == :_, do: :computing, else: observe.(observe, w, frame)
  # the others run meanwhile: round trips with the ticker, in order
  pongs = for _ <- 1..20 do
    send(ticker, {:ping, self()})
    receive do
      {:pong, n} -> n
    end
  end
  in_order = pongs == Enum.to_list(hd(pongs)..(hd(pongs) + 19))
  receive do
    {:done, ^w, v} -> IO.inspect({label, seen, in_order, ok?.(v)})
  end
end

# killed while it computes: it ends at once, and the next computation still gets its answer
w = spawn(fn -> Integer.pow(11, 2_000_000) end)
ref = Process.monitor(w)
IO.inspect(observe.(observe, w, {Kernel, :integer_pow, 3}))
Process.exit(w, :kill)
receive do
  {:DOWN, ^ref, :process, _, reason} -> IO.inspect(reason)
end
IO.inspect(byte_size(Integer.to_string(Integer.pow(10, 400_000))) == 400_001)
IO.inspect(Big.digits() == byte_size(Integer.to_string(Integer.pow(3, 200_000))))

# bignums well below the sizes (64 bits, 100,000 bits): computed inline, never seen waiting
small = Integer.pow(2, 64) + 1
mid = Integer.pow(2, 100_000) + 1
for {label, fun, frame} <- [
      {:small_text, fn -> Integer.to_string(small) end, {:erlang, :integer_to_binary, 1}},
      {:mid_text, fn -> Integer.to_string(mid) end, {:erlang, :integer_to_binary, 1}},
      {:small_product, fn -> Big.square(small) end, {Big, :square, 1}},
      {:small_quotient, fn -> div(small * small, small + 2) end, {:erlang, :div, 2}}
    ] do
  w = spawn(fn -> fun.() end)
  IO.inspect({label, observe.(observe, w, frame)})
end
`;

const EXPECTED = [
  "{:pow, :computing, true, true}",
  "{:power_op, :computing, true, true}",
  "{:to_string, :computing, true, true}",
  "{:to_string_36, :computing, true, true}",
  "{:to_integer, :computing, true, true}",
  "{:parse, :computing, true, true}",
  "{:product, :computing, true, true}",
  "{:quotient, :computing, true, true}",
  "{:digits, :computing, true, true}",
  "{:undigits, :computing, true, true}",
  ":computing",
  ":killed",
  "true",
  "true",
  "{:small_text, :ended_first}",
  "{:mid_text, :ended_first}",
  "{:small_product, :ended_first}",
  "{:small_quotient, :ended_first}",
  "",
].join("\n");

describe("long big-integer operations on the host's worker", () => {
  afterAll(() => setTier("auto"));

  for (const tier of ["interp", "jit"] as const) {
    it(`hold only their own process, shown as the BEAM shows it, with the same values (${tier})`, async () => {
      setTier(tier);
      const r = await runElixir(PROGRAM, 5);
      expect(r.stderr).toBe("");
      expect(r.stdout).toBe(EXPECTED);
    });
  }

  it("stop computing for a process that ended: the job is dropped, the worker freed for the next", async () => {
    const host = nodeBigInt();
    const running = host.run("pow", [11n, 3_000_000n]);
    const queued = host.run("pow", [13n, 3_000_000n]);
    const next = host.run("mul", [3n, 4n]);
    // one being computed (the worker is ended), one waiting its turn (taken off the queue)
    host.cancel!(running);
    host.cancel!(queued);
    await expect(running).rejects.toBeInstanceOf(BigJobCancelled);
    await expect(queued).rejects.toBeInstanceOf(BigJobCancelled);
    expect(await next).toBe(12n);
    // an answer already given is not taken back
    host.cancel!(next);
    expect(await next).toBe(12n);
  });
});
