defmodule Tally do
  use GenServer
  def init(_), do: {:ok, %{}}
  def handle_call({:vote, who, choice}, _f, s) do
    if Map.has_key?(s, who), do: {:reply, :already_voted, s}, else: {:reply, :ok, Map.put(s, who, choice)}
  end
  def handle_call(:results, _f, s), do: {:reply, s |> Map.values() |> Enum.frequencies(), s}
end

defmodule Main do
  def run do
    {:ok, t} = GenServer.start_link(Tally, nil)
    voters = for i <- 1..50 do
      Task.async(fn ->
        choice = Enum.at([:red, :green, :blue], rem(i * 7, 3))
        r1 = GenServer.call(t, {:vote, i, choice})
        r2 = GenServer.call(t, {:vote, i, :again})
        {r1, r2}
      end)
    end
    IO.inspect(voters |> Enum.map(&Task.await/1) |> Enum.frequencies())
    IO.inspect(GenServer.call(t, :results))
  end
end

Main.run()
