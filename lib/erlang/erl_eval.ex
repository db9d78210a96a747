defmodule :erl_eval do
  @moduledoc """
  OTP 25's erl_eval: bindings (an orddict of variable names to values, or a map) and the
  evaluation of Erlang abstract syntax as :erl_parse.parse_exprs/1 gives it (exprs/2,3, expr/2,3,
  expr_list/2): matching, operators, local calls to auto-imported BIFs, remote calls, funs,
  case/if/receive/try/catch/begin, list and binary comprehensions, maps and binaries.
  Failures raise erl_eval's reasons ({:unbound_var, var}, {:badmatch, v}, {:case_clause, v},
  :if_clause, {:try_clause, v}, :function_clause, {:badfun, f}, :undef).
  """

  def new_bindings, do: :orddict.new()

  def bindings(bindings) when is_map(bindings), do: :maps.to_list(bindings)
  def bindings(bindings) when is_list(bindings), do: :orddict.to_list(bindings)

  def binding(name, bindings) when is_map(bindings) do
    case bindings do
      %{^name => value} -> {:value, value}
      _ -> :unbound
    end
  end

  def binding(name, bindings) when is_list(bindings) do
    case :orddict.find(name, bindings) do
      {:ok, value} -> {:value, value}
      :error -> :unbound
    end
  end

  def add_binding(name, value, bindings) when is_map(bindings), do: :maps.put(name, value, bindings)
  def add_binding(name, value, bindings) when is_list(bindings), do: :orddict.store(name, value, bindings)

  def del_binding(name, bindings) when is_map(bindings), do: :maps.remove(name, bindings)
  def del_binding(name, bindings) when is_list(bindings), do: :orddict.erase(name, bindings)

  # ---- evaluation ----------------------------------------------------------------------------
  # Bindings are a map while evaluating; the answer gives them back in the caller's form.

  def exprs(exprs, bindings), do: exprs(exprs, bindings, :none)
  def exprs(exprs, bindings, _local_handler), do: exprs(exprs, bindings, :none, :none)

  def exprs(exprs, bindings, _local_handler, _non_local_handler) when is_list(exprs) do
    {value, bs} = body(exprs, to_map(bindings))
    {:value, value, from_map(bs, bindings)}
  end

  def expr(expr, bindings), do: expr(expr, bindings, :none)
  def expr(expr, bindings, _local_handler), do: expr(expr, bindings, :none, :none)

  def expr(expr, bindings, _local_handler, _non_local_handler) do
    {value, bs} = eval(expr, to_map(bindings))
    {:value, value, from_map(bs, bindings)}
  end

  def expr_list(exprs, bindings) do
    {values, bs} = eval_list(exprs, to_map(bindings))
    {values, from_map(bs, bindings)}
  end

  defp to_map(bs) when is_map(bs), do: bs
  defp to_map(bs) when is_list(bs), do: :maps.from_list(bs)

  defp from_map(bs, original) when is_map(original), do: bs
  defp from_map(bs, _original), do: :orddict.from_list(:maps.to_list(bs))

  defp body([e], bs), do: eval(e, bs)

  defp body([e | rest], bs) do
    {_, bs} = eval(e, bs)
    body(rest, bs)
  end

  defp eval_list(es, bs) do
    {values, bs} = Enum.reduce(es, {[], bs}, fn e, {acc, bs} -> {v, bs} = eval(e, bs); {[v | acc], bs} end)
    {:lists.reverse(values), bs}
  end

  defp eval({lit, _, v}, bs) when lit in [:integer, :float, :atom, :char, :string], do: {v, bs}
  defp eval({nil, _}, bs), do: {[], bs}

  defp eval({:var, _, name}, bs) do
    case bs do
      %{^name => v} -> {v, bs}
      _ -> :erlang.error({:unbound_var, name})
    end
  end

  defp eval({:cons, _, h, t}, bs) do
    {hv, bs} = eval(h, bs)
    {tv, bs} = eval(t, bs)
    {[hv | tv], bs}
  end

  defp eval({:tuple, _, es}, bs) do
    {vs, bs} = eval_list(es, bs)
    {:erlang.list_to_tuple(vs), bs}
  end

  defp eval({:map, _, fields}, bs) do
    Enum.reduce(fields, {%{}, bs}, fn {:map_field_assoc, _, k, v}, {m, bs} ->
      {kv, bs} = eval(k, bs)
      {vv, bs} = eval(v, bs)
      {:maps.put(kv, vv, m), bs}
    end)
  end

  defp eval({:map, _, base, fields}, bs) do
    {m, bs} = eval(base, bs)
    if not is_map(m), do: :erlang.error({:badmap, m})

    Enum.reduce(fields, {m, bs}, fn {kind, _, k, v}, {m, bs} ->
      {kv, bs} = eval(k, bs)
      {vv, bs} = eval(v, bs)
      if kind == :map_field_exact and not :erlang.is_map_key(kv, m), do: :erlang.error({:badkey, kv})
      {:maps.put(kv, vv, m), bs}
    end)
  end

  defp eval({:match, _, pattern, e}, bs) do
    {v, bs} = eval(e, bs)

    case match(pattern, v, bs) do
      {:ok, bs} -> {v, bs}
      :nomatch -> :erlang.error({:badmatch, v})
    end
  end

  defp eval({:op, _, :andalso, l, r}, bs) do
    case eval(l, bs) do
      {true, bs} -> eval(r, bs)
      {false, bs} -> {false, bs}
      {other, _} -> :erlang.error({:badarg, other})
    end
  end

  defp eval({:op, _, :orelse, l, r}, bs) do
    case eval(l, bs) do
      {false, bs} -> eval(r, bs)
      {true, bs} -> {true, bs}
      {other, _} -> :erlang.error({:badarg, other})
    end
  end

  defp eval({:op, _, op, l, r}, bs) do
    {lv, bs} = eval(l, bs)
    {rv, bs} = eval(r, bs)
    {apply(:erlang, op, [lv, rv]), bs}
  end

  defp eval({:op, _, op, e}, bs) do
    {v, bs} = eval(e, bs)
    {apply(:erlang, op, [v]), bs}
  end

  defp eval({:call, _, {:remote, _, m, f}, args}, bs) do
    {mv, bs} = eval(m, bs)
    {fv, bs} = eval(f, bs)
    {avs, bs} = eval_list(args, bs)
    {apply(mv, fv, avs), bs}
  end

  defp eval({:call, _, {:atom, _, name}, args}, bs) do
    {avs, bs} = eval_list(args, bs)

    if :erlang.function_exported(:erlang, name, length(avs)),
      do: {apply(:erlang, name, avs), bs},
      else: :erlang.error({:undef, [{:erl_eval, name, avs, []}]})
  end

  defp eval({:call, _, f, args}, bs) do
    {fv, bs} = eval(f, bs)
    {avs, bs} = eval_list(args, bs)
    if not is_function(fv, length(avs)), do: :erlang.error({:badfun, fv})
    {apply(fv, avs), bs}
  end

  defp eval({:block, _, es}, bs), do: body(es, bs)

  defp eval({:case, _, e, clauses}, bs) do
    {v, bs} = eval(e, bs)

    case match_clauses(clauses, [v], bs) do
      {body, bs} -> body(body, bs)
      :nomatch -> :erlang.error({:case_clause, v})
    end
  end

  defp eval({:if, _, clauses}, bs) do
    case Enum.find(clauses, fn {:clause, _, [], guards, _} -> guards?(guards, bs) end) do
      {:clause, _, [], _, body} -> body(body, bs)
      nil -> :erlang.error(:if_clause)
    end
  end

  defp eval({:catch, _, e}, bs) do
    try do
      eval(e, bs)
    catch
      :throw, value -> {value, bs}
      :exit, reason -> {{:EXIT, reason}, bs}
      :error, reason -> {{:EXIT, {reason, __STACKTRACE__}}, bs}
    end
  end

  defp eval({:try, _, body, of_clauses, catch_clauses, after_body}, bs) do
    try do
      {v, bs1} = body(body, bs)

      case of_clauses do
        [] ->
          {v, bs1}

        _ ->
          case match_clauses(of_clauses, [v], bs1) do
            {b, bs2} -> body(b, bs2)
            :nomatch -> :erlang.error({:try_clause, v})
          end
      end
    catch
      kind, reason ->
        stack = __STACKTRACE__

        case match_clauses(catch_clauses, [{kind, reason, stack}], bs) do
          {b, bs2} -> body(b, bs2)
          :nomatch -> :erlang.raise(kind, reason, stack)
        end
    after
      if after_body != [], do: body(after_body, bs)
    end
  end

  defp eval({:receive, _, clauses}, bs), do: eval_receive(clauses, :infinity, [], bs)

  defp eval({:receive, _, clauses, timeout, after_body}, bs) do
    {t, bs} = eval(timeout, bs)
    eval_receive(clauses, t, after_body, bs)
  end

  defp eval({:lc, _, e, qualifiers}, bs), do: {comprehension(e, qualifiers, bs), bs}

  defp eval({:bc, _, e, qualifiers}, bs) do
    {comprehension(e, qualifiers, bs) |> :erlang.list_to_bitstring(), bs}
  end

  defp eval({:bin, _, elements}, bs) do
    {parts, bs} =
      Enum.reduce(elements, {[], bs}, fn
        {:bin_element, _, {:string, _, chars}, :default, types}, {acc, bs} when types in [:default, [:integer]] ->
          {[:erlang.list_to_binary(chars) | acc], bs}

        {:bin_element, _, e, size, types}, {acc, bs} ->
        {v, bs} = eval(e, bs)
        {sz, bs} = if size == :default, do: {:default, bs}, else: eval(size, bs)
        {[build_segment(v, sz, seg_types(types)) | acc], bs}
      end)

    {:erlang.list_to_bitstring(:lists.reverse(parts)), bs}
  end

  defp eval({:fun, _, {:function, name, arity}}, bs) when is_atom(name) do
    # a local fun in evaluated code: the BIF it names
    {:erlang.make_fun(:erlang, name, arity), bs}
  end

  defp eval({:fun, _, {:function, m, f, a}}, bs) do
    {mv, bs} = eval(m, bs)
    {fv, bs} = eval(f, bs)
    {av, bs} = eval(a, bs)
    {:erlang.make_fun(mv, fv, av), bs}
  end

  defp eval({:fun, _, {:clauses, [{:clause, _, params, _, _} | _] = clauses}}, bs) do
    {expr(length(params), fn args -> apply_clauses(clauses, args, bs) end, nil, nil, nil, nil), bs}
  end

  defp eval(other, _bs), do: :erlang.error({:illegal_expression, other})

  defp apply_clauses(clauses, args, bs) do
    case match_clauses(clauses, args, bs) do
      {b, bs} -> b |> body(bs) |> elem(0)
      :nomatch -> :erlang.error(:function_clause)
    end
  end

  # a fun of the clauses' arity (named expr/6 so that it inspects as erl_eval's funs do)
  defp expr(0, run, _, _, _, _), do: fn -> run.([]) end
  defp expr(1, run, _, _, _, _), do: fn a -> run.([a]) end
  defp expr(2, run, _, _, _, _), do: fn a, b -> run.([a, b]) end
  defp expr(3, run, _, _, _, _), do: fn a, b, c -> run.([a, b, c]) end
  defp expr(4, run, _, _, _, _), do: fn a, b, c, d -> run.([a, b, c, d]) end
  defp expr(5, run, _, _, _, _), do: fn a, b, c, d, e -> run.([a, b, c, d, e]) end
  defp expr(6, run, _, _, _, _), do: fn a, b, c, d, e, f -> run.([a, b, c, d, e, f]) end
  defp expr(n, _run, _, _, _, _), do: :erlang.error({:argument_limit, n})

  # Erlang patterns are data here, so the mailbox is read with Process.info and the first matching
  # message taken by value (an equal message before it would have matched too); with none, the
  # mailbox is looked at again as time passes (a poll: Elixir's receive cannot take a pattern
  # built at run time) until the timeout.
  defp eval_receive(clauses, timeout, after_body, bs) do
    deadline = if timeout == :infinity, do: :infinity, else: :erlang.monotonic_time(:millisecond) + timeout
    wait_loop(clauses, deadline, after_body, bs, 0)
  end

  defp wait_loop(clauses, deadline, after_body, bs, seen) do
    {:messages, messages} = Process.info(self(), :messages)

    found =
      messages
      |> Enum.drop(seen)
      |> Enum.find_value(fn msg ->
        case match_clauses(clauses, [msg], bs) do
          {b, bs} -> {msg, b, bs}
          :nomatch -> nil
        end
      end)

    case found do
      {msg, b, bs} ->
        receive do
          ^msg -> body(b, bs)
        end

      nil ->
        left = if deadline == :infinity, do: 5, else: max(0, deadline - :erlang.monotonic_time(:millisecond))

        if left == 0 and deadline != :infinity do
          if after_body == [], do: {true, bs}, else: body(after_body, bs)
        else
          Process.sleep(min(left, 5))
          wait_loop(clauses, deadline, after_body, bs, length(messages))
        end
    end
  end

  defp comprehension(e, [], bs) do
    {v, _} = eval(e, bs)
    [v]
  end

  defp comprehension(e, [{:generate, _, pattern, source} | rest], bs) do
    {list, _} = eval(source, bs)
    if not is_list(list), do: :erlang.error({:bad_generator, list})

    Enum.flat_map(list, fn x ->
      case match(pattern, x, bs) do
        {:ok, bs} -> comprehension(e, rest, bs)
        :nomatch -> []
      end
    end)
  end

  defp comprehension(e, [{:b_generate, _, pattern, source} | rest], bs) do
    {bin, _} = eval(source, bs)
    b_generate(e, pattern, bin, rest, bs)
  end

  defp comprehension(e, [filter | rest], bs) do
    case eval(filter, bs) do
      {true, bs} -> comprehension(e, rest, bs)
      {false, _} -> []
      {other, _} -> :erlang.error({:bad_filter, other})
    end
  end

  defp b_generate(e, {:bin, _, elements} = pattern, bin, rest, bs0) do
    case match_bin(elements, bin, bs0) do
      {:ok, bs, tail} -> comprehension(e, rest, bs) ++ b_generate(e, pattern, tail, rest, bs0)
      _ -> []
    end
  end

  # ---- clauses, guards, patterns -------------------------------------------------------------

  defp match_clauses([], _values, _bs), do: :nomatch

  defp match_clauses([{:clause, _, patterns, guards, body} | rest], values, bs) do
    case match_all(patterns, values, bs) do
      {:ok, bs1} -> if guards?(guards, bs1), do: {body, bs1}, else: match_clauses(rest, values, bs)
      :nomatch -> match_clauses(rest, values, bs)
    end
  end

  defp match_all([], [], bs), do: {:ok, bs}

  defp match_all([p | ps], [v | vs], bs) do
    case match(p, v, bs) do
      {:ok, bs} -> match_all(ps, vs, bs)
      :nomatch -> :nomatch
    end
  end

  defp match_all(_, _, _), do: :nomatch

  defp guards?([], _bs), do: true
  defp guards?(alternatives, bs), do: Enum.any?(alternatives, fn tests -> Enum.all?(tests, &guard_test(&1, bs)) end)

  defp guard_test(test, bs) do
    try do
      eval(test, bs) |> elem(0) == true
    catch
      _, _ -> false
    end
  end

  defp match({:var, _, :_}, _v, bs), do: {:ok, bs}

  defp match({:var, _, name}, v, bs) do
    case bs do
      %{^name => ^v} -> {:ok, bs}
      %{^name => _} -> :nomatch
      _ -> {:ok, Map.put(bs, name, v)}
    end
  end

  defp match({lit, _, x}, v, bs) when lit in [:integer, :float, :atom, :char, :string], do: if(x === v, do: {:ok, bs}, else: :nomatch)
  defp match({nil, _}, v, bs), do: if(v == [], do: {:ok, bs}, else: :nomatch)

  defp match({:cons, _, h, t}, [hv | tv], bs) do
    with {:ok, bs} <- match(h, hv, bs), do: match(t, tv, bs)
  end

  defp match({:tuple, _, ps}, v, bs) when is_tuple(v) and tuple_size(v) == length(ps), do: match_all(ps, :erlang.tuple_to_list(v), bs)

  defp match({:map, _, fields}, v, bs) when is_map(v) do
    Enum.reduce_while(fields, {:ok, bs}, fn {:map_field_exact, _, k, p}, {:ok, bs} ->
      {kv, _} = eval(k, bs)

      case v do
        %{^kv => x} ->
          case match(p, x, bs) do
            {:ok, bs} -> {:cont, {:ok, bs}}
            :nomatch -> {:halt, :nomatch}
          end

        _ ->
          {:halt, :nomatch}
      end
    end)
  end

  defp match({:match, _, p1, p2}, v, bs) do
    with {:ok, bs} <- match(p1, v, bs), do: match(p2, v, bs)
  end

  # a negative number or a string prefix in a pattern
  defp match({:op, _, op, _} = e, v, bs) when op in [:-, :+] do
    {x, _} = eval(e, bs)
    if x === v, do: {:ok, bs}, else: :nomatch
  end

  defp match({:op, _, :++, {:string, _, prefix}, rest}, v, bs) when is_list(v) do
    if :lists.prefix(prefix, v), do: match(rest, :lists.nthtail(length(prefix), v), bs), else: :nomatch
  end

  defp match({:bin, _, elements}, v, bs) when is_bitstring(v) do
    case match_bin(elements, v, bs) do
      {:ok, bs, <<>>} -> {:ok, bs}
      _ -> :nomatch
    end
  end

  defp match(_pattern, _v, _bs), do: :nomatch

  # ---- binaries ------------------------------------------------------------------------------

  defp seg_types(:default), do: {:integer, :unsigned, :big, nil}

  defp seg_types(types) do
    Enum.reduce(types, {:integer, :unsigned, :big, nil}, fn
      t, {_, s, e, u} when t in [:integer, :float, :binary, :bytes, :bitstring, :bits, :utf8, :utf16, :utf32] -> {t, s, e, u}
      t, {ty, _, e, u} when t in [:signed, :unsigned] -> {ty, t, e, u}
      t, {ty, s, _, u} when t in [:big, :little, :native] -> {ty, s, t, u}
      {:unit, n}, {ty, s, e, _} -> {ty, s, e, n}
    end)
  end

  defp build_segment(v, size, {type, _signed, endian, unit}) do
    case type do
      :integer ->
        bits = if size == :default, do: 8, else: size * (unit || 1)
        if endian == :little, do: <<v::little-size(bits)>>, else: <<v::size(bits)>>

      :float ->
        bits = if size == :default, do: 64, else: size * (unit || 1)
        if endian == :little, do: <<v::float-little-size(bits)>>, else: <<v::float-size(bits)>>

      t when t in [:binary, :bytes] ->
        if size == :default, do: <<v::binary>>, else: <<v::binary-size(size)>>

      t when t in [:bitstring, :bits] ->
        if size == :default, do: <<v::bitstring>>, else: <<v::bitstring-size(size)>>

      :utf8 -> <<v::utf8>>
      :utf16 -> if endian == :little, do: <<v::utf16-little>>, else: <<v::utf16>>
      :utf32 -> if endian == :little, do: <<v::utf32-little>>, else: <<v::utf32>>
    end
  end

  defp match_bin([], rest, bs), do: {:ok, bs, rest}

  defp match_bin([{:bin_element, _, p, size, types} | more], bin, bs) do
    {sz, _} = if size == :default, do: {:default, bs}, else: eval(size, bs)

    case take_segment(bin, sz, seg_types(types), more == []) do
      {v, rest} ->
        case match(p, v, bs) do
          {:ok, bs} -> match_bin(more, rest, bs)
          :nomatch -> :nomatch
        end

      :nomatch ->
        :nomatch
    end
  end

  defp take_segment(bin, size, {type, signed, endian, unit}, last?) do
    case type do
      :integer ->
        bits = if size == :default, do: 8, else: size * (unit || 1)

        case {bin, signed, endian} do
          {<<v::little-signed-size(bits), r::bitstring>>, :signed, :little} -> {v, r}
          {<<v::little-size(bits), r::bitstring>>, :unsigned, :little} -> {v, r}
          {<<v::signed-size(bits), r::bitstring>>, :signed, _} -> {v, r}
          {<<v::size(bits), r::bitstring>>, :unsigned, _} -> {v, r}
          _ -> :nomatch
        end

      :float ->
        bits = if size == :default, do: 64, else: size * (unit || 1)

        case bin do
          <<v::float-size(bits), r::bitstring>> -> {v, r}
          _ -> :nomatch
        end

      t when t in [:binary, :bytes, :bitstring, :bits] ->
        cond do
          size != :default ->
            n = if t in [:binary, :bytes], do: size * (unit || 8), else: size * (unit || 1)

            case bin do
              <<v::bitstring-size(n), r::bitstring>> -> {v, r}
              _ -> :nomatch
            end

          last? and (t in [:bitstring, :bits] or rem(bit_size(bin), 8) == 0) ->
            {bin, <<>>}

          true ->
            :nomatch
        end

      :utf8 ->
        case bin do
          <<v::utf8, r::bitstring>> -> {v, r}
          _ -> :nomatch
        end

      _ ->
        :nomatch
    end
  end
end
