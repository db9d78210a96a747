# The emulator's reports of processes that raised, one after another, come out in the order the
# processes crashed (OTP's logger process takes them one at a time), whatever each report costs
defmodule Main do
  def deep(0, how), do: fail(how)
  def deep(n, how), do: [deep(n - 1, how)]

  def fail(:raise), do: raise("boom")
  def fail(:throw), do: throw(:up)
  def fail(:arith), do: 1 / Function.identity(0)
  def fail(:badarg), do: :erlang.error(:badarg)
  def fail(:exit_struct), do: raise(ArgumentError, "bad #{String.duplicate("x", 200)}")

  def run do
    hows = [:raise, :throw, :arith, :badarg, :exit_struct, :raise, :arith, :throw]

    for {how, i} <- Enum.with_index(hows) do
      {_p, ref} = spawn_monitor(fn -> deep(rem(i * 3, 7), how) end)
      receive do {:DOWN, ^ref, _, _, _} -> :ok end
    end

    # (a burst: all crash before the first is reported)
    ps = for how <- [:badarg, :raise, :throw], do: spawn(fn -> receive do :go -> fail(how) end end)
    for p <- ps, do: send(p, :go)

    Process.sleep(1000)
    Logger.flush()
    IO.puts("done")
  end
end

Main.run()
