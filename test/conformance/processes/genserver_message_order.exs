defmodule Log do
  use GenServer
  def init(_), do: {:ok, []}
  def handle_cast({:add, x}, l), do: {:noreply, [x | l]}
  def handle_info({:add, x}, l), do: {:noreply, [{:info, x} | l]}
  def handle_call(:all, _f, l), do: {:reply, Enum.reverse(l), l}
end

defmodule Main do
  def run do
    {:ok, pid} = GenServer.start_link(Log, nil)
    for i <- 1..5 do
      GenServer.cast(pid, {:add, i})
      send(pid, {:add, i * 10})
    end
    IO.inspect(GenServer.call(pid, :all))
    parent = self()
    writers = for w <- [:a, :b, :c] do
      spawn(fn ->
        for i <- 1..3, do: GenServer.cast(pid, {:add, {w, i}})
        send(parent, {:written, w})
      end)
    end
    for _ <- writers, do: receive(do: ({:written, _} -> :ok))
    all = GenServer.call(pid, :all)
    for w <- [:a, :b, :c] do
      IO.inspect(for({^w, i} <- all, do: i), label: "#{w} in order")
    end
    IO.inspect(length(all))
  end
end

Main.run()
