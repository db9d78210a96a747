defmodule Calendar do
  # the behaviour's callbacks (behaviour_info/1 reads them; only names and arities matter here)
  @callback date_to_string(term, term, term) :: term
  @callback datetime_to_string(term, term, term, term, term, term, term, term, term, term, term) :: term
  @callback day_of_era(term, term, term) :: term
  @callback day_of_week(term, term, term, term) :: term
  @callback day_of_year(term, term, term) :: term
  @callback day_rollover_relative_to_midnight_utc() :: term
  @callback days_in_month(term, term) :: term
  @callback leap_year?(term) :: term
  @callback months_in_year(term) :: term
  @callback naive_datetime_from_iso_days(term) :: term
  @callback naive_datetime_to_iso_days(term, term, term, term, term, term, term) :: term
  @callback naive_datetime_to_string(term, term, term, term, term, term, term) :: term
  @callback parse_date(term) :: term
  @callback parse_naive_datetime(term) :: term
  @callback parse_time(term) :: term
  @callback parse_utc_datetime(term) :: term
  @callback quarter_of_year(term, term, term) :: term
  @callback time_from_day_fraction(term) :: term
  @callback time_to_day_fraction(term, term, term, term) :: term
  @callback time_to_string(term, term, term, term) :: term
  @callback valid_date?(term, term, term) :: term
  @callback valid_time?(term, term, term, term) :: term
  @callback year_of_era(term, term, term) :: term

  @moduledoc "Calendar-independent helpers shared by Date, Time, NaiveDateTime and DateTime."

  def truncate(microsecond_tuple, :microsecond), do: microsecond_tuple

  def truncate({microsecond, precision}, :millisecond) do
    {div(microsecond, 1000) * 1000, min(precision, 3)}
  end

  def truncate(_, :second), do: {0, 0}

  def compatible_calendars?(calendar, calendar), do: true
  def compatible_calendars?(calendar1, calendar2), do: calendar1.day_rollover_relative_to_midnight_utc() == calendar2.day_rollover_relative_to_midnight_utc()

  # Calendar.strftime/3 as Elixir 1.14 formats: %<padding><width><format>, where padding "-" is none,
  # "_" spaces and "0" zeros (the default is the format's own), and the width a minimum. Results are
  # iolists until the end: %c/%x/%X pad their preferred format's pieces (not its characters), as
  # Elixir's pad_preferred does. The __at_line__ lines are Elixir's, for the frames of a failure.
  def strftime(date_or_time_or_datetime, string_format, user_options \\ [])
      when is_map(date_or_time_or_datetime) and is_binary(string_format) do
    options = __at_line__(528, options(user_options))
    __at_line__(525, parse(string_format, date_or_time_or_datetime, options, []))
    |> IO.iodata_to_binary()
  end

  @strftime_days {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
  @strftime_months {"January", "February", "March", "April", "May", "June", "July", "August",
                    "September", "October", "November", "December"}

  defp options(user_options) do
    defaults = %{
      preferred_date: "%Y-%m-%d",
      preferred_time: "%H:%M:%S",
      preferred_datetime: "%Y-%m-%d %H:%M:%S",
      # (in Elixir's order, which numbers the funs)
      am_pm_names: fn :am -> "am"; :pm -> "pm" end,
      month_names: &elem(@strftime_months, &1 - 1),
      day_of_week_names: &elem(@strftime_days, &1 - 1),
      abbreviated_month_names: &String.slice(elem(@strftime_months, &1 - 1), 0, 3),
      abbreviated_day_of_week_names: &String.slice(elem(@strftime_days, &1 - 1), 0, 3),
      preferred_datetime_invoked: false,
      preferred_date_invoked: false,
      preferred_time_invoked: false
    }

    Enum.reduce(user_options, defaults, __at_line__(878, fn {key, value}, acc ->
      if Map.has_key?(acc, key) do
        %{acc | key => value}
      else
        __at_line__(882, raise(ArgumentError, "unknown option #{inspect(key)} given to Calendar.strftime/3"))
      end
    end))
  end

  defp parse("", _datetime, _options, acc), do: Enum.reverse(acc)
  defp parse("%" <> rest, datetime, options, acc), do: parse_modifiers(rest, nil, nil, {datetime, options, acc})
  defp parse(<<char, rest::binary>>, datetime, options, acc), do: parse(rest, datetime, options, [<<char>> | acc])

  defp parse_modifiers("-" <> rest, width, nil, data), do: parse_modifiers(rest, width, "", data)
  # (a 0 after a width's first digit is a digit of it: %10A pads to 10 with the format's own padding)
  defp parse_modifiers("0" <> rest, nil, nil, data), do: parse_modifiers(rest, nil, ?0, data)
  defp parse_modifiers("_" <> rest, width, nil, data), do: parse_modifiers(rest, width, ?\s, data)

  defp parse_modifiers(<<digit, rest::binary>>, width, pad, data) when digit in ?0..?9 do
    parse_modifiers(rest, (width || 0) * 10 + (digit - ?0), pad, data)
  end

  defp parse_modifiers(rest, width, pad, {datetime, options, acc}) do
    format_modifiers(rest, width, pad, datetime, options, acc)
  end

  defp strftime_default_pad(format) when format in ~c"aAbBpPZ", do: ?\s
  defp strftime_default_pad(_format), do: ?0

  defp strftime_default_width(format) when format in ~c"dHImMSy", do: 2
  defp strftime_default_width(?j), do: 3
  defp strftime_default_width(format) when format in ~c"Yz", do: 4
  defp strftime_default_width(_format), do: 0

  # the format's own padding, then its own width, where none was given
  defp format_modifiers(<<format, _::binary>> = rest, width, nil, datetime, options, acc) do
    format_modifiers(rest, width, strftime_default_pad(format), datetime, options, acc)
  end

  defp format_modifiers(<<format, _::binary>> = rest, nil, pad, datetime, options, acc) do
    format_modifiers(rest, strftime_default_width(format), pad, datetime, options, acc)
  end

  defp format_modifiers("%" <> rest, width, pad, datetime, options, acc) do
    parse(rest, datetime, options, [strftime_pad("%", width, pad) | acc])
  end

  defp format_modifiers("a" <> rest, width, pad, datetime, options, acc) do
    day = __at_line__(600, Date.day_of_week(datetime))
    parse(rest, datetime, options, [strftime_pad(options.abbreviated_day_of_week_names.(day), width, pad) | acc])
  end

  defp format_modifiers("A" <> rest, width, pad, datetime, options, acc) do
    day = __at_line__(611, Date.day_of_week(datetime))
    parse(rest, datetime, options, [strftime_pad(options.day_of_week_names.(day), width, pad) | acc])
  end

  defp format_modifiers("b" <> rest, width, pad, datetime, options, acc) do
    month = __at_line__(621, datetime.month)
    parse(rest, datetime, options, [strftime_pad(options.abbreviated_month_names.(month), width, pad) | acc])
  end

  defp format_modifiers("B" <> rest, width, pad, datetime, options, acc) do
    month = __at_line__(630, datetime.month)
    parse(rest, datetime, options, [strftime_pad(options.month_names.(month), width, pad) | acc])
  end

  defp format_modifiers("c" <> _rest, _width, _pad, _datetime, %{preferred_datetime_invoked: true}, _acc) do
    __at_line__(644, raise(ArgumentError, "tried to format preferred_datetime within another preferred_datetime format"))
  end

  defp format_modifiers("c" <> rest, width, pad, datetime, options, acc) do
    inner = %{options | preferred_datetime_invoked: true}
    result = __at_line__(651, parse(options.preferred_datetime, datetime, inner, []))
    parse(rest, datetime, options, [strftime_pad_preferred(result, width, pad) | acc])
  end

  defp format_modifiers("d" <> rest, width, pad, datetime, options, acc) do
    day = __at_line__(659, Integer.to_string(datetime.day))
    parse(rest, datetime, options, [strftime_pad(day, width, pad) | acc])
  end

  # (width and padding do not apply: the digits of the precision, at least one)
  defp format_modifiers("f" <> rest, _width, _pad, datetime, options, acc) do
    __at_line__(665, {microsecond, precision} = datetime.microsecond)
    digits = microsecond |> Integer.to_string() |> String.pad_leading(6, "0")
    parse(rest, datetime, options, [binary_part(digits, 0, max(precision, 1)) | acc])
  end

  defp format_modifiers("H" <> rest, width, pad, datetime, options, acc) do
    hour = __at_line__(678, Integer.to_string(datetime.hour))
    parse(rest, datetime, options, [strftime_pad(hour, width, pad) | acc])
  end

  defp format_modifiers("I" <> rest, width, pad, datetime, options, acc) do
    # (`datetime.hour()` in Elixir: a call on anything but a map holding :hour)
    hour = __at_line__(684, Integer.to_string(rem(case(datetime, do: (%{hour: h} -> h; other -> apply(other, :hour, []))) + 23, 12) + 1))
    parse(rest, datetime, options, [strftime_pad(hour, width, pad) | acc])
  end

  defp format_modifiers("j" <> rest, width, pad, datetime, options, acc) do
    day = __at_line__(690, Integer.to_string(Date.day_of_year(datetime)))
    parse(rest, datetime, options, [strftime_pad(day, width, pad) | acc])
  end

  defp format_modifiers("m" <> rest, width, pad, datetime, options, acc) do
    month = __at_line__(696, Integer.to_string(datetime.month))
    parse(rest, datetime, options, [strftime_pad(month, width, pad) | acc])
  end

  defp format_modifiers("M" <> rest, width, pad, datetime, options, acc) do
    minute = __at_line__(702, Integer.to_string(datetime.minute))
    parse(rest, datetime, options, [strftime_pad(minute, width, pad) | acc])
  end

  defp format_modifiers("p" <> rest, width, pad, datetime, options, acc) do
    name = __at_line__(708, options.am_pm_names.(strftime_am_pm(datetime.hour)))
    parse(rest, datetime, options, [strftime_pad(String.upcase(name), width, pad) | acc])
  end

  defp format_modifiers("P" <> rest, width, pad, datetime, options, acc) do
    name = __at_line__(716, options.am_pm_names.(strftime_am_pm(datetime.hour)))
    parse(rest, datetime, options, [strftime_pad(String.downcase(name), width, pad) | acc])
  end

  defp format_modifiers("q" <> rest, width, pad, datetime, options, acc) do
    quarter = __at_line__(726, Integer.to_string(Date.quarter_of_year(datetime)))
    parse(rest, datetime, options, [strftime_pad(quarter, width, pad) | acc])
  end

  defp format_modifiers("S" <> rest, width, pad, datetime, options, acc) do
    second = __at_line__(732, Integer.to_string(datetime.second))
    parse(rest, datetime, options, [strftime_pad(second, width, pad) | acc])
  end

  defp format_modifiers("u" <> rest, width, pad, datetime, options, acc) do
    day = __at_line__(738, Integer.to_string(Date.day_of_week(datetime)))
    parse(rest, datetime, options, [strftime_pad(day, width, pad) | acc])
  end

  defp format_modifiers("x" <> _rest, _width, _pad, _datetime, %{preferred_date_invoked: true}, _acc) do
    __at_line__(751, raise(ArgumentError, "tried to format preferred_date within another preferred_date format"))
  end

  defp format_modifiers("x" <> rest, width, pad, datetime, options, acc) do
    inner = %{options | preferred_date_invoked: true}
    result = __at_line__(758, parse(options.preferred_date, datetime, inner, []))
    parse(rest, datetime, options, [strftime_pad_preferred(result, width, pad) | acc])
  end

  defp format_modifiers("X" <> _rest, _width, _pad, _datetime, %{preferred_time_invoked: true}, _acc) do
    __at_line__(773, raise(ArgumentError, "tried to format preferred_time within another preferred_time format"))
  end

  defp format_modifiers("X" <> rest, width, pad, datetime, options, acc) do
    inner = %{options | preferred_time_invoked: true}
    result = __at_line__(780, parse(options.preferred_time, datetime, inner, []))
    parse(rest, datetime, options, [strftime_pad_preferred(result, width, pad) | acc])
  end

  defp format_modifiers("y" <> rest, width, pad, datetime, options, acc) do
    year = __at_line__(788, Integer.to_string(rem(datetime.year, 100)))
    parse(rest, datetime, options, [strftime_pad(year, width, pad) | acc])
  end

  defp format_modifiers("Y" <> rest, width, pad, datetime, options, acc) do
    year = __at_line__(794, Integer.to_string(datetime.year))
    parse(rest, datetime, options, [strftime_pad(year, width, pad) | acc])
  end

  # +hhmm/-hhmm from UTC, or nothing for a value without an offset
  defp format_modifiers("z" <> rest, width, pad, %{utc_offset: utc_offset, std_offset: std_offset} = datetime, options, acc) do
    offset = utc_offset + std_offset
    absolute = abs(offset)
    number = Integer.to_string(div(absolute, 3600) * 100 + rem(div(absolute, 60), 60))
    sign = if offset >= 0, do: "+", else: "-"
    parse(rest, datetime, options, [IO.iodata_to_binary([sign, strftime_pad(number, width, pad)]) | acc])
  end

  defp format_modifiers("z" <> rest, _width, _pad, datetime, options, acc) do
    parse(rest, datetime, options, ["" | acc])
  end

  defp format_modifiers("Z" <> rest, width, pad, datetime, options, acc) do
    parse(rest, datetime, options, [strftime_pad(Map.get(datetime, :zone_abbr, ""), width, pad) | acc])
  end

  defp format_modifiers(rest, _width, _pad, _datetime, _options, _acc) do
    {next, _} = String.next_grapheme(rest) || {"", ""}
    __at_line__(829, raise(ArgumentError, "invalid strftime format: %" <> next))
  end

  defp strftime_am_pm(hour) when hour > 11, do: :pm
  defp strftime_am_pm(_hour), do: :am

  defp strftime_pad(string, _width, ""), do: string

  defp strftime_pad(string, width, pad) do
    case width - byte_size(string) do
      missing when missing > 0 -> [:binary.copy(<<pad>>, missing), string]
      _ -> string
    end
  end

  defp strftime_pad_preferred(result, width, pad) when length(result) < width do
    strftime_pad_preferred([strftime_pad_piece(pad) | result], width, pad)
  end

  defp strftime_pad_preferred(result, _width, _pad), do: result

  defp strftime_pad_piece(""), do: ""
  defp strftime_pad_piece(pad), do: <<pad>>

  # (the :elixir application's :time_zone_database, as in Elixir)
  def get_time_zone_database(), do: Application.get_env(:elixir, :time_zone_database, Calendar.UTCOnlyTimeZoneDatabase)

  def put_time_zone_database(database) when is_atom(database), do: Application.put_env(:elixir, :time_zone_database, database)

  @doc false
  # the amount of an add/3 in microseconds: :day, :hour and :minute, or any System time unit
  def __to_microseconds__(amount, :day), do: amount * 86_400_000_000
  def __to_microseconds__(amount, :hour), do: amount * 3_600_000_000
  def __to_microseconds__(amount, :minute), do: amount * 60_000_000
  def __to_microseconds__(amount, unit), do: System.convert_time_unit(amount, unit, :microsecond)
end

defmodule Calendar.UTCOnlyTimeZoneDatabase do
  @moduledoc "The only time zone database Elixir ships: it knows Etc/UTC and nothing else."

  def time_zone_period_from_utc_iso_days(_, "Etc/UTC"), do: {:ok, %{std_offset: 0, utc_offset: 0, zone_abbr: "UTC"}}
  def time_zone_period_from_utc_iso_days(_, _), do: {:error, :utc_only_time_zone_database}

  def time_zone_periods_from_wall_datetime(_, "Etc/UTC"), do: {:ok, %{std_offset: 0, utc_offset: 0, zone_abbr: "UTC"}}
  def time_zone_periods_from_wall_datetime(_, _), do: {:error, :utc_only_time_zone_database}
end
