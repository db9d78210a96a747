# OTP 25's default formatter of :logger handlers (the one a handler a program adds gets, and
# :logger_std_h's): a log event laid out by a template (time, level, metadata keys, the message),
# on one line by default (~p terms printed with no line breaks, the message's newlines and the
# indentation after them turned into ", "), with the optional depth, chars and size limits and the
# legacy "=ERROR REPORT==== ..." header. Returns chardata as OTP's does: [before, message, after].
defmodule :logger_formatter do
  @moduledoc false

  def format(%{level: level, msg: msg, meta: meta}, config) when is_map(config) do
    config = add_default_config(config)
    meta = maybe_add_legacy_header(level, meta, config)
    {before, after0} = Enum.split_while(config.template, &(&1 != :msg))

    {with_msg?, after_} =
      case after0 do
        [:msg | rest] -> {true, rest}
        _ -> {false, after0}
      end

    b = do_format(level, meta, before, config)
    a = do_format(level, meta, after_, config)

    text =
      if with_msg? do
        config1 =
          case config.chars_limit do
            :unlimited -> config
            size -> %{config | chars_limit: max(size - :string.length([b, a]), 0)}
          end

        text = format_msg(msg, meta, config1)

        if config.single_line,
          do: :re.replace(:string.trim(text), ",?\\r?\\n\\s*", ", ", [{:return, :list}, :global, :unicode]),
          else: text
      else
        []
      end

    truncate([b, text, a], config.max_size)
  end

  defp do_format(level, meta, [:level | rest], config), do: [Atom.to_charlist(level) | do_format(level, meta, rest, config)]

  # {key, if_there, otherwise}: a template of its own by whether the key is in the metadata
  defp do_format(level, meta, [{key, if_there, otherwise} | rest], config) do
    text =
      case value(key, meta) do
        {:ok, value} -> do_format(level, Map.put(meta, key, value), if_there, config)
        :error -> do_format(level, meta, otherwise, config)
      end

    [text | do_format(level, meta, rest, config)]
  end

  # a key, or a list of keys into nested maps
  defp do_format(level, meta, [key | rest], config) when is_atom(key) or (is_list(key) and is_atom(hd(key))) do
    text =
      case value(key, meta) do
        {:ok, value} -> text_of(key, value, config)
        :error -> ''
      end

    [text | do_format(level, meta, rest, config)]
  end

  defp do_format(level, meta, [text | rest], config), do: [text | do_format(level, meta, rest, config)]
  defp do_format(_level, _meta, [], _config), do: []

  defp value(key, meta) when is_map(meta) and is_map_key(meta, key), do: {:ok, Map.fetch!(meta, key)}
  defp value([key | keys], meta) when is_map(meta) and is_map_key(meta, key), do: value(keys, Map.fetch!(meta, key))
  defp value([], value), do: {:ok, value}
  defp value(_key, _meta), do: :error

  defp text_of(:time, time, config) when is_integer(time), do: format_time(time, config)
  defp text_of(:mfa, mfa, _config), do: format_mfa(mfa)
  defp text_of(_key, value, _config), do: text_of(value)

  defp text_of(x) when is_atom(x), do: Atom.to_charlist(x)
  defp text_of(x) when is_integer(x), do: Integer.to_charlist(x)
  defp text_of(x) when is_pid(x), do: :erlang.pid_to_list(x)
  defp text_of(x) when is_reference(x), do: :erlang.ref_to_list(x)

  defp text_of(x) when is_list(x) do
    if :io_lib.printable_unicode_list(:lists.flatten(x)), do: x, else: :io_lib.format('~tp', [x])
  end

  defp text_of(x), do: :io_lib.format('~tp', [x])

  defp format_mfa({m, f, a}) when is_atom(m) and is_atom(f) and is_integer(a), do: :io_lib.format('~tw:~tw/~w', [m, f, a])
  defp format_mfa({m, f, a}) when is_atom(m) and is_atom(f) and is_list(a), do: format_mfa({m, f, length(a)})
  defp format_mfa(mfa), do: text_of(mfa)

  defp format_msg({:string, chardata}, meta, config) do
    try do
      :unicode.characters_to_list(chardata)
    catch
      _, _ -> format_msg({'INVALID STRING: ' ++ p(config) ++ '', [chardata]}, meta, config)
    end
  end

  defp format_msg({:report, _} = msg, meta, %{report_cb: fun} = config) when is_function(fun, 1) or is_function(fun, 2),
    do: format_msg(msg, Map.put(meta, :report_cb, fun), Map.delete(config, :report_cb))

  defp format_msg({:report, report}, %{report_cb: fun} = meta, config) when is_function(fun, 1) do
    try do
      fun.(report)
    else
      {format, args} when is_list(format) and is_list(args) -> format_msg({format, args}, Map.delete(meta, :report_cb), config)
      other -> format_msg({'REPORT_CB/1 ERROR: ' ++ p(config) ++ '; Returned: ' ++ p(config), [report, other]}, meta, config)
    catch
      c, r -> format_msg({'REPORT_CB/1 CRASH: ' ++ p(config) ++ '; Reason: ' ++ p(config), [report, {c, r, callback_frames(__STACKTRACE__)}]}, meta, config)
    end
  end

  defp format_msg({:report, report}, %{report_cb: fun} = meta, config) when is_function(fun, 2) do
    try do
      fun.(report, Map.take(config, [:depth, :chars_limit, :single_line]))
    else
      text when is_list(text) or is_binary(text) ->
        case :unicode.characters_to_list(text) do
          chars when is_list(chars) -> chars
          _ -> format_msg({'REPORT_CB/2 ERROR: ' ++ p(config) ++ '; Returned: ' ++ p(config), [report, text]}, meta, config)
        end

      other ->
        format_msg({'REPORT_CB/2 ERROR: ' ++ p(config) ++ '; Returned: ' ++ p(config), [report, other]}, meta, config)
    catch
      c, r -> format_msg({'REPORT_CB/2 CRASH: ' ++ p(config) ++ '; Reason: ' ++ p(config), [report, {c, r, callback_frames(__STACKTRACE__)}]}, meta, config)
    end
  end

  # the stacktrace of a failed report callback, down to the formatter's call of it
  defp callback_frames(stacktrace), do: Enum.take_while(stacktrace, &(elem(&1, 0) != __MODULE__))

  defp format_msg({:report, report}, meta, config), do: format_msg({:report, report}, Map.put(meta, :report_cb, &:logger.format_report/1), config)

  defp format_msg({format, args}, _meta, config) do
    format_text(format, args, config)
  end

  # the format with each ~p on one line (single_line) and ~p/~w limited to the depth, as OTP
  # rewrites its scanned controls; a format that fails becomes a FORMAT ERROR line
  defp format_text(format, args, config) do
    {format1, args1} = reformat(:unicode.characters_to_list(format), args, config)
    opts = if config.chars_limit == :unlimited, do: [], else: [chars_limit: config.chars_limit]
    if opts == [], do: :io_lib.format(format1, args1), else: :io_lib.format(format1, args1, opts)
  catch
    _, _ ->
      error_format = 'FORMAT ERROR: ' ++ p(config) ++ ' - ' ++ p(config)
      if format == error_format, do: :erlang.error(:badarg), else: format_text(error_format, [format, args], config)
  end

  defp p(%{single_line: true}), do: '~0tp'
  defp p(_), do: '~tp'

  defp reformat(format, args, %{depth: :unlimited, single_line: false}), do: {format, args}
  defp reformat(format, args, config), do: reformat(format, args, config, [], [])

  defp reformat([], args, _config, fmt, acc), do: {Enum.reverse(fmt), Enum.reverse(acc, args)}

  defp reformat([?~ | rest], args, config, fmt, acc) do
    {spec, [control | rest]} = Enum.split_while(rest, &(&1 in ?0..?9 or &1 in [?., ?*, ?-, ?t, ?l, ?k, ?K] or (&1 < ?A and &1 != ?~)))
    stars = Enum.count(spec, &(&1 == ?*))
    {star_args, args} = Enum.split(args, stars)
    acc = Enum.reverse(star_args, acc)
    {mods, widths} = Enum.split_with(spec, &(&1 in [?t, ?l, ?k, ?K]))

    case control do
      c when c in [?p, ?w] and config.depth != :unlimited ->
        [term | args] = args
        spec = if c == ?p and config.single_line, do: '0' ++ drop_width(widths) ++ mods, else: spec
        reformat(rest, args, config, Enum.reverse([?~ | spec] ++ [c - 32], fmt), [config.depth, term | acc])

      ?p when config.single_line ->
        [term | args] = args
        reformat(rest, args, config, Enum.reverse([?~ | '0' ++ drop_width(widths) ++ mods] ++ [?p], fmt), [term | acc])

      ?P when config.single_line ->
        [term, depth | args] = args
        reformat(rest, args, config, Enum.reverse([?~ | '0' ++ drop_width(widths) ++ mods] ++ [?P], fmt), [depth, term | acc])

      c when c in [?n, ?~] ->
        reformat(rest, args, config, Enum.reverse([?~ | spec] ++ [c], fmt), acc)

      c when c in [?P, ?W, ?X, ?x] ->
        [a, b | args] = args
        reformat(rest, args, config, Enum.reverse([?~ | spec] ++ [c], fmt), [b, a | acc])

      c ->
        [arg | args] = args
        reformat(rest, args, config, Enum.reverse([?~ | spec] ++ [c], fmt), [arg | acc])
    end
  end

  defp reformat([c | rest], args, config, fmt, acc), do: reformat(rest, args, config, [c | fmt], acc)

  # the precision and padding after a field width ('30.5' -> '.5')
  defp drop_width(widths), do: Enum.drop_while(widths, &(&1 != ?.))

  defp truncate(text, :unlimited), do: text

  defp truncate(text, size) do
    if :string.length(text) > size do
      case :lists.reverse(:lists.flatten(text)) do
        [?\n | _] -> :string.slice(text, 0, size - 4) ++ '...\n'
        _ -> :string.slice(text, 0, size - 3) ++ '...'
      end
    else
      text
    end
  end

  defp format_time(time, %{time_offset: offset, time_designator: designator}),
    do: :calendar.system_time_to_rfc3339(time, [{:unit, :microsecond}, {:offset, offset}, {:time_designator, designator}])

  defp maybe_add_legacy_header(level, %{time: time} = meta, %{legacy_header: true} = config) do
    own = Map.get(meta, :logger_formatter, %{})
    own = Map.put_new_lazy(own, :title, fn -> String.to_charlist(String.upcase(Atom.to_string(level))) ++ ' REPORT' end)
    {{y, mo, d}, {h, mi, s}, micro, utc} = datetime_micro(time, config)
    header = :io_lib.format('=~ts==== ~w-~s-~4w::~2..0w:~2..0w:~2..0w.~6..0w ~s===', [own.title, d, month(mo), y, h, mi, s, micro, utc])
    Map.put(meta, :logger_formatter, Map.put(own, :header, header))
  end

  defp maybe_add_legacy_header(_level, meta, _config), do: meta

  defp datetime_micro(time, config) do
    micro = rem(time, 1_000_000)
    utc = :calendar.system_time_to_universal_time(div(time, 1_000_000), :second)

    if offset_utc?(config.time_offset),
      do: {elem(utc, 0), elem(utc, 1), micro, 'UTC '},
      else: Tuple.append(Tuple.append(:erlang.universaltime_to_localtime(utc), micro), '')
  end

  defp offset_utc?(z) when z in [0, 'z', 'Z'], do: true
  defp offset_utc?('+00:00'), do: true
  defp offset_utc?(_), do: false

  defp month(n), do: :lists.nth(n, ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'])

  @single [:time, ' ', :level, ': ', :msg, '\n']
  @multi [:time, ' ', :level, ':\n', :msg, '\n']
  @header [[:logger_formatter, :header], '\n', :msg, '\n']

  defp add_default_config(config) do
    config =
      Map.merge(%{legacy_header: false, single_line: true, chars_limit: :unlimited, time_designator: ?T}, config)
      |> Map.put(:max_size, config |> Map.get(:max_size) |> then(&if(&1 in [nil, :unlimited], do: :unlimited, else: max(10, &1))))
      |> Map.put(:depth, config |> Map.get(:depth) |> then(&if(&1 == nil, do: :error_logger.get_format_depth(), else: if(&1 == :unlimited, do: :unlimited, else: max(5, &1)))))
      |> Map.put(:time_offset, Map.get(config, :time_offset) || utc_offset())

    cond do
      Map.has_key?(config, :template) -> config
      config.legacy_header -> Map.put(config, :template, @header)
      config.single_line -> Map.put(config, :template, @single)
      true -> Map.put(config, :template, @multi)
    end
  end

  defp utc_offset do
    case Application.get_env(:sasl, :utc_log, Application.get_env(:stdlib, :utc_log)) do
      true -> 'Z'
      _ -> ''
    end
  end
end
