# The emulator's report of a spawned process that raised, threw or failed reaches a Logger backend
# with its metadata as Elixir's handler passes it: the crashed process's pid and group leader (also
# the event's), the exception with its stacktrace as :crash_reason, and :error_logger's tag
defmodule B do
  def init(_), do: {:ok, nil}

  def handle_event({level, gl, {Logger, _msg, _ts, md}}, s) do
    send(:main, {:md, level, gl, md})
    {:ok, s}
  end

  def handle_event(_, s), do: {:ok, s}
  def handle_call(_, s), do: {:ok, :ok, s}
end

Process.register(self(), :main)
Logger.remove_backend(:console)
Logger.add_backend(B)
gl = Process.group_leader()
p1 = spawn(fn -> raise "boom" end)
p2 = spawn(fn -> throw(:ball) end)
p3 = spawn(fn -> :erlang.error(:badarg, [1]) end)

reports =
  for _ <- 1..3 do
    receive do
      {:md, level, event_gl, md} -> {md[:pid], {level, event_gl == gl, md[:gl] == gl, Keyword.keys(md) |> Enum.sort(), md[:crash_reason], md[:error_logger], md[:erl_level]}}
    end
  end

for {name, pid} <- [raised: p1, thrown: p2, failed: p3] do
  IO.inspect(List.keyfind(reports, pid, 0) |> elem(1), label: name)
end
