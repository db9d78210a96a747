defmodule SupGreeter.Counter do
  use Agent

  def start_link(start) do
    IO.puts("counter starting at #{start}")
    Agent.start_link(fn -> start end, name: __MODULE__)
  end

  def next, do: Agent.get_and_update(__MODULE__, &{&1, &1 + 1})
end
