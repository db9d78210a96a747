defmodule Calendar.Strftime do
  @moduledoc false
  # Calendar.strftime/3 as in Elixir 1.14: %[-_0][width]directive, preferred formats and the
  # name functions given as options.

  @day_names {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
  @month_names {"January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December"}

  def format(datetime, format, opts) when is_map(datetime) and is_binary(format) and is_list(opts) do
    options = %{
      preferred_datetime: Keyword.get(opts, :preferred_datetime, "%Y-%m-%d %H:%M:%S"),
      preferred_date: Keyword.get(opts, :preferred_date, "%Y-%m-%d"),
      preferred_time: Keyword.get(opts, :preferred_time, "%H:%M:%S"),
      am_pm_names: Keyword.get(opts, :am_pm_names, fn :am -> "am"; :pm -> "pm" end),
      month_names: Keyword.get(opts, :month_names, &elem(@month_names, &1 - 1)),
      abbreviated_month_names:
        Keyword.get(opts, :abbreviated_month_names, &String.slice(elem(@month_names, &1 - 1), 0, 3)),
      day_of_week_names: Keyword.get(opts, :day_of_week_names, &elem(@day_names, &1 - 1)),
      abbreviated_day_of_week_names:
        Keyword.get(opts, :abbreviated_day_of_week_names, &String.slice(elem(@day_names, &1 - 1), 0, 3))
    }

    format |> walk(datetime, options, []) |> IO.iodata_to_binary()
  end

  defp walk("", _dt, _o, acc), do: Enum.reverse(acc)
  defp walk("%" <> rest, dt, o, acc), do: modifiers(rest, dt, o, acc)

  defp walk(text, dt, o, acc) do
    [plain | _] = :binary.split(text, "%")
    size = byte_size(plain)
    walk(binary_part(text, size, byte_size(text) - size), dt, o, [plain | acc])
  end

  # padding: - none, _ spaces, 0 zeros; then an optional width
  defp modifiers("-" <> rest, dt, o, acc), do: width(rest, "", dt, o, acc)
  defp modifiers("_" <> rest, dt, o, acc), do: width(rest, " ", dt, o, acc)
  defp modifiers("0" <> rest, dt, o, acc), do: width(rest, "0", dt, o, acc)
  defp modifiers(rest, dt, o, acc), do: width(rest, nil, dt, o, acc)

  defp width(text, pad, dt, o, acc) do
    {digits, rest} = take_digits(text, "")
    width = if digits == "", do: nil, else: String.to_integer(digits)

    case rest do
      <<c::utf8, tail::binary>> -> walk(tail, dt, o, [directive(<<c::utf8>>, width, pad, dt, o) | acc])
      "" -> raise ArgumentError, "invalid strftime format: %"
    end
  end

  defp take_digits(<<d, rest::binary>>, acc) when d in ?0..?9, do: take_digits(rest, <<acc::binary, d>>)
  defp take_digits(rest, acc), do: {acc, rest}

  defp directive("%", width, pad, _dt, _o), do: padded("%", width, pad, 1, " ")
  defp directive("a", w, p, dt, o), do: padded(o.abbreviated_day_of_week_names.(dow(dt)), w, p, 0, " ")
  defp directive("A", w, p, dt, o), do: padded(o.day_of_week_names.(dow(dt)), w, p, 0, " ")
  defp directive("b", w, p, dt, o), do: padded(o.abbreviated_month_names.(dt.month), w, p, 0, " ")
  defp directive("B", w, p, dt, o), do: padded(o.month_names.(dt.month), w, p, 0, " ")
  defp directive("c", w, p, dt, o), do: padded(format(dt, o.preferred_datetime, to_opts(o)), w, p, 0, " ")
  defp directive("d", w, p, dt, _o), do: padded(Integer.to_string(dt.day), w, p, 2, "0")

  defp directive("f", w, p, dt, _o) do
    {microsecond, precision} = dt.microsecond
    digits = microsecond |> div(Integer.pow(10, 6 - precision)) |> Integer.to_string() |> String.pad_leading(precision, "0")
    padded(digits, w, p, 0, "0")
  end

  defp directive("H", w, p, dt, _o), do: padded(Integer.to_string(dt.hour), w, p, 2, "0")
  defp directive("I", w, p, dt, _o), do: padded(Integer.to_string(rem(dt.hour + 23, 12) + 1), w, p, 2, "0")
  defp directive("j", w, p, dt, _o), do: padded(Integer.to_string(Calendar.ISO.day_of_year(dt.year, dt.month, dt.day)), w, p, 3, "0")
  defp directive("m", w, p, dt, _o), do: padded(Integer.to_string(dt.month), w, p, 2, "0")
  defp directive("M", w, p, dt, _o), do: padded(Integer.to_string(dt.minute), w, p, 2, "0")
  defp directive("p", w, p, dt, o), do: padded(String.upcase(o.am_pm_names.(am_pm(dt))), w, p, 0, " ")
  defp directive("P", w, p, dt, o), do: padded(String.downcase(o.am_pm_names.(am_pm(dt))), w, p, 0, " ")
  defp directive("q", w, p, dt, _o), do: padded(Integer.to_string(Calendar.ISO.quarter_of_year(dt.year, dt.month, dt.day)), w, p, 1, "0")
  defp directive("S", w, p, dt, _o), do: padded(Integer.to_string(dt.second), w, p, 2, "0")
  defp directive("u", w, p, dt, _o), do: padded(Integer.to_string(dow(dt)), w, p, 1, "0")
  defp directive("x", w, p, dt, o), do: padded(format(dt, o.preferred_date, to_opts(o)), w, p, 0, " ")
  defp directive("X", w, p, dt, o), do: padded(format(dt, o.preferred_time, to_opts(o)), w, p, 0, " ")
  defp directive("y", w, p, dt, _o), do: padded(Integer.to_string(rem(dt.year, 100)), w, p, 2, "0")
  defp directive("Y", w, p, dt, _o), do: padded(Integer.to_string(dt.year), w, p, 4, "0")

  defp directive("z", w, p, dt, _o) do
    offset = dt.utc_offset + dt.std_offset
    sign = if offset < 0, do: "-", else: "+"
    total = abs(offset)
    hh = total |> div(3600) |> Integer.to_string() |> String.pad_leading(2, "0")
    mm = total |> rem(3600) |> div(60) |> Integer.to_string() |> String.pad_leading(2, "0")
    padded(sign <> hh <> mm, w, p, 5, "0")
  end

  defp directive("Z", w, p, dt, _o), do: padded(dt.zone_abbr, w, p, 0, " ")
  defp directive(other, _w, _p, _dt, _o), do: raise(ArgumentError, "invalid strftime format: %" <> other)

  defp padded(text, width, pad, default_width, default_pad) do
    case pad do
      "" -> text
      nil -> String.pad_leading(text, width || default_width, default_pad)
      pad -> String.pad_leading(text, width || default_width, pad)
    end
  end

  defp dow(dt), do: Calendar.ISO.day_of_week(dt.year, dt.month, dt.day, :default) |> elem(0)
  defp am_pm(dt), do: if(dt.hour < 12, do: :am, else: :pm)

  defp to_opts(o), do: Map.to_list(o)
end
