# Version 2: the state becomes a map, and code_change/3 migrates the version 1 shapes. The
# planted bug: the paused shape's migration forgets the buffered additions (no :buffered key),
# so the first :resume or {:add, n} after an upgrade made while paused crashes the server.
defmodule Counter do
  use GenServer
  @vsn 2

  def start_link(start), do: GenServer.start_link(__MODULE__, start, name: :counter)

  @impl GenServer
  def init(start), do: {:ok, %{mode: :running, count: start, buffered: []}}

  @impl GenServer
  def handle_cast({:add, n}, %{mode: :running} = s), do: {:noreply, %{s | count: s.count + n}}
  def handle_cast({:add, n}, %{mode: :paused} = s), do: {:noreply, %{s | buffered: [n | s.buffered]}}
  def handle_cast(:pause, s), do: {:noreply, %{s | mode: :paused}}
  def handle_cast(:resume, %{mode: :paused} = s), do: {:noreply, %{s | mode: :running, count: s.count + Enum.sum(s.buffered), buffered: []}}
  def handle_cast(:resume, s), do: {:noreply, s}

  @impl GenServer
  def handle_call(:get, _from, s), do: {:reply, s.count, s}

  @impl GenServer
  def code_change(1, {:running, count}, _extra), do: {:ok, %{mode: :running, count: count + 1000, buffered: []}}
  def code_change(1, {:paused, count, _buffered}, _extra), do: {:ok, %{mode: :paused, count: count + 1000}}
end
