# A cond clause whose condition is nil (written so, or a variable bound to nil) is tested in a
# guard the Erlang compiler finds always false: "this check/guard will always yield the same
# result" at the clause's line. Not for false (a boolean, matched as a pattern), not after a
# clause known truthy, and not at a script's top level.
defmodule CondNil do
  def run(y) do
    x = nil
    a = cond do
      y > 1 -> 0
      x -> 1
      true -> 2
    end
    b = cond do
      y > 1 -> 0
      nil ->
        1
      true -> 2
    end
    c = cond do
      false -> 1
      nil -> 2
      :ok -> 3
    end
    d = cond do
      :yes -> 1
      nil -> 2
    end
    {a, b, c, d, if(nil, do: 1, else: 2)}
  end
end

IO.inspect(CondNil.run(0))
IO.inspect(cond do nil -> 1; true -> 2 end)
