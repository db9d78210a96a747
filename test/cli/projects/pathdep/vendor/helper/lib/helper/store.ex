defmodule Helper.Store do
  use Agent

  def start_link(_), do: Agent.start_link(fn -> %{} end, name: __MODULE__)
  def put(k, v), do: Agent.update(__MODULE__, &Map.put(&1, k, v))
  def all, do: Agent.get(__MODULE__, & &1)
end
