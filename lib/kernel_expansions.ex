defmodule :beamlet_kernel_expansions do
  @moduledoc false
  # Kernel's control-flow macros as Macro.expand/2 shows their expansion (the compiler compiles
  # these forms itself). Named with a trailing _ so this module's own code keeps Kernel's.

  defmacro if_(condition, clauses) do
    do_clause = Keyword.get(clauses, :do)
    else_clause = Keyword.get(clauses, :else)

    optimize_boolean(
      quote context: Kernel do
        case unquote(condition) do
          x when :"Elixir.Kernel".in(x, [false, nil]) -> unquote(else_clause)
          _ -> unquote(do_clause)
        end
      end
    )
  end

  defmacro unless_(condition, clauses) do
    do_clause = Keyword.get(clauses, :do)
    else_clause = Keyword.get(clauses, :else)

    quote context: Kernel do
      if(unquote(condition), do: unquote(else_clause), else: unquote(do_clause))
    end
  end

  defmacro and_(left, right) do
    quote context: Kernel do
      case unquote(left) do
        x when :"Elixir.Kernel".in(x, [false, nil]) -> x
        _ -> unquote(right)
      end
    end
  end

  defmacro or_(left, right) do
    quote context: Kernel do
      case unquote(left) do
        x when :"Elixir.Kernel".in(x, [false, nil]) -> unquote(right)
        x -> x
      end
    end
  end

  # !!value is one case
  defmacro not_({:!, _, [value]}) do
    optimize_boolean(
      quote context: Kernel do
        case unquote(value) do
          x when :"Elixir.Kernel".in(x, [false, nil]) -> false
          _ -> true
        end
      end
    )
  end

  defmacro not_(value) do
    optimize_boolean(
      quote context: Kernel do
        case unquote(value) do
          x when :"Elixir.Kernel".in(x, [false, nil]) -> true
          _ -> false
        end
      end
    )
  end

  # as Kernel's if, !, and, or: the case carries optimize_boolean: true (the Erlang compiler's hint)
  defp optimize_boolean({:case, meta, args}), do: {:case, [{:optimize_boolean, true} | meta], args}

  defmacro is_nil_(term) do
    quote context: Kernel, do: unquote(term) == nil
  end

  # `and`/`or` outside guards: a case on the left side that raises BadBooleanError for a non-boolean
  defmacro andalso_(left, right) do
    optimize_boolean(
      quote context: Kernel do
        case unquote(left) do
          false -> false
          true -> unquote(right)
          other -> :erlang.error({:badbool, :and, other})
        end
      end
    )
  end

  defmacro orelse_(left, right) do
    optimize_boolean(
      quote context: Kernel do
        case unquote(left) do
          false -> unquote(right)
          true -> true
          other -> :erlang.error({:badbool, :or, other})
        end
      end
    )
  end

  # (the fallback clause is marked generated, as Kernel's)
  defmacro match_(pattern, expr) do
    failure = {:->, [generated: true], [[{:_, [generated: true], Kernel}], false]}
    {:case, [], [expr, [do: [{:->, [], [[pattern], true]}, failure]]]}
  end

  # Kernel names the protocol by its atom (it is compiled before aliases work)
  # Kernel.<>/2: the operands of a chain of <> (nested on the right) in one binary
  defmacro concat_(left, right) do
    {:<<>>, [], concatenations({:<>, [], [left, right]}, __CALLER__)}
  end

  defp concatenations({:<>, _, [left, right]}, caller), do: [concat_piece(left, :left, caller) | concatenations(right, caller)]
  defp concatenations(other, caller), do: [concat_piece(other, :right, caller)]

  defp concat_piece(binary, _side, _caller) when is_binary(binary), do: binary

  defp concat_piece(literal, _side, _caller) when is_list(literal) or is_atom(literal) or is_integer(literal) or is_float(literal) do
    :erlang.error(ArgumentError.exception("expected binary argument in <> operator but got: #{Macro.to_string(literal)}"))
  end

  defp concat_piece(other, _side, _caller), do: {:"::", [], [other, {:binary, [], nil}]}

  defmacro to_string_(term), do: quote(context: Kernel, do: :"Elixir.String.Chars".to_string(unquote(term)))
  defmacro to_charlist_(term), do: quote(context: Kernel, do: List.Chars.to_charlist(unquote(term)))
  defmacro then_(value, fun), do: quote(context: Kernel, do: unquote(fun).(unquote(value)))
  defmacro tap_(value, fun) do
    quote context: Kernel do
      fun = unquote(fun)
      value = unquote(value)

      (
        _ = fun.(value)
        value
      )
    end
  end

  defmacro var_(var), do: var
  defmacro alias_(alias), do: alias

  defmacro is_struct_(term) do
    quote context: Kernel do
      case unquote(term) do
        %_{} -> true
        _ -> false
      end
    end
  end

  # is_struct/2 and is_exception/2 outside guards: the name is checked at run time
  defmacro is_struct_(term, name) do
    quote generated: true, context: Kernel do
      case unquote(name) do
        name when is_atom(name) ->
          case unquote(term) do
            %{__struct__: ^name} -> true
            _ -> false
          end

        _ ->
          raise ArgumentError
      end
    end
  end

  defmacro is_exception_(term, name) do
    quote generated: true, context: Kernel do
      case unquote(name) do
        name when is_atom(name) ->
          case unquote(term) do
            %{__struct__: ^name, __exception__: true} -> true
            _ -> false
          end

        _ ->
          raise ArgumentError
      end
    end
  end

  defmacro is_exception_(term) do
    quote context: Kernel do
      case unquote(term) do
        %_{__exception__: true} -> true
        _ -> false
      end
    end
  end

  # `x in right` outside guards: a literal list is a chain of =:=, a literal integer range a pair
  # of comparisons, anything else Enum.member?
  defmacro in_(left, right) do
    case right do
      [] ->
        quote context: Kernel do
          _ = unquote(left)
          false
        end

      [_ | _] = list ->
        [first | rest] = Enum.map(list, fn x -> quote(context: Kernel, do: :erlang."=:="(unquote(left), unquote(x))) end)
        Enum.reduce(rest, first, fn x, acc -> quote(context: Kernel, do: :erlang.orelse(unquote(acc), unquote(x))) end)

      {:.., _, [first, last]} when is_integer(first) and is_integer(last) ->
        range_check(left, first, last)

      {:"..//", _, [first, last, step]} when is_integer(first) and is_integer(last) and is_integer(step) ->
        quote context: Kernel do
          :erlang.andalso(unquote(range_check(left, first, last)), :erlang."=:="(:erlang.rem(unquote(left) - unquote(first), unquote(step)), 0))
        end

      {:.., _, [first, last]} ->
        quote(context: Kernel, do: unquote(elixir_alias(:Enum)).member?(unquote(elixir_alias(:Range)).new(unquote(first), unquote(last)), unquote(left)))

      _ ->
        quote(context: Kernel, do: unquote(elixir_alias(:Enum)).member?(unquote(right), unquote(left)))
    end
  end

  defp range_check(left, first, last) when first <= last do
    quote context: Kernel do
      :erlang.andalso(:erlang.is_integer(unquote(left)), :erlang.andalso(:erlang.>=(unquote(left), unquote(first)), :erlang."=<"(unquote(left), unquote(last))))
    end
  end

  defp range_check(left, first, last) do
    quote context: Kernel do
      :erlang.andalso(:erlang.is_integer(unquote(left)), :erlang.andalso(:erlang."=<"(unquote(left), unquote(first)), :erlang.>=(unquote(left), unquote(last))))
    end
  end

  # a range of integers (its bounds expanded first: `5..-2`) is the struct itself
  defmacro range_(first, last) do
    case {Macro.expand(first, __CALLER__), Macro.expand(last, __CALLER__)} do
      {first, last} when is_integer(first) and is_integer(last) ->
        step = if first <= last, do: 1, else: -1
        {:%{}, [], [__struct__: Range, first: first, last: last, step: step]}

      {first, last} ->
        quote(context: Kernel, do: Elixir.Range.new(unquote(first), unquote(last)))
    end
  end

  defmacro range_step_(first, last, step) do
    case {Macro.expand(first, __CALLER__), Macro.expand(last, __CALLER__), Macro.expand(step, __CALLER__)} do
      {first, last, step} when is_integer(first) and is_integer(last) and is_integer(step) ->
        {:%{}, [], [__struct__: Range, first: first, last: last, step: step]}

      {first, last, step} ->
        quote(context: Kernel, do: Elixir.Range.new(unquote(first), unquote(last), unquote(step)))
    end
  end

  # Kernel writes these as Elixir.Enum / Elixir.Range (shown so by Macro.to_string)
  defp elixir_alias(name), do: {:__aliases__, [alias: false], [Elixir, name]}

  # raise "message", raise Module, raise Module, attrs, raise exception
  defmacro raise_(message) when is_binary(message) do
    quote context: Kernel do
      :erlang.error(RuntimeError.exception(unquote(message)), :none, error_info: %{module: Exception})
    end
  end

  defmacro raise_({:<<>>, _, _} = message) do
    quote context: Kernel do
      :erlang.error(RuntimeError.exception(unquote(message)), :none, error_info: %{module: Exception})
    end
  end

  defmacro raise_({:__aliases__, _, _} = alias) do
    quote context: Kernel do
      :erlang.error(unquote(alias).exception([]), :none, error_info: %{module: Exception})
    end
  end

  defmacro raise_(other) do
    quote context: Kernel do
      :erlang.error(Kernel.Utils.raise(unquote(other)), :none, error_info: %{module: Exception})
    end
  end

  defmacro raise_(module, attrs) do
    quote(context: Kernel, do: :erlang.error(unquote(module).exception(unquote(attrs))))
  end

  # sigils without interpolation are their value; with it, the code that builds the value
  defmacro sigil_s_({:<<>>, _, [piece]}, []) when is_binary(piece), do: Macro.unescape_string(piece)
  defmacro sigil_s_({:<<>>, meta, pieces}, []), do: {:<<>>, meta, unescape_pieces(pieces)}
  defmacro sigil_S_({:<<>>, _, [piece]}, []) when is_binary(piece), do: piece
  defmacro sigil_c_({:<<>>, _, [piece]}, []) when is_binary(piece), do: String.to_charlist(Macro.unescape_string(piece))
  defmacro sigil_C_({:<<>>, _, [piece]}, []) when is_binary(piece), do: String.to_charlist(piece)

  defmacro sigil_w_({:<<>>, _, [piece]}, modifiers) when is_binary(piece),
    do: split_words(Macro.unescape_string(piece), modifiers)

  defmacro sigil_W_({:<<>>, _, [piece]}, modifiers) when is_binary(piece), do: split_words(piece, modifiers)

  defmacro sigil_w_({:<<>>, meta, pieces}, modifiers) when modifiers in [[], 's', 'a', 'c'] do
    split = quote(context: Kernel, do: unquote({:__aliases__, [alias: false], [:String]}).split(unquote({:<<>>, meta, unescape_pieces(pieces)})))

    case modifiers do
      'a' -> quote(context: Kernel, do: :lists.map(&unquote({:__aliases__, [alias: false], [:String]}).to_atom/1, unquote(split)))
      'c' -> quote(context: Kernel, do: :lists.map(&unquote({:__aliases__, [alias: false], [:String]}).to_charlist/1, unquote(split)))
      _ -> split
    end
  end

  # any other sigil arguments: Kernel's sigil macros have no clause for them
  defmacro sigil_s_(_string, _modifiers), do: no_sigil_clause(:sigil_s)
  defmacro sigil_S_(_string, _modifiers), do: no_sigil_clause(:sigil_S)
  defmacro sigil_c_(_string, _modifiers), do: no_sigil_clause(:sigil_c)
  defmacro sigil_C_(_string, _modifiers), do: no_sigil_clause(:sigil_C)
  defmacro sigil_w_(_string, _modifiers), do: no_sigil_clause(:sigil_w)
  defmacro sigil_W_(_string, _modifiers), do: no_sigil_clause(:sigil_W)

  defp no_sigil_clause(name), do: raise(FunctionClauseError, module: Kernel, function: name, arity: 2)

  defp split_words(string, modifiers) do
    words = String.split(string)

    case modifiers do
      [] -> words
      's' -> words
      'a' -> Enum.map(words, &String.to_atom/1)
      'c' -> Enum.map(words, &String.to_charlist/1)
    end
  end

  defp unescape_pieces(pieces) do
    Enum.map(pieces, fn
      piece when is_binary(piece) -> Macro.unescape_string(piece)
      other -> other
    end)
  end

  defmacro pipe_(left, right) do
    :lists.foldl(fn {x, pos}, acc -> Macro.pipe(acc, x, pos) end, left, Macro.unpipe(right))
  end
end
