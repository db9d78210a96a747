# unquote evaluates in place; unquote_splicing splices lists into lists, calls and blocks
x = 10
list = [1, 2, 3]
IO.inspect(quote(do: unquote(x) + 1))
IO.inspect(quote(do: [0, unquote_splicing(list), 4]))
IO.inspect(quote(do: foo(unquote_splicing(list))))
IO.inspect(quote(do: foo(:a, unquote_splicing(list), :b)))
IO.inspect(quote(do: {unquote(x), unquote(x * 2)}))
name = :my_fun
IO.inspect(quote(do: unquote(name)(1, 2)))
mod = String
IO.inspect(quote(do: unquote(mod).upcase("x")))
ast = quote(do: a * b)
IO.inspect(quote(do: unquote(ast) + 1))
IO.inspect(quote(do: [unquote_splicing([]), 1]))
exprs = [quote(do: a = 1), quote(do: a + 1)]
IO.inspect(quote(do: (unquote_splicing(exprs))))
IO.inspect(quote(do: %{key: unquote(x)}))
IO.inspect(quote(do: "#{unquote(x)}"))
