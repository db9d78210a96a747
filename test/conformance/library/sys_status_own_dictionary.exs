# A server's own dictionary keys in :sys.get_status/1 and Process.info(:dictionary), without beamlet's
# bookkeeping (hibernate_after, sys trace); start_link's debug: [:trace | :log | :statistics] options
defmodule G do
  use GenServer
  def init(x) do
    Process.put(:mykey, 42)
    {:ok, x}
  end
  def handle_call(:ping, _, s), do: {:reply, :pong, s}
end
{:ok, p} = GenServer.start_link(G, %{a: 1}, debug: [:log, :statistics])
GenServer.call(p, :ping)
{:ok, log} = :sys.log(p, :get)
IO.inspect length(log)
IO.inspect log |> Enum.map(&elem(&1, 0))
{:ok, st} = :sys.statistics(p, :get)
IO.inspect Keyword.take(st, [:messages_in, :messages_out])
{:status, _, _, [pdict | _]} = :sys.get_status(p)
IO.inspect pdict
{:ok, p2} = GenServer.start_link(G, 1, hibernate_after: 5000)
{:status, _, _, [pdict2 | _]} = :sys.get_status(p2)
IO.inspect pdict2
{:dictionary, d} = Process.info(p2, :dictionary)
IO.inspect Keyword.keys(d) |> Enum.sort()
defmodule G2 do
  use GenServer
  def init(x), do: {:ok, x}
  def handle_call(:pd, _, s), do: {:reply, Process.get() |> Keyword.keys() |> Enum.sort(), s}
end
{:ok, p} = GenServer.start_link(G2, 1, hibernate_after: 5000, debug: [:trace])
IO.inspect GenServer.call(p, :pd)
{:ok, p} = GenServer.start_link(G2, 1)
:sys.trace(p, true)
IO.inspect GenServer.call(p, :pd)
{:dictionary, d} = Process.info(p, :dictionary)
IO.inspect d |> Keyword.keys() |> Enum.sort()
{:ok, a} = Agent.start_link(fn -> Process.put(:z, 1); 0 end)
{:status, _, _, [pd3 | _]} = :sys.get_status(a)
IO.inspect pd3 |> Keyword.delete(:"$initial_call")
