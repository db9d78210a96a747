# A module written against older Elixir: use Bitwise, to_char_list, Enum.chunk, String.strip,
# HashDict, Dict, Set, Enum.filter_map ... run as 1.14 runs them, with its deprecation warnings
defmodule Deps do
  use Bitwise
  def a, do: 5 &&& 3
  def b, do: String.to_char_list("x")
  def c, do: Enum.chunk([1, 2, 3, 4], 2)
  def d, do: String.strip("  x ")
  def e, do: Enum.partition([1, 2, 3], &(&1 > 1))
  def f, do: HashDict.new() |> HashDict.put(:a, 1) |> HashDict.to_list()
  def g, do: Enum.uniq([1, 1], fn x -> x end)
  def h, do: String.ljust("a", 3)
  def i, do: Integer.to_char_list(10)
  def j, do: Kernel.to_char_list(:abc)
  def k, do: Dict.get([a: 1], :a)
  def l, do: Enum.filter_map([1, 2, 3], &(&1 > 1), &(&1 * 2))
  def m, do: Set.member?(MapSet.new([1]), 1)
  def n, do: Macro.to_string(quote(do: 1 + 2), fn _ast, s -> s end)
  def o, do: Float.to_string(1.5, decimals: 2)
  def p, do: Keyword.size([a: 1])
  def q, do: Map.size(%{a: 1})
  def r, do: Enum.flat_map_reduce([1], 0, fn x, a -> {[x], a} end)
  def s, do: System.stacktrace() |> is_list()
  def t, do: Stream.chunk([1, 2, 3], 2) |> Enum.to_list()
  def u, do: Enum.take_every([1, 2, 3], 2)
  def v, do: Atom.to_char_list(:x)
  def w, do: List.Chars.to_charlist(1)
  def x, do: String.codepoints("ab") |> Enum.join()
  def y, do: Regex.regex?(~r/x/)
  def z, do: Access.key(:a) |> is_function()
end
for f <- ~w(a b c d e f g h i j k l m n o p q r s t u v w x y z)a do
  r = try do apply(Deps, f, []) rescue e -> {:raised, e.__struct__} end
  IO.inspect(r, label: "#{f}")
end
