# A for generator's guard is no guard: Elixir runs it as the comprehension's first filter, as
# Erlang code (elixir_erl_for): a call in it that fails raises (elem/hd/map_size/map_get), and/or
# with a left side that is no boolean raise {:badarg, value}, a value that is no boolean is a
# CaseClauseError; a pattern that does not match still skips the element.
t = fn f -> try do f.() rescue e -> {:raised, e.__struct__, Exception.message(e), Enum.take(__STACKTRACE__, 2)} catch k, v -> {k, v} end end
IO.inspect t.(fn -> for x when x and true <- [1], do: x end)
IO.inspect t.(fn -> for x when true and x <- [1], do: x end)
IO.inspect t.(fn -> for x when x or true <- [1], do: x end)
IO.inspect t.(fn -> for x when not x <- [1], do: x end)
IO.inspect t.(fn -> for x when hd(x) <- [[1]], do: x end)
IO.inspect t.(fn -> for x when hd(x) <- [[true], [false]], do: x end)
IO.inspect t.(fn -> for x when x in [1, 2] <- [1, 3], do: x end)
IO.inspect t.(fn -> for x when x in 1..2 <- [1, 3, :a], do: x end)
IO.inspect t.(fn -> for x when is_integer(x) when is_atom(x) <- [1, 3, :a, "s"], do: x end)
IO.inspect t.(fn -> for x when elem(x, 0) == 1 when is_atom(x) <- [:a, {1}, 3], do: x end)
IO.inspect t.(fn -> for <<x <- "ab">>, x > :a, do: x end)
IO.inspect t.(fn -> for x when map_size(x) > 0 <- [%{a: 1}, 1], into: %{}, do: {x, 1} end)
IO.inspect t.(fn -> for x when is_map_key(x, :a) <- [%{a: 1}, 1], do: x end)
IO.inspect t.(fn -> for {x, y} when x > y <- [{1, 2}, {3, 1}, :a], do: x end)
IO.inspect t.(fn -> for x when x.a == 1 <- [%{a: 1}], do: x end)
IO.inspect t.(fn -> for x when x.a == 1 <- [%{b: 1}], do: x end)
IO.inspect t.(fn -> for x when x.a == 1 <- [1], do: x end)
IO.inspect t.(fn -> for x when x and true <- [1], do: x end)
IO.inspect t.(fn -> for x when hd(x) <- [[1]], do: x end)
defmodule M do
  def f(l) do
    for {a, b} when a > b and elem(b, 0) <- l,
        do: a
  end
end
IO.inspect t.(fn -> M.f([{2, 1}]) end)
M.f([{2, {true}}, {3, {1}}])
IO.inspect(for x when elem(x, 0) == :a <- [{:a}, {:b}], do: x)
IO.inspect(for x when elem(x, 0) == :a <- [1, {:a}], do: x)
