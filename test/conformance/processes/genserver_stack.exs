defmodule Stack do
  use GenServer

  def init(items), do: {:ok, items}

  def handle_call(:pop, _from, [h | t]), do: {:reply, {:ok, h}, t}
  def handle_call(:pop, _from, []), do: {:reply, :empty, []}
  def handle_call(:peek, from, state) do
    GenServer.reply(from, List.first(state))
    {:noreply, state}
  end
  def handle_call(:size, _from, state), do: {:reply, length(state), state}

  def handle_cast({:push, x}, state), do: {:noreply, [x | state]}
end

defmodule Main do
  def run do
    {:ok, s} = GenServer.start(Stack, [:a])
    GenServer.cast(s, {:push, :b})
    GenServer.cast(s, {:push, :c})
    IO.inspect(GenServer.call(s, :peek))
    IO.inspect(GenServer.call(s, :size))
    IO.inspect(GenServer.call(s, :pop))
    IO.inspect(GenServer.call(s, :pop))
    IO.inspect(GenServer.call(s, :pop))
    IO.inspect(GenServer.call(s, :pop))
    IO.inspect(GenServer.stop(s))
    IO.inspect(Process.alive?(s))
  end
end

Main.run()
