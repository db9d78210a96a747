# Macro.escape of every shape of value, plain, pruned and with unquote: true (splicing, improper
# lists, bitstrings that are no binaries, quote nodes)
x = [9, 8]
values = [
  1, :a, "bin", <<1::3>>, <<1, 2, 3::5>>, [], [1, 2], [1 | 2], [1, 2 | :t], {1, 2}, {1, 2, 3}, %{a: [1, {2, 3}]},
  %{{1, 2} => %{b: 1}}, {:foo, [line: 1], nil}, {:foo, [line: 3, column: 4, no_parens: true], [1]}, &String.upcase/1,
  quote(do: quote(do: unquote(x))), quote(do: quote(bind_quoted: [a: 1], do: a)), [a: 1, b: [c: 2]], {:ok, {:error, [1]}}
]
for v <- values do
  IO.inspect(Macro.escape(v))
  IO.inspect(Macro.escape(v, prune_metadata: true))
  IO.inspect(Macro.escape(v, unquote: true))
end
IO.inspect Macro.escape(quote(do: [1, unquote_splicing(x), 2]), unquote: true)
IO.inspect Macro.escape({:a, quote(do: unquote(x))}, unquote: true)
IO.inspect Macro.escape([quote(do: unquote(x)) | 3], unquote: true)
IO.inspect Macro.escape([1, {:|, [], [quote(do: unquote_splicing(x)), [5]]}], unquote: true)
IO.inspect Macro.escape({quote(do: unquote_splicing(x)), 1}, unquote: true)
IO.inspect Macro.escape([quote(do: unquote_splicing(x))], unquote: true)
IO.inspect Code.eval_quoted(Macro.escape([1, quote(do: unquote_splicing(x)), 2], unquote: true), x: [7])
defmodule M do
  @v %{list: [1, 2 | 3], bits: <<5::4>>, t: {1, 2, 3}}
  def v, do: @v
end
IO.inspect M.v()
