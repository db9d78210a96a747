# quote(do: unquote_splicing(xs)): a lone unquote_splicing as a do: keyword's body is in no
# argument list nor block: Elixir 1.14's quote raises ArgumentError (here from evaluated code); in
# parentheses or a do/end block it is a block of what it splices, as an argument it splices there
IO.inspect(quote(do: (unquote_splicing([1, 2]))))
IO.inspect(quote do
  unquote_splicing([1, 2])
end)
IO.inspect(quote(do: x = unquote_splicing([1, 2])))
IO.inspect(quote(do: f(0, unquote_splicing([1, 2]))))

try do
  Code.eval_string("quote(do: unquote_splicing([1]))")
rescue
  e -> IO.inspect({e.__struct__, Exception.message(e)})
end
