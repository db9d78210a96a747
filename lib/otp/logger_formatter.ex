defmodule Logger.Formatter do
  @moduledoc """
  Elixir 1.14's Logger.Formatter: a console format ("$time $metadata[$level] $message\\n") compiled
  to a list of parts, and an entry laid out by it. The console backend (Logger.Backends.Console)
  formats every entry so; `config :logger, :console, format: ..., metadata: [...]` and
  `Logger.configure_backend(:console, ...)` choose the format and the metadata shown.
  """

  @doc "Compiles a format string (nil: the default) into its parts; `{mod, fun}` is kept as it is."
  # (laid out here: the console compiles it when it starts, before its first entry)
  def compile(nil), do: ["\n", :time, " ", :metadata, "[", :level, "] ", :message, "\n"]
  def compile({mod, fun}) when is_atom(mod) and is_atom(fun), do: {mod, fun}

  # As Elixir 1.14's: the string is cut before and after each `$` followed by lowercase letters,
  # and each piece that starts with `$` is a pattern (so "$", "$5" or "$Time" at the start of a
  # piece is an invalid one, "cost $5" after text is text). Its frames stand where Elixir's do: the
  # comprehension's Enum.reduce at line 146, its fn at 148, compile_code/1's warning at 155 and
  # raise at 162 (what a bad `format:` of Logger.configure_backend/2 shows).
  @beamlet_frame_line 146
  def compile(str) when is_binary(str) do
    :lists.reverse(Enum.reduce(pieces(str, 0, 0, []), [], __at_line__(148, fn piece, acc -> [compile_piece(piece) | acc] end)))
  end

  defp compile_piece("$" <> code), do: compile_code(String.to_atom(code))
  defp compile_piece(text), do: text

  @beamlet_frame_line 155
  defp compile_code(:levelpad) do
    IO.warn("$levelpad in Logger message format is deprecated, please remove it")
    :levelpad
  end

  defp compile_code(key) when key in [:time, :date, :message, :level, :node, :metadata, :levelpad], do: key

  @beamlet_frame_line 162
  defp compile_code(key) when is_atom(key) do
    raise ArgumentError, "$#{key} is an invalid format pattern"
  end

  # the pieces of str from `from` (the current piece started at `start`)
  defp pieces(str, start, from, acc) do
    case :binary.match(str, "$", scope: {from, byte_size(str) - from}) do
      :nomatch ->
        Enum.reverse(piece(str, start, byte_size(str), acc))

      {at, 1} ->
        case letters(str, at + 1) do
          # a lone $ stays in the piece
          0 -> pieces(str, start, at + 1, acc)
          n -> pieces(str, at + 1 + n, at + 1 + n, [binary_part(str, at, n + 1) | piece(str, start, at, acc)])
        end
    end
  end

  defp piece(_str, start, stop, acc) when start == stop, do: acc
  defp piece(str, start, stop, acc), do: [binary_part(str, start, stop - start) | acc]

  defp letters(str, at) do
    case str do
      <<_::binary-size(at), c, _::binary>> when c in ?a..?z -> 1 + letters(str, at + 1)
      _ -> 0
    end
  end

  @doc "Formats an entry by a compiled format: its level, message, `{date, time}` and metadata."
  def format({mod, fun}, level, msg, timestamp, metadata), do: apply(mod, fun, [level, msg, timestamp, metadata])

  def format(config, level, msg, {date, time}, metadata) do
    for part <- config do
      case part do
        :time -> format_time(time)
        :date -> format_date(date)
        :message -> msg
        :level -> :erlang.atom_to_binary(level)
        :levelpad -> String.duplicate(" ", max(5 - byte_size(Atom.to_string(level)), 0))
        :node -> Atom.to_string(node())
        :metadata -> metadata(metadata)
        text -> text
      end
    end
  end

  @doc "HH:MM:SS.mmm"
  def format_time({h, m, s, ms}), do: [pad(h, 2), ?:, pad(m, 2), ?:, pad(s, 2), ?., pad(ms, 3)]

  @doc "YYYY-MM-DD"
  def format_date({y, m, d}), do: [Integer.to_string(y), ?-, pad(m, 2), ?-, pad(d, 2)]

  defp pad(n, 3) when n < 100, do: [?0 | pad(n, 2)]
  defp pad(n, _) when n < 10, do: [?0, Integer.to_string(n)]
  defp pad(n, _), do: Integer.to_string(n)

  # "key=value " for each entry with a value the console shows
  defp metadata(entries) do
    for {key, value} <- entries, shown = value_text(key, value), shown != nil do
      [Atom.to_string(key), ?=, shown, ?\s]
    end
  end

  # what the console never shows, and how it shows the rest: text as it is, a module without
  # Elixir., a pid as <0.1.0>, an {m, f, a} as M.f/1, a domain as a.b; nil for what it leaves out
  defp value_text(key, _) when key in [:time, :gl, :report_cb], do: nil
  defp value_text(_, nil), do: nil
  defp value_text(_, text) when is_binary(text), do: text
  defp value_text(_, n) when is_integer(n), do: Integer.to_string(n)
  defp value_text(_, f) when is_float(f), do: Float.to_string(f)
  defp value_text(_, pid) when is_pid(pid), do: :erlang.pid_to_list(pid)
  defp value_text(_, ref) when is_reference(ref), do: ref |> :erlang.ref_to_list() |> Enum.drop(4)

  defp value_text(_, name) when is_atom(name) do
    case Atom.to_string(name) do
      "Elixir." <> module -> module
      text -> text
    end
  end

  defp value_text(key, {m, f, a}) when key in [:mfa, :initial_call] and is_atom(m) and is_atom(f) and is_integer(a),
    do: Exception.format_mfa(m, f, a)

  defp value_text(:file, file) when is_list(file), do: file
  defp value_text(:domain, [_ | _] = domain), do: if(Enum.all?(domain, &is_atom/1), do: Enum.map_join(domain, ".", &Atom.to_string/1))
  defp value_text(_, list) when is_list(list), do: nil

  defp value_text(_, other) do
    case String.Chars.impl_for(other) do
      nil -> nil
      impl -> impl.to_string(other)
    end
  end
end
