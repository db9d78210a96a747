# Macro.pipe/3 refuses what cannot take a piped argument with Elixir 1.14's messages; Macro.update_meta/2
# changes the node's own meta only; a % call of other than two arguments prints as a call
cases = [
  quote(do: &foo/1), quote(do: {1, 2}), quote(do: {1, 2, 3}), quote(do: %{a: 1}), quote(do: Foo.Bar),
  quote(do: <<1>>), quote(do: -x), quote(do: +x), quote(do: !x), quote(do: a + b), quote(do: a - b), quote(do: a.b),
  quote(do: fn x -> x end), quote(do: 1), quote(do: :atom), quote(do: "s"), quote(do: [1]), {:unquote, [], [{:x, [], nil}]},
  {:unquote_splicing, [], [{:x, [], nil}]}, quote(do: x), quote(do: not x), quote(do: a in b), quote(do: a..b), quote(do: a |> b),
  quote(do: a = b), quote(do: @foo), quote(do: ^x), quote(do: (a; b)), quote(do: __MODULE__), quote(do: a when b),
  quote(do: %Foo{}), quote(do: f.()), quote(do: :erlang.+(1))
]
for c <- cases do
  try do
    IO.puts Macro.to_string(Macro.pipe(quote(do: v), c, 0))
  rescue
    e -> IO.puts "#{inspect e.__struct__}: #{Exception.message(e)}"
  end
end
IO.inspect Macro.update_meta(quote(do: foo(bar(1))), &Keyword.put(&1, :x, 1))
IO.inspect Macro.update_meta(:a, &Keyword.put(&1, :x, 1))
IO.inspect Macro.update_meta(quote(do: x), &Keyword.put(&1, :x, 1))
IO.puts Macro.to_string({:%, [], [{:v, [], nil}]})
