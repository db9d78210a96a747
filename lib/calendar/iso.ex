defmodule Calendar.ISO do
  @moduledoc """
  The proleptic Gregorian calendar with ISO 8601 notation (Elixir's default calendar).
  Days are counted from 0000-01-01 (day 0), the same origin as `:calendar`'s gregorian days;
  a time of day is a fraction of 86_400_000_000 microseconds.
  """

  @parts_per_day 86_400_000_000
  @unix_epoch_days 719_528

  # ---- validity and the shape of the calendar ---------------------------------------------------

  # (years -9999 to 9999 only, as Elixir 1.14's is_year/1 guard takes them)
  def leap_year?(year) when is_integer(year) and year >= -9999 and year <= 9999 do
    rem(year, 4) == 0 and (rem(year, 100) != 0 or rem(year, 400) == 0)
  end

  def days_in_month(year, month)
      when is_integer(year) and year >= -9999 and year <= 9999 and is_integer(month) and month >= 1 and month <= 12 do
    cond do
      month == 2 -> if leap_year?(year), do: 29, else: 28
      month in [4, 6, 9, 11] -> 30
      true -> 31
    end
  end

  def months_in_year(year) when is_integer(year) and year >= -9999 and year <= 9999, do: 12

  def valid_date?(year, month, day) when is_integer(year) and is_integer(month) and is_integer(day) do
    year >= -9999 and year <= 9999 and month >= 1 and month <= 12 and day >= 1 and
      day <= days_in_month(year, month)
  end

  def valid_time?(hour, minute, second, {microsecond, precision})
      when is_integer(hour) and is_integer(minute) and is_integer(second) and is_integer(microsecond) and
             is_integer(precision) do
    hour in 0..23 and minute in 0..59 and second in 0..59 and microsecond in 0..999_999 and precision in 0..6
  end

  def valid_time?(_hour, _minute, _second, _microsecond), do: false

  def day_rollover_relative_to_midnight_utc(), do: {0, 1}

  # ---- days -------------------------------------------------------------------------------------

  # Civil-date arithmetic on 400-year eras (146_097 days each), counted from 0000-03-01 so that
  # the leap day is the last day of a year; works for negative years too.
  def date_to_iso_days(0, 1, 1), do: 0
  def date_to_iso_days(1970, 1, 1), do: @unix_epoch_days

  def date_to_iso_days(year, month, day) do
    __at_line__(779, ensure_day_in_month!(year, month, day))
    y = if month <= 2, do: year - 1, else: year
    era = Integer.floor_div(y, 400)
    year_of_era = y - era * 400
    shifted_month = if month > 2, do: month - 3, else: month + 9
    day_of_year = div(153 * shifted_month + 2, 5) + day - 1
    day_of_era = year_of_era * 365 + div(year_of_era, 4) - div(year_of_era, 100) + day_of_year
    era * 146_097 + day_of_era + 60
  end

  # a day that is no integer is no clause; the month's days are read (a year or month out of range is
  # no clause of days_in_month/2) and a day outside them an ArgumentError, as in Elixir 1.14
  @beamlet_def_line 1652
  defp ensure_day_in_month!(year, month, day) when is_integer(day) do
    days = __at_line__(1653, days_in_month(year, month))

    if day < 1 or day > days do
      __at_line__(1654, raise(ArgumentError, "invalid date: " <> date_to_string(year, month, day)))
    end
  end

  # (days of the years -9999 to 9999 only, as Elixir's clause takes; its FunctionClauseError
  # names the clause's line)
  @beamlet_def_line 787
  def date_from_iso_days(days) when days in -3_652_059..3_652_424 do
    z = days - 60
    era = Integer.floor_div(z, 146_097)
    day_of_era = z - era * 146_097
    year_of_era = div(day_of_era - div(day_of_era, 1460) + div(day_of_era, 36524) - div(day_of_era, 146_096), 365)
    day_of_year = day_of_era - (365 * year_of_era + div(year_of_era, 4) - div(year_of_era, 100))
    mp = div(5 * day_of_year + 2, 153)
    day = day_of_year - div(153 * mp + 2, 5) + 1
    month = if mp < 10, do: mp + 3, else: mp - 9
    year = year_of_era + era * 400
    {if(month <= 2, do: year + 1, else: year), month, day}
  end

  def day_of_week(year, month, day, starting_on \\ :default) do
    days = date_to_iso_days(year, month, day)
    {__at_line__(940, iso_days_to_day_of_week(days, starting_on)), 1, 7}
  end

  # (days, or {days, day_fraction}); a bad starting day fails in day_of_week_offset/1 as in Elixir
  def iso_days_to_day_of_week({days, _}, starting_on), do: iso_days_to_day_of_week(days, starting_on)

  def iso_days_to_day_of_week(days, starting_on) when is_integer(days) do
    # 0000-01-01 was a Saturday
    Integer.mod(days + __at_line__(945, day_of_week_offset(starting_on)), 7) + 1
  end

  @beamlet_frame_line 948
  defp day_of_week_offset(:default), do: 5
  defp day_of_week_offset(:monday), do: 5
  defp day_of_week_offset(:tuesday), do: 4
  defp day_of_week_offset(:wednesday), do: 3
  defp day_of_week_offset(:thursday), do: 2
  defp day_of_week_offset(:friday), do: 1
  defp day_of_week_offset(:saturday), do: 0
  defp day_of_week_offset(:sunday), do: 6

  def day_of_year(year, month, day) do
    date_to_iso_days(year, month, day) - date_to_iso_days(year, 1, 1) + 1
  end

  def quarter_of_year(year, month, day) when is_integer(year) and is_integer(day) and month in 1..12 do
    div(month - 1, 3) + 1
  end

  def year_of_era(year) when is_integer(year) and year > 0, do: {year, 1}
  def year_of_era(year) when is_integer(year), do: {abs(year) + 1, 0}
  def year_of_era(year, _month, _day), do: year_of_era(year)

  def day_of_era(year, month, day) when is_integer(year) and year > 0 do
    {date_to_iso_days(year, month, day) - date_to_iso_days(0, 12, 31), 1}
  end

  def day_of_era(year, month, day) when is_integer(year) do
    {date_to_iso_days(0, 12, 31) - date_to_iso_days(year, month, day) + 1, 0}
  end

  # ---- time of day and instants -------------------------------------------------------------------

  def time_to_day_fraction(hour, minute, second, {microsecond, _}) do
    {((hour * 60 + minute) * 60 + second) * 1_000_000 + microsecond, @parts_per_day}
  end

  def time_from_day_fraction({parts, @parts_per_day}) do
    time_from_microseconds(parts)
  end

  def time_from_day_fraction({parts, per_day}) do
    time_from_microseconds(div(parts * @parts_per_day, per_day))
  end

  defp time_from_microseconds(us) do
    seconds = div(us, 1_000_000)
    {div(seconds, 3600), rem(div(seconds, 60), 60), rem(seconds, 60), {rem(us, 1_000_000), 6}}
  end

  def naive_datetime_to_iso_days(year, month, day, hour, minute, second, microsecond) do
    {date_to_iso_days(year, month, day), time_to_day_fraction(hour, minute, second, microsecond)}
  end

  def naive_datetime_from_iso_days({days, fraction}) do
    {year, month, day} = __at_line__(698, date_from_iso_days(days))
    {hour, minute, second, microsecond} = time_from_day_fraction(fraction)
    {year, month, day, hour, minute, second, microsecond}
  end

  def add_day_fraction_to_iso_days({days, {parts, per_day}}, add, per_day) do
    total = parts + add
    {days + Integer.floor_div(total, per_day), {Integer.mod(total, per_day), per_day}}
  end

  def add_day_fraction_to_iso_days({days, {parts, per_day}}, add, add_per_day) do
    add_day_fraction_to_iso_days({days, {parts, per_day}}, div(add * per_day, add_per_day), per_day)
  end

  @doc false
  # an instant as an integer count of unit since 0000-01-01 (floored)
  def iso_days_to_unit({days, {parts, per_day}}, unit) do
    us = days * @parts_per_day + div(parts * @parts_per_day, per_day)
    System.convert_time_unit(us, :microsecond, unit)
  end

  def gregorian_seconds_to_iso_days(seconds, microsecond) do
    {Integer.floor_div(seconds, 86400), {Integer.mod(seconds, 86400) * 1_000_000 + microsecond, @parts_per_day}}
  end

  def from_unix(integer, unit) when is_integer(integer) do
    total = __at_line__(1397, System.convert_time_unit(integer, unit, :microsecond))
    days = Integer.floor_div(total, @parts_per_day) + @unix_epoch_days
    us = Integer.mod(total, @parts_per_day)
    precision = unit_precision(unit)

    if days > date_to_iso_days(9999, 12, 31) or days < date_to_iso_days(-9999, 1, 1) do
      {:error, :invalid_unix_time}
    else
      {year, month, day} = date_from_iso_days(days)
      {hour, minute, second, {micro, _}} = time_from_microseconds(us)
      {:ok, {year, month, day}, {hour, minute, second}, {micro, precision}}
    end
  end

  @doc false
  def unit_precision(:native), do: 6
  def unit_precision(:second), do: 0
  def unit_precision(:millisecond), do: 3
  def unit_precision(:microsecond), do: 6
  def unit_precision(:nanosecond), do: 6
  def unit_precision(n) when is_integer(n) and n > 0, do: min(6, digits_precision(n - 1, 0))

  defp digits_precision(0, acc), do: acc
  defp digits_precision(n, acc), do: digits_precision(div(n, 10), acc + 1)

  # ---- strings ----------------------------------------------------------------------------------

  def date_to_string(year, month, day, format \\ :extended)

  def date_to_string(year, month, day, :extended) do
    year_to_string(year) <> "-" <> pad2(month) <> "-" <> pad2(day)
  end

  def date_to_string(year, month, day, :basic) do
    year_to_string(year) <> pad2(month) <> pad2(day)
  end

  def time_to_string(hour, minute, second, microsecond, format \\ :extended)

  def time_to_string(hour, minute, second, microsecond, :extended) do
    pad2(hour) <> ":" <> pad2(minute) <> ":" <> pad2(second) <> fraction_to_string(microsecond)
  end

  def time_to_string(hour, minute, second, microsecond, :basic) do
    pad2(hour) <> pad2(minute) <> pad2(second) <> fraction_to_string(microsecond)
  end

  def naive_datetime_to_string(year, month, day, hour, minute, second, microsecond, format \\ :extended) do
    date_to_string(year, month, day, format) <> " " <> time_to_string(hour, minute, second, microsecond, format)
  end

  def datetime_to_string(year, month, day, hour, minute, second, microsecond, time_zone, zone_abbr, utc_offset, std_offset, format \\ :extended) do
    date_to_string(year, month, day, format) <>
      " " <>
      time_to_string(hour, minute, second, microsecond, format) <>
      offset_to_string(utc_offset, std_offset, time_zone, format) <>
      zone_to_string(utc_offset, std_offset, zone_abbr, time_zone)
  end

  def offset_to_string(0, 0, "Etc/UTC", _format), do: "Z"

  def offset_to_string(utc_offset, std_offset, _time_zone, format) do
    total = utc_offset + std_offset
    sign = if total < 0, do: "-", else: "+"
    minutes = div(abs(total), 60)
    sep = if format == :basic, do: "", else: ":"
    sign <> pad2(div(minutes, 60)) <> sep <> pad2(rem(minutes, 60))
  end

  defp zone_to_string(_utc_offset, _std_offset, _abbr, "Etc/UTC"), do: ""
  defp zone_to_string(_utc_offset, _std_offset, abbr, zone), do: " " <> abbr <> " " <> zone

  defp year_to_string(year) when year < 0, do: "-" <> String.pad_leading(Integer.to_string(-year), 4, "0")
  defp year_to_string(year), do: String.pad_leading(Integer.to_string(year), 4, "0")

  defp pad2(n) when n < 10, do: "0" <> Integer.to_string(n)
  defp pad2(n), do: Integer.to_string(n)

  defp fraction_to_string({_, 0}), do: ""

  defp fraction_to_string({microsecond, precision}) do
    "." <> binary_part(String.pad_leading(Integer.to_string(microsecond), 6, "0"), 0, precision)
  end

  # ---- parsing ----------------------------------------------------------------------------------

  def parse_date(string), do: parse_date(string, :extended)

  def parse_date(string, format) when is_binary(string) and format in [:extended, :basic] do
    case take_date(string, format) do
      {:ok, {year, month, day}, ""} -> checked_date(year, month, day)
      _ -> {:error, :invalid_format}
    end
  end

  def parse_time(string), do: parse_time(string, :extended)

  def parse_time(string, format) when is_binary(string) and format in [:extended, :basic] do
    rest = skip_t(string)

    with {:ok, {hour, minute, second, microsecond}, rest} <- take_time(rest, format),
         {:ok, _offset, ""} <- take_offset(rest, format) do
      checked_time(hour, minute, second, microsecond)
    else
      _ -> {:error, :invalid_format}
    end
  end

  def parse_naive_datetime(string), do: parse_naive_datetime(string, :extended)

  def parse_naive_datetime(string, format) when is_binary(string) and format in [:extended, :basic] do
    case take_datetime(string, format) do
      {:ok, date, time, _offset} -> checked_naive(date, time)
      {:error, _} = error -> error
    end
  end

  def parse_utc_datetime(string), do: parse_utc_datetime(string, :extended)

  def parse_utc_datetime(string, format) when is_binary(string) and format in [:extended, :basic] do
    case take_datetime(string, format) do
      {:ok, _date, _time, nil} ->
        {:error, :missing_offset}

      {:ok, date, time, offset} ->
        with {:ok, naive} <- checked_naive(date, time) do
          {year, month, day, hour, minute, second, microsecond} = naive
          iso_days = naive_datetime_to_iso_days(year, month, day, hour, minute, second, microsecond)
          shifted = add_day_fraction_to_iso_days(iso_days, -offset, 86400)
          {y, mo, d, h, mi, s, {us, _}} = naive_datetime_from_iso_days(shifted)
          {:ok, {y, mo, d, h, mi, s, {us, elem(microsecond, 1)}}, offset}
        end

      {:error, _} = error ->
        error
    end
  end

  defp take_datetime(string, format) do
    with {:ok, date, rest} <- take_date(string, format),
         {:ok, rest} <- take_separator(rest),
         {:ok, time, rest} <- take_time(rest, format),
         {:ok, offset, ""} <- take_offset(rest, format) do
      {:ok, date, time, offset}
    else
      _ -> {:error, :invalid_format}
    end
  end

  defp checked_date(year, month, day) do
    if valid_date?(year, month, day), do: {:ok, {year, month, day}}, else: {:error, :invalid_date}
  end

  defp checked_time(hour, minute, second, microsecond) do
    if valid_time?(hour, minute, second, microsecond),
      do: {:ok, {hour, minute, second, microsecond}},
      else: {:error, :invalid_time}
  end

  defp checked_naive({year, month, day}, {hour, minute, second, microsecond}) do
    cond do
      not valid_date?(year, month, day) -> {:error, :invalid_date}
      not valid_time?(hour, minute, second, microsecond) -> {:error, :invalid_time}
      true -> {:ok, {year, month, day, hour, minute, second, microsecond}}
    end
  end

  defp skip_t("T" <> rest), do: rest
  defp skip_t(rest), do: rest

  defp take_separator("T" <> rest), do: {:ok, rest}
  defp take_separator(" " <> rest), do: {:ok, rest}
  defp take_separator(_), do: :error

  defp take_date("-" <> rest, format) do
    case take_unsigned_date(rest, format) do
      {:ok, {year, month, day}, rest} -> {:ok, {-year, month, day}, rest}
      other -> other
    end
  end

  defp take_date("+" <> rest, format), do: take_unsigned_date(rest, format)
  defp take_date(rest, format), do: take_unsigned_date(rest, format)

  defp take_unsigned_date(<<y::binary-size(4), ?-, m::binary-size(2), ?-, d::binary-size(2), rest::binary>>, :extended) do
    digits3(y, m, d, rest)
  end

  defp take_unsigned_date(<<y::binary-size(4), m::binary-size(2), d::binary-size(2), rest::binary>>, :basic) do
    digits3(y, m, d, rest)
  end

  defp take_unsigned_date(_, _), do: :error

  defp take_time(<<h::binary-size(2), ?:, m::binary-size(2), ?:, s::binary-size(2), rest::binary>>, :extended) do
    take_fraction(h, m, s, rest)
  end

  defp take_time(<<h::binary-size(2), m::binary-size(2), s::binary-size(2), rest::binary>>, :basic) do
    take_fraction(h, m, s, rest)
  end

  defp take_time(_, _), do: :error

  defp take_fraction(h, m, s, rest) do
    with {:ok, {hour, minute, second}, rest} <- digits3(h, m, s, rest),
         {:ok, microsecond, rest} <- take_microsecond(rest) do
      {:ok, {hour, minute, second, microsecond}, rest}
    end
  end

  defp take_microsecond(<<sep, rest::binary>>) when sep in [?., ?,] do
    case take_digits(rest, []) do
      {[], _} ->
        :error

      {digits, rest} ->
        precision = min(length(digits), 6)
        kept = Enum.take(digits, 6) ++ List.duplicate(?0, 6 - precision)
        {:ok, {List.to_integer(kept), precision}, rest}
    end
  end

  defp take_microsecond(rest), do: {:ok, {0, 0}, rest}

  defp take_digits(<<c, rest::binary>>, acc) when c in ?0..?9, do: take_digits(rest, [c | acc])
  defp take_digits(rest, acc), do: {:lists.reverse(acc), rest}

  defp take_offset("", _format), do: {:ok, nil, ""}
  defp take_offset("Z", _format), do: {:ok, 0, ""}

  defp take_offset(<<sign, h::binary-size(2), ?:, m::binary-size(2)>>, :extended) when sign in [?+, ?-] do
    offset(sign, h, m)
  end

  defp take_offset(<<sign, h::binary-size(2), m::binary-size(2)>>, _format) when sign in [?+, ?-] do
    offset(sign, h, m)
  end

  defp take_offset(<<sign, h::binary-size(2)>>, _format) when sign in [?+, ?-], do: offset(sign, h, "00")
  defp take_offset(_, _), do: :error

  # "-00:00" means "offset unknown" in RFC 3339; Elixir rejects it
  defp offset(?-, "00", "00"), do: :error

  defp offset(sign, h, m) do
    with {:ok, {hours, minutes, _}, ""} <- digits3(h, m, "00", ""),
         true <- hours < 24 and minutes < 60 do
      seconds = (hours * 60 + minutes) * 60
      {:ok, if(sign == ?-, do: -seconds, else: seconds), ""}
    else
      _ -> :error
    end
  end

  defp digits3(a, b, c, rest) do
    if all_digits?(a) and all_digits?(b) and all_digits?(c) do
      {:ok, {:erlang.binary_to_integer(a), :erlang.binary_to_integer(b), :erlang.binary_to_integer(c)}, rest}
    else
      :error
    end
  end

  defp all_digits?(<<c, rest::binary>>) when c in ?0..?9, do: rest == "" or all_digits?(rest)
  defp all_digits?(_), do: false
end
