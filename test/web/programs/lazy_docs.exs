# The library's docs, asked for by a name made at run time: the call waits for them
fun = String.to_atom("fetch_" <> "docs")
{:docs_v1, _, :elixir, "text/markdown", %{"en" => moduledoc}, _, entries} = apply(Code, fun, [Enum])
IO.inspect(is_binary(moduledoc))
{_, _, signature, %{"en" => doc}, _} = Enum.find(entries, &match?({{:function, :map, 2}, _, _, _, _}, &1))
IO.inspect({signature, is_binary(doc)})
