# Task.yield_many of an atom fails in yield_many/3's clauses (beamlet: Enumerable not implemented)
defmodule Main do
  def run(tasks), do: Task.yield_many(tasks, 100)
end

Main.run(:x)
