# A FunctionClauseError in a library function's private helper (List.delete_at/2 fails in
# do_pop_at/4) lists that helper's own clause heads under "Attempted function clauses"
blamed = fn f ->
  try do
    f.()
  rescue
    e ->
      {e, _} = Exception.blame(:error, e, __STACKTRACE__)
      IO.puts(Exception.message(e))
  end
end

blamed.(fn -> List.delete_at(:a, 1) end)
blamed.(fn -> List.pop_at([1, 2 | 3], 4, :none) end)

List.pop_at(:a, 0)
