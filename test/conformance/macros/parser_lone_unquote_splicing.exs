# a lone unquote_splicing in a block or parentheses is parsed into a __block__ (elixir_parser's
# build_block), which is what quote splices into
IO.inspect Code.string_to_quoted!("unquote_splicing(x)")
IO.inspect Code.string_to_quoted!("(not x)")
IO.inspect Code.string_to_quoted!("(unquote_splicing(x))", columns: true)
IO.inspect Code.string_to_quoted!("(unquote_splicing(x, y))")
IO.inspect Code.string_to_quoted!("quote do\n unquote_splicing(x)\nend")
IO.inspect Code.string_to_quoted!("quote do: unquote_splicing(x)")
IO.inspect Code.string_to_quoted!("(unquote_splicing(x))")
IO.inspect Code.string_to_quoted!("fn -> unquote_splicing(x) end")
x = [1, 2]
IO.inspect quote(do: (unquote_splicing(x)))
IO.inspect(quote do
  unquote_splicing(x)
end)
