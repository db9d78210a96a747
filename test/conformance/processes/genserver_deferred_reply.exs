defmodule Deferred do
  use GenServer
  def init(_), do: {:ok, 0}
  def handle_call({:compute, n}, from, pending) do
    spawn(fn ->
      Process.sleep(10 * (4 - n))
      GenServer.reply(from, {:result, n, n * n})
    end)
    {:noreply, pending + 1}
  end
  def handle_call(:pending, _f, p), do: {:reply, p, p}
end

defmodule Main do
  def run do
    {:ok, s} = GenServer.start(Deferred, nil)
    tasks = for n <- 1..3, do: Task.async(fn -> GenServer.call(s, {:compute, n}) end)
    IO.inspect(Enum.map(tasks, &Task.await/1))
    IO.inspect(GenServer.call(s, :pending))
  end
end

Main.run()
