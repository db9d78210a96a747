defmodule W do
  use GenServer
  def start_link(id), do: GenServer.start_link(__MODULE__, id, name: id)
  def init(id) do
    send(:main, {:started, id})
    {:ok, id}
  end
  def child_spec(id), do: %{id: id, start: {__MODULE__, :start_link, [id]}}
end

defmodule Main do
  def collect(0, acc) do
    receive do
      {:started, id} -> collect(0, [{:unexpected, id} | acc])
    after
      50 -> Enum.reverse(acc)
    end
  end
  def collect(n, acc) do
    receive do
      {:started, id} -> collect(n - 1, [id | acc])
    after
      3000 -> Enum.reverse([:timeout | acc])
    end
  end

  def run do
    Process.register(self(), :main)
    for strategy <- [:one_for_one, :one_for_all, :rest_for_one] do
      {:ok, sup} = Supervisor.start_link([{W, :a}, {W, :b}, {W, :c}], strategy: strategy)
      IO.inspect(collect(3, []), label: "#{strategy} initial")
      Process.exit(Process.whereis(:b), :kill)
      expected = %{one_for_one: 1, one_for_all: 3, rest_for_one: 2}[strategy]
      IO.inspect(collect(expected, []), label: "#{strategy} after killing b")
      Supervisor.stop(sup)
    end
  end
end

Main.run()
