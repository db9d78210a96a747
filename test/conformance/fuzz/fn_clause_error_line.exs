# A fn of several clauses that none matches raises FunctionClauseError at the line of its `fn`,
# as the BEAM points at the fun's start (beamlet pointed at its first clause).
line_of = fn f, arg ->
  try do
    f.(arg)
  rescue
    e in FunctionClauseError ->
      [{_, name, args, loc} | _] = __STACKTRACE__
      IO.inspect({Exception.message(e), Regex.replace(~r/-fun-\d+-/, to_string(name), "-fun-"), args, loc[:line]})
  end
end

f =
  fn
    x when is_atom(x) -> {:atom, x}
    {_, _} = t -> t
  end

line_of.(f, 1)
line_of.(fn x when is_list(x) -> x end, 2)

g = fn
  1 -> :one

  2 ->
    :two
end

line_of.(g, 3)
IO.inspect(g.(2))
