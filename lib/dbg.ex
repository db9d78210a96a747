defmodule :beamlet_dbg do
  @moduledoc false
  # Kernel.dbg/0,1,2 with Elixir 1.14's default backend (Macro.dbg/3): prints
  # "[file:line: Mod.fun/arity]", then each step of a pipeline (or the whole expression) as
  # "code #=> value", and a blank line; returns the value. The compiler expands dbg(...) here.

  defmacro dbg(code, options) do
    header = header(__CALLER__)

    case pipeline(code) do
      [first | calls] when calls != [] ->
        vars = for i <- 0..length(calls), do: Macro.var(:"dbg_value_#{i}", __MODULE__)
        [first_var | _] = vars

        steps =
          Enum.zip([tl(vars), calls, Enum.drop(vars, -1)])
          |> Enum.map(fn {var, call, previous} ->
            quote(do: unquote(var) = unquote(Macro.pipe(previous, call, 0)))
          end)

        texts = [Macro.to_string(first) | Enum.map(calls, &("|> " <> Macro.to_string(&1)))]
        last = List.last(vars)

        quote do
          unquote(first_var) = unquote(first)
          unquote_splicing(steps)
          :beamlet_dbg.__print__(unquote(header), unquote(texts), unquote(vars), unquote(options))
          unquote(last)
        end

      _ ->
        var = Macro.var(:dbg_value, __MODULE__)

        quote do
          unquote(var) = unquote(code)
          :beamlet_dbg.__print__(unquote(header), [unquote(Macro.to_string(code))], [unquote(var)], unquote(options))
          unquote(var)
        end
    end
  end

  # a |> f() |> g() as [a, f(), g()]
  defp pipeline({:|>, _, [left, right]}), do: pipeline(left) ++ [right]
  defp pipeline(other), do: [other]

  defp header(env) do
    where =
      # as a stacktrace entry names it: Mod."odd name"/0, Mod (module) in a module's body
      case env do
        %{function: {name, arity}} -> Exception.format_mfa(env.module, name, arity)
        %{module: nil} -> "(file)"
        %{module: module} -> inspect(module) <> " (module)"
      end

    "[" <> Path.relative_to_cwd(env.file) <> ":" <> Integer.to_string(env.line) <> ": " <> where <> "]"
  end

  @doc false
  def __print__(header, texts, values, options) when is_list(options) do
    {print_location?, options} = Keyword.pop(options, :print_location, true)
    inspect_opts = Keyword.merge([pretty: true], options)
    lines = Enum.zip_with(texts, values, fn text, value -> [text, " #=> ", inspect(value, inspect_opts), "\n"] end)
    IO.write([if(print_location?, do: [header, "\n"], else: []), lines, "\n"])
  end

  @doc false
  # Macro.__dbg__/3, what dbg's expansion (Macro.expand/2) calls: a {:value, code, value} or a
  # {:pipe, [code, ...], [value, ...]} printed as dbg prints them; the (last) value is returned
  def __dbg__(header, {:value, text, value}, options) do
    __print__(header, [text], [value], options)
    value
  end

  def __dbg__(header, {:pipe, [first | rest], values}, options) do
    __print__(header, [first | Enum.map(rest, &("|> " <> &1))], values, options)
    List.last(values)
  end
end
