# A FunctionClauseError raised by a library function written in Elixir (Enum, Calendar.ISO, ...)
# lists Elixir's own clause heads under "Attempted function clauses", as Elixir's debug info has them
blamed = fn f ->
  try do
    f.()
  rescue
    e ->
      {e, _} = Exception.blame(:error, e, __STACKTRACE__)
      IO.puts(Exception.message(e))
  end
end

blamed.(fn -> Enum.chunk_every([1, 2], 0) end)
blamed.(fn -> Date.new(:a, 1, 1) end)
blamed.(fn -> Enum.slide([1, 2], :a, 0) end)
blamed.(fn -> MapSet.new(1, 2) end)

Enum.take([1, 2], :a)
