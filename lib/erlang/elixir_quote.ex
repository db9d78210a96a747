# The run-time half of `quote` that cannot be decided when the quote is compiled: a remote call
# whose name is unquoted, `Left.unquote(name)` and `Left.unquote(name)(args)`. The compiled quote
# calls dot/5 with the unquoted value, as Elixir's quote does (so errors name :elixir_quote.dot/5).
defmodule :elixir_quote do
  @moduledoc false

  # (frames as Elixir's src/elixir_quote.erl: dot/5, list/2 and tail_list/3 at their lines
  # there, and a bad value raised by argument_error/1)
  @file "src/elixir_quote.erl"
  @beamlet_frame_line 452
  def dot(meta, left, right, args, context), do: annotate(do_dot(meta, left, right, args), context)

  defp do_dot(meta, left, {:__aliases__, _, args}, nil), do: {:__aliases__, meta, [left | args]}

  defp do_dot(meta, left, right, nil) when is_atom(right) do
    case Atom.to_string(right) do
      "Elixir." <> _ -> {:__aliases__, meta, [left, right]}
      _ -> {{:., meta, [left, right]}, [no_parens: true] ++ meta, []}
    end
  end

  defp do_dot(meta, left, {right, _, context}, nil) when is_atom(right) and is_atom(context),
    do: {{:., meta, [left, right]}, [no_parens: true] ++ meta, []}

  defp do_dot(meta, left, {right, _, args}, nil) when is_atom(right), do: {{:., meta, [left, right]}, meta, args}

  defp do_dot(_meta, _left, right, nil) do
    argument_error("expected unquote after dot to return an atom, an alias or a quoted call, got: " <> Macro.to_string(right))
  end

  defp do_dot(meta, left, right, args) when is_atom(right), do: {{:., meta, [left, right]}, meta, args}

  defp do_dot(meta, left, {right, _, context}, args) when is_atom(right) and is_atom(context),
    do: {{:., meta, [left, right]}, meta, args}

  defp do_dot(_meta, _left, right, _args) do
    argument_error("expected unquote after dot with args to return an atom or a quoted call, got: " <> Macro.to_string(right))
  end

  # unquote_splicing(left) followed by the quoted items `right`
  @file "src/elixir_quote.erl"
  @beamlet_frame_line 486
  def list(left, right) when is_list(right) do
    validate_list(left)
    left ++ right
  end

  # [items..., unquote_splicing(left) | right]: `tail` holds the quoted items before the splice
  @file "src/elixir_quote.erl"
  @beamlet_frame_line 489
  @beamlet_def_line 489
  def tail_list(left, right, tail) when is_list(right) and is_list(tail) do
    validate_list(left)
    tail ++ left ++ right
  end

  @file "src/elixir_quote.erl"
  @beamlet_frame_line 489
  def tail_list(left, right, tail) when is_list(left) do
    validate_list(left)
    [h | t] = :lists.reverse(tail ++ left)
    :lists.reverse([{:|, [], [h, right]} | t])
  end

  defp validate_list(list) when is_list(list), do: :ok

  defp validate_list(other),
    do: argument_error("expected a list with quoted expressions in unquote_splicing/1, got: " <> inspect(other))

  # Macro.escape/2: a value as the quoted code that builds it (kind :prune_metadata keeps only a
  # node's line and no_parens; with unquote?, unquote(x) inside stands for x)
  def escape(expr, kind, unquote?), do: do_escape(expr, unquote?, kind == :prune_metadata)

  @supported "The supported values are: lists, tuples, maps, atoms, numbers, bitstrings, PIDs and remote functions in the format &Mod.fun/arity"

  defp do_escape({:unquote, _, [expr]}, true, _prune), do: expr
  defp do_escape({left, right}, u, p), do: {do_escape(left, u, p), do_escape(right, u, p)}

  # pruning keeps a node's line and no_parens (what Macro.to_string needs of the call), as Elixir
  defp do_escape({_, meta, _} = tuple, u, true) when is_list(meta) do
    [h, _ | t] = Tuple.to_list(tuple)
    kept = Enum.filter(meta, &match?({key, _} when key in [:no_parens, :line], &1))
    {:{}, [], [do_escape(h, u, true), kept | Enum.map(t, &do_escape(&1, u, true))]}
  end

  defp do_escape(tuple, u, p) when is_tuple(tuple),
    do: {:{}, [], Enum.map(Tuple.to_list(tuple), &do_escape(&1, u, p))}

  defp do_escape(map, u, p) when is_map(map),
    do: {:%{}, [], map |> Map.to_list() |> Enum.map(&do_escape(&1, u, p))}

  defp do_escape([], _u, _p), do: []
  defp do_escape([{:|, _, [_, _]} = h | t], true, p), do: [do_escape(h, true, p) | do_escape(t, true, p)]
  defp do_escape([h | t], u, p) when is_list(t), do: [do_escape(h, u, p) | do_escape(t, u, p)]
  defp do_escape([h | t], u, p), do: [{:|, [], [do_escape(h, u, p), do_escape(t, u, p)]}]

  defp do_escape(fun, _u, _p) when is_function(fun) do
    case Function.info(fun, :type) do
      {:type, :external} ->
        {:module, m} = Function.info(fun, :module)
        {:name, n} = Function.info(fun, :name)
        {:arity, a} = Function.info(fun, :arity)
        {:&, [], [{:/, [], [{{:., [], [m, n]}, [no_parens: true], []}, a]}]}

      _ ->
        argument_error("cannot escape #{inspect(fun)}. " <> @supported)
    end
  end

  defp do_escape(other, _u, _p) when is_reference(other) or is_port(other) do
    argument_error("cannot escape #{inspect(other)}. " <> @supported)
  end

  defp do_escape(other, _u, _p), do: other

  @file "src/elixir_quote.erl"
  @beamlet_frame_line 505
  defp argument_error(message), do: :erlang.error(ArgumentError.exception(message))

  # a definition or attribute built at run time (`Kernel.unquote(:def)(...)`) gets the quote's
  # context on its head, as a compiled one does
  defp annotate({{:., _, [_, def]} = target, meta, [{h, m, a} | t]}, context)
       when def in [:def, :defp, :defmacro, :defmacrop, :@],
       do: {target, meta, [{h, keystore(m, :context, context), a} | t]}

  defp annotate(tree, _context), do: tree

  defp keystore(meta, _key, nil), do: meta
  defp keystore(meta, key, value), do: :lists.keystore(key, 1, meta, {key, value})
end
