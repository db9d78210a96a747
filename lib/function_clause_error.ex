# FunctionClauseError and its blame: the arguments of the failed call (from the top stack frame)
# and, for a module with an object file, each clause of the function with the parts that did not
# match marked (Exception.blame_mfa/3).
defmodule FunctionClauseError do
  defexception [:module, :function, :arity, :kind, :args, :clauses]

  def message(exception) do
    case exception do
      %{module: nil} -> "no function clause matches"
      %{function: nil} -> "no function clause matches"
      %{module: m, function: f, arity: a} -> "no function clause matching in " <> Exception.format_mfa(m, f, a) <> blame(exception, &inspect/1, &blame_match/1)
    end
  end

  @doc false
  # the call's arguments come from the top frame, which then shows the arity instead
  def blame(%{module: module, function: function, arity: arity} = exception, stacktrace) do
    case stacktrace do
      [{^module, ^function, args, meta} | rest] when length(args) == arity ->
        exception =
          case Exception.blame_mfa(module, function, args) do
            {:ok, kind, clauses} -> %{exception | args: args, kind: kind, clauses: clauses}
            :error -> %{exception | args: args}
          end

        {exception, [{module, function, arity, meta} | rest]}

      stacktrace ->
        {exception, stacktrace}
    end
  end

  @doc false
  # The blame text: "\n\nThe following arguments were given to M.f/1:\n" with each argument
  # (inspect_fun), then the clauses (each match node through blame_fun); "" when not blamed.
  def blame(%{args: nil}, _inspect_fun, _blame_fun), do: ""

  def blame(exception, inspect_fun, blame_fun) do
    %{module: module, function: function, arity: arity, kind: kind, args: args, clauses: clauses} = exception
    mfa = Exception.format_mfa(module, function, arity)

    format_clause = fn {args, guards} ->
      head = "    #{kind} #{function}(" <> Enum.map_join(args, ", ", blame_fun) <> ")"
      Enum.reduce(guards, head, fn guard, acc -> acc <> " when " <> guard_to_string(guard, blame_fun) end) <> "\n"
    end

    "\n\nThe following arguments were given to #{mfa}:\n" <> format_args(args, inspect_fun) <> format_clauses(clauses, format_clause, 10)
  end

  defp format_args(args, inspect_fun) do
    args
    |> Enum.with_index(1)
    |> Enum.map_join(fn {arg, i} -> pad("\n# ") <> Integer.to_string(i) <> pad("\n") <> pad(inspect_fun.(arg)) <> "\n" end)
  end

  defp format_clauses(clauses, _format_clause, _limit) when clauses in [nil, []], do: ""

  defp format_clauses(clauses, format_clause, limit) do
    shown = clauses |> Enum.take(limit) |> Enum.map_join(format_clause)
    count = length(clauses)
    "\nAttempted function clauses (showing #{min(count, limit)} out of #{count}):\n\n" <> shown <> not_shown(count - limit)
  end

  defp not_shown(n) when n <= 0, do: ""
  defp not_shown(1), do: "    ...\n    (1 clause not shown)\n"
  defp not_shown(n), do: "    ...\n    (#{n} clauses not shown)\n"

  # `and`/`or` of guards print without parentheses, each side blamed on its own
  defp guard_to_string({op, _, [left, right]}, blame_fun), do: guard_to_string(left, blame_fun) <> " #{op} " <> guard_to_string(right, blame_fun)
  defp guard_to_string(node, blame_fun), do: blame_fun.(node)

  defp blame_match(%{match?: true, node: node}), do: Macro.to_string(node)
  defp blame_match(%{match?: false, node: node}), do: "-" <> Macro.to_string(node) <> "-"

  defp pad(string), do: String.replace(string, "\n", "\n    ")
end
