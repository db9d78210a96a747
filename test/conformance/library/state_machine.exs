defmodule Door do
  def transition(:locked, {:unlock, code}, %{code: code} = d), do: {:closed, d}
  def transition(:locked, {:unlock, _}, d), do: {:locked, Map.update!(d, :failures, &(&1 + 1))}
  def transition(:closed, :open, d), do: {:open, d}
  def transition(:open, :close, d), do: {:closed, d}
  def transition(:closed, :lock, d), do: {:locked, d}
  def transition(state, event, d), do: (IO.puts("ignored #{inspect(event)} in #{state}"); {state, d})
end
events = [{:unlock, 1111}, {:unlock, 1234}, :open, :lock, :close, :lock]
{final, data} =
  Enum.reduce(events, {:locked, %{code: 1234, failures: 0}}, fn ev, {st, d} ->
    {new, d2} = Door.transition(st, ev, d)
    IO.puts("#{st} --#{inspect(ev)}--> #{new}")
    {new, d2}
  end)
IO.inspect {final, data.failures}

defmodule Counter do
  use GenServer
  def init(n), do: {:ok, n}
  def handle_call(:get, _, n), do: {:reply, n, n}
  def handle_cast({:add, k}, n), do: {:noreply, n + k}
  def handle_info({:tick, k}, n), do: {:noreply, n + k}
end
{:ok, c} = GenServer.start_link(Counter, 0)
GenServer.cast(c, {:add, 5})
send(c, {:tick, 10})
IO.inspect GenServer.call(c, :get)
IO.inspect GenServer.call(c, :get, 1000)
IO.inspect GenServer.stop(c)
