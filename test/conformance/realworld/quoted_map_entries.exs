IO.inspect(quote(do: %{a, b => 1, c}))
IO.inspect(quote(do: %{a}))
IO.inspect(Code.string_to_quoted("%{a, b: 1}"))
IO.inspect(Code.string_to_quoted("%{a => 1, b}"))
kv = [x: 1, y: 2]
IO.inspect(Code.eval_quoted(quote(do: %{unquote_splicing(kv)})))
IO.inspect(Code.eval_quoted(quote(do: %{unquote_splicing(kv), z: 0})))
IO.inspect(Code.string_to_quoted("%{a b}"))
IO.inspect(Code.string_to_quoted("%{a,}"))
