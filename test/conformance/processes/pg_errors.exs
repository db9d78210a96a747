# Where :pg's bad arguments fail, as OTP 25's frames name them (kernel's pg.erl and its lines), and
# its scope server stopping with badarg on a call, cast or message it does not expect.
defmodule Main do
  def frames(f) do
    try do
      f.()
    rescue
      e ->
        top = __STACKTRACE__ |> Enum.filter(&(elem(&1, 0) == :pg)) |> Enum.map(fn {m, fun, a, loc} -> {m, fun, if(is_list(a), do: length(a), else: a), loc} end)
        IO.inspect({e, top})
    end
  end

  def run do
    frames(fn -> :pg.start("x") end)
    frames(fn -> :pg.start_link(1) end)
    frames(fn -> :pg.join(:a, :x) end)
    frames(fn -> :pg.leave(:a, 1) end)
    frames(fn -> :pg.which_groups("s") end)
    frames(fn -> :pg.which_local_groups("s") end)
    frames(fn -> :pg.join(:a, [:x]) end)
    frames(fn -> :pg.leave(:a, [self(), :x]) end)
    frames(fn -> :pg.join(:a, [self() | :x]) end)

    try do
      :pg.join(:a, :x)
    rescue
      e -> IO.puts(Exception.format(:error, e, Enum.take(__STACKTRACE__, 1)))
    end

    Process.flag(:trap_exit, true)
    {:ok, pg} = :pg.start_link()
    GenServer.cast(pg, :hello)
    receive do {:EXIT, ^pg, reason} -> Process.sleep(100); IO.inspect(reason, label: "cast") end
    {:ok, pg} = :pg.start_link()
    send(pg, :hello)
    receive do {:EXIT, ^pg, reason} -> Process.sleep(100); IO.inspect(reason, label: "message") end
    {:ok, pg} = :pg.start_link()
    try do
      GenServer.call(pg, :hello)
    catch
      :exit, {reason, _} -> Process.sleep(100); IO.inspect(reason, label: "call")
    end
    receive do {:EXIT, ^pg, reason} -> IO.inspect(elem(reason, 0), label: "exit") end
  end
end

Main.run()
