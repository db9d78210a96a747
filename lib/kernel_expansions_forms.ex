defmodule :beamlet_kernel_form_expansions do
  @moduledoc false
  # More of Kernel's macros as Macro.expand/2 shows their expansion: `use`, the calendar sigils
  # (the struct as a map), an interpolated ~r, and the definition macros, which raise inside a
  # function as Elixir's do. expand/3 answers {:ok, quoted} or :error (left as it is).

  @definitions %{def: :def, defp: :defp, defmacro: :defmacro, defmacrop: :defmacrop, defguard: :defmacro, defguardp: :defmacrop}

  def expand(name, args, env) when is_map_key(@definitions, name) and length(args) in [1, 2] do
    # a def inside a function: Elixir's definition macros refuse (each is def/2 once its
    # default body is filled in)
    if env.function != nil,
      do: raise(ArgumentError, "cannot invoke #{Map.fetch!(@definitions, name)}/2 inside function/macro"),
      else: :error
  end

  def expand(:use, [module], env), do: expand(:use, [module, []], env)

  def expand(:use, [module, opts], env) do
    calls =
      for expanded <- use_modules(module, env) do
        quote context: Kernel do
          require unquote(expanded)
          unquote(expanded).__using__(unquote(opts))
        end
      end

    {:ok, {:__block__, [], calls}}
  end

  def expand(:sigil_D, [{:<<>>, _, [string]}, []], _env) when is_binary(string) do
    d = Date.from_iso8601!(string)
    {:ok, struct_map(Date, year: d.year, month: d.month, day: d.day)}
  end

  def expand(:sigil_T, [{:<<>>, _, [string]}, []], _env) when is_binary(string) do
    t = Time.from_iso8601!(string)
    {:ok, struct_map(Time, hour: t.hour, minute: t.minute, second: t.second, microsecond: t.microsecond)}
  end

  def expand(:sigil_N, [{:<<>>, _, [string]}, []], _env) when is_binary(string) do
    n = NaiveDateTime.from_iso8601!(string)
    {:ok, struct_map(NaiveDateTime, date_time_fields(n))}
  end

  def expand(:sigil_U, [{:<<>>, _, [string]}, []], _env) when is_binary(string) do
    case DateTime.from_iso8601(string) do
      {:ok, dt, 0} ->
        zone = [time_zone: dt.time_zone, zone_abbr: dt.zone_abbr, utc_offset: dt.utc_offset, std_offset: dt.std_offset]
        {:ok, struct_map(DateTime, date_time_fields(dt) ++ zone)}

      _ ->
        :error
    end
  end

  # an interpolated regex is compiled at run time (a literal one is compiled at expansion:
  # lib/kernel_expansions_calls.ex)
  def expand(sigil, [{:<<>>, meta, pieces}, modifiers], _env) when sigil in [:sigil_r] and is_list(modifiers) do
    if Enum.all?(pieces, &is_binary/1),
      do: :error,
      else: {:ok, quote(context: Kernel, do: Regex.compile!(unquote({:<<>>, meta, pieces}), unquote(List.to_string(modifiers))))}
  end

  def expand(_name, _args, _env), do: :error

  defp struct_map(module, fields), do: {:%{}, [], [__struct__: module, calendar: Calendar.ISO] ++ fields}

  defp date_time_fields(x) do
    [year: x.year, month: x.month, day: x.day, hour: x.hour, minute: x.minute, second: x.second, microsecond: x.microsecond]
  end

  # `use Foo.{Bar, Baz}` uses both
  defp use_modules({{:., _, [base, :{}]}, _, aliases}, env) do
    base = Macro.expand(base, env)

    Enum.map(aliases, fn {:__aliases__, _, parts} -> Module.concat([base | parts]) end)
  end

  defp use_modules(module, env), do: [Macro.expand(module, env)]
end
