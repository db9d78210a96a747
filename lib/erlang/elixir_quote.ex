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
  # node's line and no_parens; with unquote?, unquote(x) inside stands for x). Walked as Elixir's
  # escape/3 walks it, do_quote/3 over do_escape/3 and the list helpers, each call where theirs
  # is: a bad value's error shows their frames, at their lines.
  @file "src/elixir_quote.erl"
  def escape(expr, kind, unquote?), do: do_quote(expr, unquote?, kind)

  @supported "The supported values are: lists, tuples, maps, atoms, numbers, bitstrings, PIDs and remote functions in the format &Mod.fun/arity"

  @file "src/elixir_quote.erl"
  defp do_quote({:quote, meta, [arg]}, _u, e), do: {:{}, [], [:quote, meta, [__at_line__(269, do_quote(arg, false, e))]]}

  defp do_quote({:quote, meta, [opts, arg]}, u, e) do
    t_opts = __at_line__(279, do_quote(opts, u, e))
    t_arg = __at_line__(280, do_quote(arg, false, e))
    {:{}, [], [:quote, meta, [t_opts, t_arg]]}
  end

  defp do_quote({:unquote, _, [expr]}, true, _e), do: expr

  # (a pair with an unquote_splicing side is quoted as the 2-element tuple node it stands for)
  defp do_quote({left, right}, true, e)
       when (is_tuple(left) and elem(left, 0) == :unquote_splicing) or (is_tuple(right) and elem(right, 0) == :unquote_splicing),
       do: do_quote({:{}, [], [left, right]}, true, e)

  defp do_quote({left, right}, u, e) do
    t_left = __at_line__(356, do_quote(left, u, e))
    t_right = __at_line__(357, do_quote(right, u, e))
    {t_left, t_right}
  end

  defp do_quote(other, u, e), do: do_escape(other, u, e)

  @file "src/elixir_quote.erl"
  defp do_escape({left, meta, right}, u, :prune_metadata = e) when is_list(meta) do
    kept = for {k, v} <- meta, k == :no_parens or k == :line, do: {k, v}
    t_left = __at_line__(129, do_quote(left, u, e))
    t_right = __at_line__(130, do_quote(right, u, e))
    {:{}, [], [t_left, kept, t_right]}
  end

  defp do_escape(tuple, u, e) when is_tuple(tuple), do: {:{}, [], __at_line__(134, do_quote(Tuple.to_list(tuple), u, e))}

  defp do_escape(bits, _u, _e) when is_bitstring(bits) do
    case rem(bit_size(bits), 8) do
      0 ->
        bits

      size ->
        <<head::size(size), rest::binary>> = bits
        {:<<>>, [], [{:"::", [], [head, {:size, [], [size]}]}, {:"::", [], [rest, {:binary, [], []}]}]}
    end
  end

  defp do_escape(map, u, e) when is_map(map), do: {:%{}, [], __at_line__(147, do_quote(:maps.to_list(map), u, e))}
  defp do_escape([], _u, _e), do: []
  defp do_escape([h | t], false, e), do: do_quote_simple_list(t, __at_line__(153, do_quote(h, false, e)), false, e)

  defp do_escape([h | t], true, e) do
    try do
      :lists.reverse(t, [h])
    catch
      _, _ ->
        {l, r} = reverse_improper(t, [h])
        t_list = __at_line__(162, do_quote_splice(l, true, e, [], []))
        t_right = __at_line__(163, do_quote(r, true, e))
        update_last(t_list, fn x -> {:|, [], [x, t_right]} end)
    else
      l -> __at_line__(158, do_quote_tail(l, true, e))
    end
  end

  defp do_escape(other, _u, _e) when is_number(other) or is_pid(other) or is_atom(other), do: other

  defp do_escape(fun, _u, _e) when is_function(fun) do
    case Function.info(fun, :env) == {:env, []} and Function.info(fun, :type) == {:type, :external} do
      true ->
        {:module, m} = Function.info(fun, :module)
        {:name, n} = Function.info(fun, :name)
        {:arity, a} = Function.info(fun, :arity)
        {:&, [], [{:/, [], [{{:., [], [m, n]}, [no_parens: true], []}, a]}]}

      false ->
        bad_escape(fun)
    end
  end

  defp do_escape(other, _u, _e), do: bad_escape(other)

  defp bad_escape(arg), do: argument_error("cannot escape #{inspect(arg)}. " <> @supported)

  @file "src/elixir_quote.erl"
  defp do_quote_simple_list([], prev, _u, _e), do: [prev]
  defp do_quote_simple_list([h | t], prev, u, e), do: [prev | __at_line__(411, do_quote_simple_list(t, __at_line__(411, do_quote(h, u, e)), u, e))]
  defp do_quote_simple_list(other, prev, u, e), do: [{:|, [], [prev, __at_line__(413, do_quote(other, u, e))]}]

  # (the list reversed; an unquote_splicing in it becomes a call made at run time)
  @file "src/elixir_quote.erl"
  defp do_quote_tail([{:|, meta, [{:unquote_splicing, _, [left]}, right]} | t], true, e) do
    t_list = __at_line__(419, do_quote_splice(t, true, e, [], []))
    t_right = __at_line__(420, do_quote(right, true, e))
    runtime_list(meta, :tail_list, [left, t_right, t_list])
  end

  defp do_quote_tail(list, u, e), do: do_quote_splice(list, u, e, [], [])

  @file "src/elixir_quote.erl"
  defp do_quote_splice([{:unquote_splicing, meta, [expr]} | t], true, e, buffer, acc),
    do: do_quote_splice(t, true, e, [], runtime_list(meta, :list, [expr, list_concat(buffer, acc)]))

  defp do_quote_splice([h | t], u, e, buffer, acc),
    do: do_quote_splice(t, u, e, [__at_line__(431, do_quote(h, u, e)) | buffer], acc)

  defp do_quote_splice([], _u, _e, buffer, acc), do: list_concat(buffer, acc)

  defp list_concat(left, []), do: left
  defp list_concat([], right), do: right
  defp list_concat(left, right), do: {{:., [], [:erlang, :++]}, [], [left, right]}

  defp runtime_list(meta, fun, args), do: {{:., meta, [:elixir_quote, fun]}, meta, args}

  defp reverse_improper([h | t], acc), do: reverse_improper(t, [h | acc])
  defp reverse_improper([], acc), do: acc
  defp reverse_improper(t, acc), do: {acc, t}

  defp update_last([], _f), do: []
  defp update_last([h], f), do: [f.(h)]
  defp update_last([h | t], f), do: [h | update_last(t, f)]

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
