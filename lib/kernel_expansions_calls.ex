defmodule :beamlet_kernel_call_expansions do
  @moduledoc false
  # binding/0,1, dbg/0,1,2, reraise/2,3, destructure/2 and a literal ~r/~R as Macro.expand/2
  # shows Elixir 1.14's expansion (the compiler compiles these forms itself). Named with a
  # trailing _ so this module's own code keeps Kernel's.

  # the caller's variables of a context, sorted by name (pinned inside a match)
  defmacro binding_(context \\ nil) do
    in_match? = Macro.Env.in_match?(__CALLER__)

    for {name, var_context} <- Macro.Env.vars(__CALLER__), var_context == context do
      var = {name, [generated: true], var_context}
      {name, if(in_match?, do: {:^, [], [var]}, else: var)}
    end
    |> :lists.sort()
  end

  defmacro dbg_(code \\ quote(do: binding()), options \\ []), do: dbg_quoted(code, options, __CALLER__)

  # Macro.dbg/3, dbg's default backend: the code that prints `code` and its value where `env` is
  def dbg_quoted(code, options, env) do
    header = "[" <> Exception.format_stacktrace_entry(hd(Macro.Env.stacktrace(env))) <> "]"

    quote context: Macro do
      to_debug = unquote(to_debug(code))
      unquote(Macro).__dbg__(unquote(header), to_debug, unquote(options))
    end
  end

  # a pipeline collects each step's value in `values`, inside one more block per step
  defp to_debug({:|>, _, _} = pipe) do
    [{first, 0} | calls] = Macro.unpipe(pipe)

    start =
      quote context: Macro do
        value = unquote(first)
        values = [value]
      end

    steps =
      Enum.reduce(calls, start, fn {call, position}, acc ->
        quote context: Macro do
          unquote(acc)
          value = unquote(Macro.pipe(quote(context: Macro, do: value), call, position))
          values = [value | values]
        end
      end)

    texts = Enum.map([first | Enum.map(calls, &elem(&1, 0))], &Macro.to_string/1)

    quote context: Macro do
      unquote(steps)
      {:pipe, unquote(texts), Enum.reverse(values)}
    end
  end

  defp to_debug(code), do: {:{}, [], [:value, Macro.to_string(code), code]}

  defmacro reraise_(message, stacktrace) do
    exception =
      case message do
        binary when is_binary(binary) -> quote(context: Kernel, do: RuntimeError.exception(unquote(binary)))
        {:<<>>, _, _} -> quote(context: Kernel, do: RuntimeError.exception(unquote(message)))
        atom when is_atom(atom) -> quote(context: Kernel, do: unquote(atom).exception([]))
        {:__aliases__, _, _} -> quote(context: Kernel, do: unquote(message).exception([]))
        _ -> quote(context: Kernel, do: Kernel.Utils.raise(unquote(message)))
      end

    quote(context: Kernel, do: :erlang.error(:erlang.raise(:error, unquote(exception), unquote(stacktrace))))
  end

  defmacro reraise_(exception, attributes, stacktrace) do
    quote context: Kernel do
      :erlang.raise(:error, unquote(exception).exception(unquote(attributes)), unquote(stacktrace))
    end
  end

  defmacro destructure_(left, right) when is_list(left) do
    quote(context: Kernel, do: unquote(left) = Kernel.Utils.destructure(unquote(right), unquote(length(left))))
  end

  # a literal regex is compiled while expanding, and is its struct (an invalid one raises here)
  defmacro sigil_r_({:<<>>, _, [source]}, modifiers) when is_binary(source) and is_list(modifiers),
    do: Macro.escape(Regex.compile!(unescape_regex(source), List.to_string(modifiers)))

  defmacro sigil_R_({:<<>>, _, [source]}, modifiers) when is_binary(source) and is_list(modifiers),
    do: Macro.escape(Regex.compile!(source, List.to_string(modifiers)))

  # Regex.unescape_map/1: \f \n \r \t \v \a are resolved, an escaped newline vanishes, any other
  # escape reaches the pattern as written
  defp unescape_regex(<<?\\, c, rest::binary>>) when c in 'fnrtva',
    do: <<Map.fetch!(%{?f => ?\f, ?n => ?\n, ?r => ?\r, ?t => ?\t, ?v => ?\v, ?a => 7}, c)>> <> unescape_regex(rest)

  defp unescape_regex(<<?\\, ?\n, rest::binary>>), do: unescape_regex(rest)
  defp unescape_regex(<<?\\, c::utf8, rest::binary>>), do: <<?\\, c::utf8>> <> unescape_regex(rest)
  defp unescape_regex(<<c, rest::binary>>), do: <<c>> <> unescape_regex(rest)
  defp unescape_regex(<<>>), do: <<>>
end
