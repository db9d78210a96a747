# Macro.prewalk / postwalk / traverse visit every node in Elixir's order
ast = quote(do: foo(1 + 2, bar(3)))

Macro.prewalk(ast, fn node ->
  IO.inspect(node, label: "pre")
  node
end)

Macro.postwalk(ast, fn node ->
  IO.inspect(node, label: "post")
  node
end)

doubled =
  Macro.postwalk(ast, fn
    n when is_integer(n) -> n * 2
    other -> other
  end)

IO.puts(Macro.to_string(doubled))

{_, acc} = Macro.prewalk(ast, [], fn
  n, acc when is_integer(n) -> {n, [n | acc]}
  other, acc -> {other, acc}
end)

IO.inspect(acc)

{_, count} =
  Macro.traverse(ast, 0, fn n, a -> {n, a + 1} end, fn n, a -> {n, a + 10} end)

IO.inspect(count)
{new, names} = Macro.postwalk(quote(do: a + b * c), [], fn
  {name, _, ctx} = v, acc when is_atom(name) and is_atom(ctx) -> {v, [name | acc]}
  n, acc -> {n, acc}
end)
IO.inspect(names)
IO.puts(Macro.to_string(new))
