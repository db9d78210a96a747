# Exception.Blame: the clauses of a function matched against the arguments of a failed call, for
# FunctionClauseError's "Attempted function clauses" (Exception.blame_mfa/3). As in Elixir, only a
# module loaded from an object file (its debug info) and the library have clause heads; each
# argument pattern is matched in turn (variables bound by one must agree in the next), then each guard leaf is
# evaluated with those bindings; an error while evaluating counts as a mismatch.
defmodule Exception.Blame do
  @moduledoc false
  @value :blame_value_

  def clauses(module, function, args) do
    case heads(module, function, length(args)) do
      {kind, clauses} -> {:ok, kind, Enum.map(clauses, &blame_clause(&1, args))}
      _ -> :error
    end
  end

  # a library function written in TS has Elixir's own heads (vm/bifs/library_clauses.ts)
  defp heads(module, function, arity) do
    with [_ | _] <- :code.which(module),
         {_, _} = heads <- :beamlet.debug_clauses(module, function, arity) do
      heads
    else
      _ -> :beamlet.library_clauses(module, function, arity)
    end
  end

  defp blame_clause({patterns, guards}, args) do
    {args, binding} =
      patterns
      |> Enum.zip(args)
      |> Enum.map_reduce([], fn {pattern, arg}, binding ->
        {match?, binding} = match(pattern, arg, binding)
        {%{match?: match?, node: pattern}, binding}
      end)

    {args, Enum.map(guards, &blame_guard(&1, binding))}
  end

  defp match(pattern, value, binding) do
    bound = Keyword.keys(binding)
    pattern = pattern |> plain_vars() |> pin(bound)
    # case blame_value_ do PATTERN -> {:matched, binding()}; _ -> :nomatch end, the variables
    # of the script's context (binding/0 returns those)
    clause = {:->, [], [[pattern], {:matched, {:binding, [], []}}]}
    other = {:->, [], [[{:_, [], nil}], :nomatch]}
    code = {:case, [], [{@value, [], nil}, [do: [clause, other]]]}

    case Code.eval_quoted(code, [{@value, value} | binding]) do
      {{:matched, new}, _} -> {true, Keyword.delete(new, @value)}
      _ -> {false, binding}
    end
  rescue
    _ -> {false, binding}
  end

  # `and`/`or` keep their shape (FunctionClauseError.blame/3 prints them without parentheses),
  # with the value they had in their meta
  defp blame_guard({op, meta, [left, right]}, binding) when op in [:and, :or] do
    sides = [blame_guard(left, binding), blame_guard(right, binding)]
    [l, r] = Enum.map(sides, &guard_value/1)
    value = if op == :and, do: l and r, else: l or r
    {op, Keyword.put(meta, :value, value), sides}
  end

  defp blame_guard(guard, binding) do
    %{match?: guard_true?(guard, binding), node: guard}
  end

  defp guard_value(%{match?: value}), do: value
  defp guard_value({_, meta, _}), do: meta[:value]

  # a guard is false where the pattern left one of its variables unbound (it is not evaluated:
  # compiling a name that is not a variable would warn about it)
  defp guard_true?(guard, binding) do
    guard = plain_vars(guard)
    all_bound?(guard, binding) and match?({true, _}, Code.eval_quoted(guard, binding))
  rescue
    _ -> false
  catch
    _, _ -> false
  end

  defp all_bound?(ast, binding) do
    {_, unbound} =
      Macro.prewalk(ast, false, fn
        {name, _, nil} = var, acc when is_atom(name) and name not in [:__MODULE__, :__ENV__, :__DIR__, :__CALLER__, :__STACKTRACE__] ->
          {var, acc or not Keyword.has_key?(binding, name)}
        other, acc -> {other, acc}
      end)

    not unbound
  end

  # the heads' variables as a plain script's (their hygiene contexts do not matter here)
  defp plain_vars(ast) do
    Macro.prewalk(ast, fn
      {name, meta, context} when is_atom(name) and is_atom(context) -> {name, meta, nil}
      other -> other
    end)
  end

  # (after the children: a pin's own variable is not visited again)
  defp pin(ast, bound) do
    Macro.postwalk(ast, fn
      {name, meta, nil} = var when is_atom(name) ->
        if name in bound, do: {:^, meta, [var]}, else: var

      other ->
        other
    end)
  end
end
