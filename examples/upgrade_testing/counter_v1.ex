# Version 1 of the counter: the state is {:running, count} or, while paused, {:paused, count,
# buffered} where the additions made while paused wait until :resume.
defmodule Counter do
  use GenServer
  @vsn 1

  def start_link(start), do: GenServer.start_link(__MODULE__, start, name: :counter)

  @impl GenServer
  def init(start), do: {:ok, {:running, start}}

  @impl GenServer
  def handle_cast({:add, n}, {:running, count}), do: {:noreply, {:running, count + n}}
  def handle_cast({:add, n}, {:paused, count, buffered}), do: {:noreply, {:paused, count, [n | buffered]}}
  def handle_cast(:pause, {:running, count}), do: {:noreply, {:paused, count, []}}
  def handle_cast(:pause, paused), do: {:noreply, paused}
  def handle_cast(:resume, {:paused, count, buffered}), do: {:noreply, {:running, count + Enum.sum(buffered)}}
  def handle_cast(:resume, running), do: {:noreply, running}

  @impl GenServer
  def handle_call(:get, _from, state), do: {:reply, elem(state, 1), state}
end
