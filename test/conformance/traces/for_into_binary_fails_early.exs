# `for ... into: ""` over list generators builds its binary as it goes (an iolist accumulator in
# Elixir's reduce fun): a value that is no bitstring fails at once, in the generator's fun, before
# the later elements' side effects
result = for x <- ["a", "b"], y <- [1, 2], y > 1, into: "", do: x <> "#{y}"
IO.inspect(result)
IO.inspect(for x <- ["a", <<1::3>>, "b"], into: <<>>, do: x)
IO.inspect(for {_k, v} <- %{a: "x", b: "y"}, into: "", do: v)

defmodule Join do
  def run(items) do
    for x <- items, into: "" do
      IO.puts("item #{inspect(x)}")
      x
    end
  end
end

IO.inspect(Join.run(["p", "q"]))
Join.run(["a", 1, "b"])
