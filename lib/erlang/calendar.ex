# Erlang's :calendar: gregorian days and seconds counted from year 0 (0000-01-01 is day 0, the
# same origin as Calendar.ISO's iso days), dates as {Y, M, D}, times as {H, Mi, S}. Like OTP it
# only knows years >= 0 and fails with the same errors on bad input.
defmodule :calendar do
  @unix_epoch_seconds 62_167_219_200

  def is_leap_year(year) when is_integer(year) and year >= 0 do
    rem(year, 4) == 0 and (rem(year, 100) > 0 or rem(year, 400) == 0)
  end

  def last_day_of_the_month(year, month) when is_integer(year) and year >= 0 do
    last_day_of_the_month1(year, month)
  end

  defp last_day_of_the_month1(_, 4), do: 30
  defp last_day_of_the_month1(_, 6), do: 30
  defp last_day_of_the_month1(_, 9), do: 30
  defp last_day_of_the_month1(_, 11), do: 30
  defp last_day_of_the_month1(year, 2), do: if(is_leap_year(year), do: 29, else: 28)
  defp last_day_of_the_month1(_, month) when is_integer(month) and month > 0 and month < 13, do: 31

  def valid_date({year, month, day}), do: valid_date(year, month, day)

  def valid_date(year, month, day) when is_integer(year) and is_integer(month) and is_integer(day) do
    if year >= 0 and month > 0 and month < 13 and day > 0 do
      day <= last_day_of_the_month(year, month)
    else
      false
    end
  end

  def date_to_gregorian_days({year, month, day}), do: date_to_gregorian_days(year, month, day)

  def date_to_gregorian_days(year, month, day) when is_integer(day) and day > 0 do
    if day <= last_day_of_the_month(year, month) do
      Calendar.ISO.date_to_iso_days(year, month, day)
    else
      :erlang.error(:if_clause)
    end
  end

  def gregorian_days_to_date(days) when is_integer(days), do: Calendar.ISO.date_from_iso_days(days)

  def day_of_the_week({year, month, day}), do: day_of_the_week(year, month, day)

  def day_of_the_week(year, month, day) do
    rem(date_to_gregorian_days(year, month, day) + 5, 7) + 1
  end

  def datetime_to_gregorian_seconds({date, time}) do
    date_to_gregorian_days(date) * 86400 + time_to_seconds(time)
  end

  def gregorian_seconds_to_datetime(seconds) when is_integer(seconds) and seconds >= 0 do
    {gregorian_days_to_date(div(seconds, 86400)), seconds_to_time(rem(seconds, 86400))}
  end

  def time_to_seconds({hour, minute, second}), do: hour * 3600 + minute * 60 + second

  def seconds_to_time(seconds) when is_integer(seconds) and seconds >= 0 and seconds < 86400 do
    {div(seconds, 3600), rem(div(seconds, 60), 60), rem(seconds, 60)}
  end

  def seconds_to_daystime(seconds) when is_integer(seconds) do
    days = Integer.floor_div(seconds, 86400)
    {days, seconds_to_time(seconds - days * 86400)}
  end

  def time_difference({_, _} = datetime1, {_, _} = datetime2) do
    seconds_to_daystime(datetime_to_gregorian_seconds(datetime2) - datetime_to_gregorian_seconds(datetime1))
  end

  def iso_week_number(), do: iso_week_number(elem(local_time(), 0))

  # the week of the Thursday of the date's week decides the year (ISO 8601)
  def iso_week_number({year, month, day}) do
    days = date_to_gregorian_days(year, month, day)
    thursday = days + 4 - day_of_the_week(year, month, day)
    {thursday_year, _, _} = gregorian_days_to_date(thursday)
    {thursday_year, div(thursday - date_to_gregorian_days(thursday_year, 1, 1), 7) + 1}
  end

  def universal_time(), do: :erlang.universaltime()
  def local_time(), do: :erlang.localtime()

  def universal_time_to_local_time(datetime), do: :erlang.universaltime_to_localtime(datetime)
  def local_time_to_universal_time(datetime), do: :erlang.localtime_to_universaltime(datetime)
  def local_time_to_universal_time(datetime, _is_dst), do: :erlang.localtime_to_universaltime(datetime)
  def local_time_to_universal_time_dst(datetime), do: [:erlang.localtime_to_universaltime(datetime)]

  def now_to_datetime({mega, seconds, _micro}) do
    gregorian_seconds_to_datetime(mega * 1_000_000 + seconds + @unix_epoch_seconds)
  end

  def now_to_universal_time(now), do: now_to_datetime(now)
  def now_to_local_time(now), do: universal_time_to_local_time(now_to_datetime(now))

  def system_time_to_universal_time(time, unit) do
    gregorian_seconds_to_datetime(:erlang.convert_time_unit(time, unit, :second) + @unix_epoch_seconds)
  end

  def system_time_to_local_time(time, unit) do
    universal_time_to_local_time(system_time_to_universal_time(time, unit))
  end

  # ---- RFC 3339 ---------------------------------------------------------------------------------

  def system_time_to_rfc3339(time), do: system_time_to_rfc3339(time, [])

  def system_time_to_rfc3339(time, options) when is_integer(time) and is_list(options) do
    unit = option(:unit, options, :second)
    designator = option(:time_designator, options, ?T)
    per_second = :erlang.convert_time_unit(1, :second, unit)
    {offset_text, offset_units} = rfc3339_offset(option(:offset, options, nil), time, unit, per_second)
    local = time + offset_units
    seconds = Integer.floor_div(local, per_second)
    fraction = local - seconds * per_second
    {{y, mo, d}, {h, mi, s}} = gregorian_seconds_to_datetime(seconds + @unix_epoch_seconds)

    date = pad(y, 4) ++ [?-] ++ pad(mo, 2) ++ [?-] ++ pad(d, 2)
    clock = pad(h, 2) ++ [?:] ++ pad(mi, 2) ++ [?:] ++ pad(s, 2)
    date ++ [designator] ++ clock ++ fraction_digits(fraction, unit) ++ offset_text
  end

  defp rfc3339_offset(nil, time, unit, per_second) do
    utc = system_time_to_universal_time(time, unit)
    local = universal_time_to_local_time(utc)
    seconds = datetime_to_gregorian_seconds(local) - datetime_to_gregorian_seconds(utc)
    {offset_string(seconds), seconds * per_second}
  end

  defp rfc3339_offset(offset, time, unit, per_second) when is_list(offset) or is_binary(offset) do
    text = if is_binary(offset), do: :erlang.binary_to_list(offset), else: offset

    case text do
      # (OTP's default: the local time, with its offset)
      [] -> rfc3339_offset(nil, time, unit, per_second)
      'Z' -> {'Z', 0}
      'z' -> {'z', 0}
      [sign, h1, h2, ?:, m1, m2] when sign in [?+, ?-] ->
        seconds = (List.to_integer([h1, h2]) * 60 + List.to_integer([m1, m2])) * 60
        {text, if(sign == ?-, do: -seconds, else: seconds) * per_second}
    end
  end

  defp rfc3339_offset(offset, _time, _unit, per_second) when is_integer(offset) do
    {offset_string(div(offset, per_second)), offset}
  end

  defp option(key, options, default) do
    case :lists.keyfind(key, 1, options) do
      {^key, value} -> value
      false -> default
    end
  end

  defp offset_string(seconds) do
    sign = if seconds < 0, do: ?-, else: ?+
    minutes = div(abs(seconds), 60)
    [sign] ++ pad(div(minutes, 60), 2) ++ [?:] ++ pad(rem(minutes, 60), 2)
  end

  defp fraction_digits(_fraction, :second), do: []
  defp fraction_digits(fraction, :millisecond), do: [?. | pad(fraction, 3)]
  defp fraction_digits(fraction, :microsecond), do: [?. | pad(fraction, 6)]
  defp fraction_digits(fraction, :nanosecond), do: [?. | pad(fraction, 9)]
  defp fraction_digits(fraction, :native), do: [?. | pad(fraction, 9)]

  defp pad(n, width) do
    digits = Integer.to_charlist(n)
    List.duplicate(?0, max(0, width - length(digits))) ++ digits
  end

  def rfc3339_to_system_time(text), do: rfc3339_to_system_time(text, [])

  def rfc3339_to_system_time(text, options) when is_list(text) do
    unit = option(:unit, options, :second)

    [y1, y2, y3, y4, ?-, mo1, mo2, ?-, d1, d2, t, h1, h2, ?:, mi1, mi2, ?:, s1, s2 | rest] = text
    true = t in [?T, ?t, ?\s]
    date = {List.to_integer([y1, y2, y3, y4]), List.to_integer([mo1, mo2]), List.to_integer([d1, d2])}
    time = {List.to_integer([h1, h2]), List.to_integer([mi1, mi2]), List.to_integer([s1, s2])}
    {fraction_digits, offset} = split_fraction(rest)
    offset_seconds = parse_offset(offset)

    seconds = datetime_to_gregorian_seconds({date, time}) - @unix_epoch_seconds - offset_seconds
    per_second = :erlang.convert_time_unit(1, :second, unit)
    seconds * per_second + fraction_in_unit(fraction_digits, per_second)
  end

  defp split_fraction([?. | rest]) do
    {digits, offset} = Enum.split_while(rest, fn c -> c in ?0..?9 end)
    {digits, offset}
  end

  defp split_fraction(rest), do: {[], rest}

  defp parse_offset(z) when z in ['Z', 'z'], do: 0

  defp parse_offset([sign, h1, h2, ?:, m1, m2]) when sign in [?+, ?-] do
    seconds = (List.to_integer([h1, h2]) * 60 + List.to_integer([m1, m2])) * 60
    if sign == ?-, do: -seconds, else: seconds
  end

  defp fraction_in_unit([], _per_second), do: 0

  defp fraction_in_unit(digits, per_second) do
    div(List.to_integer(digits) * per_second, Integer.pow(10, length(digits)))
  end
end
