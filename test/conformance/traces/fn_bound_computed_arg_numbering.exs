# A fn bound to a variable and applied once to an argument computed there (`f.(id(y))`) is inlined
# by Erlang's compiler only when it captures variables; one that captures none stays a fun
# (its FunctionClauseError names -run/1-fun-N-). Every fn whose clauses can fail takes the next
# number of its enclosing function, inlined or not, in the order they are written: an inlined
# one's clause error is raised from -run/1-inlined-N-.
defmodule M do
  def id(x), do: x

  def t(f) do
    try do
      f.()
    rescue
      _ -> IO.inspect(hd(__STACKTRACE__) |> elem(1))
    end
  end

  def run(y) do
    t(fn ->
      f = fn {:a, b} -> b end
      f.(id(y))
    end)

    t(fn ->
      f = fn {:a, b} -> b end
      f.(y)
    end)

    t(fn ->
      f = fn {:a, b} -> {b, y} end
      f.(id(y))
    end)

    t(fn ->
      f = fn {:a, b} -> b end
      z = id(y)
      f.(z)
    end)

    t(fn ->
      f = fn {:a, b} -> b end
      f.(y + 1)
    end)

    t(fn ->
      f = fn {:a, b} -> {b, y} end
      f.(y + 1)
    end)

    t(fn ->
      f = fn x when is_atom(x) -> x end
      f.(id(y))
    end)

    t(fn ->
      f = fn [_ | _] = l -> {l, y} end
      f.(id(y))
    end)

    f = fn {:a, b} -> {b, y} end
    f.(id(y))
  end
end

M.run(1)
