# No-parens call chains and structs nested 10,000 deep parse, compile and run as on Elixir:
# keyword arguments of remote calls, local and remote calls alternating, structs in struct fields
defmodule A do
  defstruct [:a]
  def depth(%{a: x}), do: 1 + depth(x)
  def depth(_), do: 0
end

defmodule M do
  def f(a: x), do: x + 1
  def g(x), do: x + 1
end

defmodule Chains do
  def run(code) do
    {value, _} = Code.eval_string("import M, warn: false\n" <> code)
    value
  end
end

n = 10_000
IO.inspect(Chains.run(String.duplicate("M.f a: ", n) <> "1"))
IO.inspect(Chains.run(String.duplicate("g M.g ", div(n, 2)) <> "1"))
IO.inspect(Chains.run(String.duplicate("M.g g ", div(n, 2)) <> "1"))
IO.inspect(A.depth(Chains.run(String.duplicate("%A{a: ", n) <> "1" <> String.duplicate("}", n))))
IO.inspect(Chains.run("%A{a: %A{a: x}} = " <> String.duplicate("%A{a: ", n) <> "7" <> String.duplicate("}", n) <> "; A.depth(x)"))
{:ok, quoted} = Code.string_to_quoted(String.duplicate("M.f a: g ", n) <> "1")
IO.inspect(Macro.prewalk(quoted, 0, fn node, acc -> {node, acc + 1} end) |> elem(1))
