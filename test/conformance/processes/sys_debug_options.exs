# :sys's debug options on a GenServer: statistics (messages in and out), log (:get, :print, a
# bounded log), install/remove of debug funs (their state threaded, :done removes one), no_debug.
defmodule Counter do
  use GenServer
  def init(n), do: {:ok, n}
  def handle_call(:get, _from, n), do: {:reply, n, n}
  def handle_cast(:inc, n), do: {:noreply, n + 1}
  def handle_info(:tick, n), do: {:noreply, n + 10}
end

{:ok, pid} = GenServer.start_link(Counter, 0, name: Counter)
IO.inspect(:sys.statistics(Counter, :get))
IO.inspect(:sys.statistics(Counter, true))
GenServer.cast(Counter, :inc)
send(Counter, :tick)
IO.inspect(GenServer.call(Counter, :get))
{:ok, stats} = :sys.statistics(Counter, :get)
IO.inspect(Keyword.keys(stats))
IO.inspect({stats[:messages_in], stats[:messages_out], is_integer(stats[:reductions])})
{{_, _, _}, {_, _, _}} = stats[:start_time]
IO.inspect(:sys.statistics(Counter, false))
IO.inspect(:sys.statistics(Counter, :get))

IO.inspect(:sys.log(Counter, :get))
IO.inspect(:sys.log(Counter, {true, 3}))
GenServer.cast(Counter, :inc)
GenServer.cast(Counter, :inc)
IO.inspect(GenServer.call(Counter, :get))
{:ok, log} = :sys.log(Counter, :get)
IO.inspect(Enum.map(log, &elem(&1, 0)))
IO.inspect(List.last(log) |> elem(1))
:sys.log(Counter, :print)
IO.inspect(:sys.log(Counter, false))
IO.inspect(:sys.log(Counter, :get))

parent = self()
counting = fn n, event, name -> send(parent, {:event, n, elem(event, 0), name}); n + 1 end
stopping = fn _, _, _ -> :done end
IO.inspect(:sys.install(Counter, {counting, 0}))
IO.inspect(:sys.install(Counter, {:stopper, stopping, nil}))
GenServer.cast(Counter, :inc)
IO.inspect(GenServer.call(Counter, :get))
for _ <- 1..4, do: receive(do: ({:event, n, kind, name} -> IO.inspect({n, kind, name})))
IO.inspect(:sys.remove(Counter, counting))
IO.inspect(:sys.remove(Counter, :stopper))
GenServer.cast(Counter, :inc)
IO.inspect(GenServer.call(Counter, :get))
receive do
  {:event, _, _, _} = e -> IO.inspect(e, label: "not removed")
after
  100 -> IO.puts("no more events")
end

:sys.statistics(Counter, true)
:sys.log(Counter, true)
IO.inspect(:sys.no_debug(Counter))
IO.inspect({:sys.statistics(Counter, :get), :sys.log(Counter, :get)})
IO.inspect(is_pid(pid))
