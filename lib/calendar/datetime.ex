defmodule DateTime do
  @moduledoc """
  A date and time in a time zone. beamlet ships Elixir's default time zone database,
  Calendar.UTCOnlyTimeZoneDatabase: "Etc/UTC" works, any other zone gives
  `{:error, :utc_only_time_zone_database}` (or an ArgumentError from the bang functions).
  """

  @enforce_keys [:year, :month, :day, :hour, :minute, :second, :time_zone, :zone_abbr, :utc_offset, :std_offset]
  defstruct [:year, :month, :day, :hour, :minute, :second, :time_zone, :zone_abbr, :utc_offset, :std_offset,
             microsecond: {0, 0}, calendar: Calendar.ISO]

  @parts_per_day 86_400_000_000
  @unix_epoch_seconds 62_167_219_200

  def utc_now(calendar \\ Calendar.ISO) do
    System.os_time(:microsecond) |> from_unix!(:microsecond, calendar)
  end

  def now(time_zone, database \\ Calendar.get_time_zone_database()) do
    shift_zone(utc_now(), time_zone, database)
  end

  def now!(time_zone, database \\ Calendar.get_time_zone_database()) do
    case now(time_zone, database) do
      {:ok, datetime} -> datetime
      {:error, reason} -> __at_line__(805, raise(ArgumentError, "cannot get current datetime in #{inspect(time_zone)} time zone, reason: #{inspect(reason)}"))
    end
  end

  def from_unix(integer, unit \\ :second, calendar \\ Calendar.ISO) when is_integer(integer) do
    case __at_line__(357, Calendar.ISO.from_unix(integer, unit)) do
      {:ok, {year, month, day}, {hour, minute, second}, microsecond} ->
        utc = utc_struct(year, month, day, hour, minute, second, microsecond)
        convert(utc, calendar)

      {:error, _} = error ->
        error
    end
  end

  def from_unix!(integer, unit \\ :second, calendar \\ Calendar.ISO) do
    case __at_line__(408, from_unix(integer, unit, calendar)) do
      {:ok, datetime} -> datetime
      {:error, :invalid_unix_time} -> __at_line__(413, raise(ArgumentError, "invalid Unix time #{integer}"))
    end
  end

  def to_unix(%{utc_offset: utc_offset, std_offset: std_offset} = datetime, unit \\ :second) do
    seconds_offset = utc_offset + std_offset
    us = Calendar.ISO.iso_days_to_unit(NaiveDateTime.to_iso_days(datetime), :microsecond) - seconds_offset * 1_000_000
    System.convert_time_unit(us - @unix_epoch_seconds * 1_000_000, :microsecond, unit)
  end

  def from_naive(naive, time_zone, database \\ Calendar.get_time_zone_database())

  def from_naive(naive, "Etc/UTC", _database), do: {:ok, __at_line__(498, from_naive_with_period(naive, "Etc/UTC", %{std_offset: 0, utc_offset: 0, zone_abbr: "UTC"}))}

  def from_naive(%{calendar: _} = naive, time_zone, database) do
    case database.time_zone_periods_from_wall_datetime(naive, time_zone) do
      {:ok, %{utc_offset: utc_offset, std_offset: std_offset, zone_abbr: zone_abbr}} ->
        {:ok, zoned(naive, time_zone, zone_abbr, utc_offset, std_offset)}

      {:error, _} = error ->
        error
    end
  end

  # (the UTC period's: what Elixir's from_naive_with_period/3 builds for "Etc/UTC")
  defp from_naive_with_period(naive, _time_zone, _period) do
    __at_line__(571, %{calendar: calendar, year: year, month: month, day: day, hour: hour, minute: minute, second: second, microsecond: microsecond} = naive)
    %{utc_struct(year, month, day, hour, minute, second, microsecond) | calendar: calendar}
  end

  def from_naive!(naive, time_zone, database \\ Calendar.get_time_zone_database()) do
    case from_naive(naive, time_zone, database) do
      {:ok, datetime} -> datetime
      {:error, reason} -> __at_line__(635, raise(ArgumentError, "cannot convert #{inspect(naive)} to datetime, reason: #{inspect(reason)}"))
    end
  end

  def new(date, time, time_zone \\ "Etc/UTC", database \\ Calendar.get_time_zone_database()) do
    with {:ok, naive} <- NaiveDateTime.new(date, time) do
      from_naive(naive, time_zone, database)
    end
  end

  def new!(date, time, time_zone \\ "Etc/UTC", database \\ Calendar.get_time_zone_database()) do
    case new(date, time, time_zone, database) do
      {:ok, datetime} -> datetime
      # (raised at Elixir's line of it in lib/calendar/datetime.ex)
      {:error, reason} -> __at_line__(307, raise(ArgumentError, "cannot build datetime with #{inspect(date)} and #{inspect(time)}, reason: #{inspect(reason)}"))
    end
  end

  def to_naive(%{calendar: calendar} = datetime) do
    %{year: year, month: month, day: day, hour: hour, minute: minute, second: second, microsecond: microsecond} = datetime
    %NaiveDateTime{year: year, month: month, day: day, hour: hour, minute: minute, second: second,
      microsecond: microsecond, calendar: calendar}
  end

  def to_date(%{calendar: calendar, year: year, month: month, day: day, time_zone: _}) do
    %Date{calendar: calendar, year: year, month: month, day: day}
  end

  def to_time(%{calendar: calendar, hour: hour, minute: minute, second: second, microsecond: microsecond, time_zone: _}) do
    %Time{calendar: calendar, hour: hour, minute: minute, second: second, microsecond: microsecond}
  end

  def shift_zone(datetime, time_zone, database \\ Calendar.get_time_zone_database())

  def shift_zone(%{time_zone: time_zone} = datetime, time_zone, _database), do: {:ok, datetime}

  def shift_zone(%{calendar: calendar, microsecond: {_, precision}} = datetime, time_zone, database) do
    utc_days = utc_iso_days(datetime)

    with {:ok, %{utc_offset: utc_offset, std_offset: std_offset, zone_abbr: zone_abbr}} <-
           period_from_utc(utc_days, time_zone, database) do
      wall = Calendar.ISO.add_day_fraction_to_iso_days(utc_days, (utc_offset + std_offset) * 1_000_000, @parts_per_day)
      {year, month, day, hour, minute, second, {us, _}} = calendar.naive_datetime_from_iso_days(wall)

      {:ok,
       %DateTime{year: year, month: month, day: day, hour: hour, minute: minute, second: second,
         microsecond: {us, precision}, time_zone: time_zone, zone_abbr: zone_abbr, utc_offset: utc_offset,
         std_offset: std_offset, calendar: calendar}}
    end
  end

  def shift_zone!(datetime, time_zone, database \\ Calendar.get_time_zone_database()) do
    case shift_zone(datetime, time_zone, database) do
      {:ok, datetime} -> datetime
      {:error, reason} -> __at_line__(738, raise(ArgumentError, "cannot shift #{inspect(datetime)} to #{inspect(time_zone)} time zone, reason: #{inspect(reason)}"))
    end
  end

  # (Etc/UTC too comes from the database, as in Elixir: the UTC-only one knows it)
  defp period_from_utc(utc_days, time_zone, database), do: database.time_zone_period_from_utc_iso_days(utc_days, time_zone)

  def add(datetime, amount, unit \\ :second, database \\ Calendar.get_time_zone_database())

  def add(datetime, amount, unit, database) when is_integer(amount) do
    __at_line__(1530, %{calendar: calendar, microsecond: {_, precision}, time_zone: time_zone} = datetime)
    # :day, :hour and :minute are counted in seconds (the error message shows them so)
    {amount, unit} = if unit in [:day, :hour, :minute], do: {div(Calendar.__to_microseconds__(amount, unit), 1_000_000), :second}, else: {amount, unit}
    amount_us = __at_line__(1532, Calendar.__to_microseconds__(amount, unit))
    utc_days = Calendar.ISO.add_day_fraction_to_iso_days(utc_iso_days(datetime), amount_us, @parts_per_day)

    # (the lines are Elixir's: a date past the calendar's range fails under both frames)
    case __at_line__(1540, shift_zone_for_iso_days_utc(utc_days, calendar, precision, time_zone, database)) do
      {:ok, shifted} ->
        shifted

      {:error, reason} ->
        raise ArgumentError,
              "cannot add #{amount} #{unit} to #{inspect(datetime)} (with time zone database #{inspect(database)}), " <>
                "reason: #{inspect(reason)}"
    end
  end

  # the UTC date time of utc_days in the calendar, then in time_zone
  defp shift_zone_for_iso_days_utc(utc_days, calendar, precision, time_zone, database) do
    {year, month, day, hour, minute, second, {us, _}} = __at_line__(692, calendar.naive_datetime_from_iso_days(utc_days))
    shift_zone(%{utc_struct(year, month, day, hour, minute, second, {us, precision}) | calendar: calendar}, time_zone, database)
  end

  def diff(datetime1, datetime2, unit \\ :second)

  def diff(%{time_zone: _} = datetime1, %{time_zone: _} = datetime2, unit) when unit in [:day, :hour, :minute] do
    div(diff(datetime1, datetime2, :second), unit_seconds(unit))
  end

  def diff(%{time_zone: _} = datetime1, %{time_zone: _} = datetime2, unit) do
    __at_line__(1440, Calendar.ISO.iso_days_to_unit(utc_iso_days(datetime1), unit)) - Calendar.ISO.iso_days_to_unit(utc_iso_days(datetime2), unit)
  end

  defp unit_seconds(:day), do: 86400
  defp unit_seconds(:hour), do: 3600
  defp unit_seconds(:minute), do: 60

  def compare(%{time_zone: _} = datetime1, %{time_zone: _} = datetime2) do
    case {utc_iso_days(datetime1), utc_iso_days(datetime2)} do
      {{days1, _}, {days2, _}} when days1 > days2 -> :gt
      {{days1, _}, {days2, _}} when days1 < days2 -> :lt
      {{_, {parts1, per_day1}}, {_, {parts2, per_day2}}} ->
        cond do
          parts1 * per_day2 > parts2 * per_day1 -> :gt
          parts1 * per_day2 < parts2 * per_day1 -> :lt
          true -> :eq
        end
    end
  end

  def truncate(%{microsecond: microsecond} = datetime, precision) do
    %{datetime | microsecond: Calendar.truncate(microsecond, precision)}
  end

  def to_string(%{calendar: calendar} = datetime) do
    %{year: year, month: month, day: day, hour: hour, minute: minute, second: second, microsecond: microsecond,
      time_zone: time_zone, zone_abbr: zone_abbr, utc_offset: utc_offset, std_offset: std_offset} = datetime

    calendar.datetime_to_string(year, month, day, hour, minute, second, microsecond, time_zone, zone_abbr, utc_offset, std_offset)
  end

  def to_iso8601(datetime, format \\ :extended, offset \\ nil)

  def to_iso8601(%{calendar: Calendar.ISO} = datetime, format, nil) when format in [:extended, :basic] do
    %{year: year, month: month, day: day, hour: hour, minute: minute, second: second, microsecond: microsecond,
      time_zone: time_zone, utc_offset: utc_offset, std_offset: std_offset} = datetime

    Calendar.ISO.date_to_string(year, month, day, format) <>
      "T" <>
      Calendar.ISO.time_to_string(hour, minute, second, microsecond, format) <>
      Calendar.ISO.offset_to_string(utc_offset, std_offset, time_zone, format)
  end

  def to_iso8601(%{calendar: Calendar.ISO, microsecond: {_, precision}} = datetime, format, offset)
      when format in [:extended, :basic] and is_integer(offset) do
    wall = Calendar.ISO.add_day_fraction_to_iso_days(utc_iso_days(datetime), offset * 1_000_000, @parts_per_day)
    {year, month, day, hour, minute, second, {us, _}} = Calendar.ISO.naive_datetime_from_iso_days(wall)

    shifted = %DateTime{year: year, month: month, day: day, hour: hour, minute: minute, second: second,
      microsecond: {us, precision}, time_zone: "", zone_abbr: "", utc_offset: offset, std_offset: 0}

    to_iso8601(shifted, format, nil)
  end

  def to_iso8601(%{calendar: _} = datetime, format, offset) when format in [:extended, :basic] do
    datetime |> convert!(Calendar.ISO) |> to_iso8601(format, offset)
  end

  def from_iso8601(string, calendar_or_format \\ Calendar.ISO)
  def from_iso8601(string, format) when format in [:extended, :basic], do: from_iso8601(string, Calendar.ISO, format)
  def from_iso8601(string, calendar), do: from_iso8601(string, calendar, :extended)

  def from_iso8601(string, calendar, format) do
    with {:ok, {year, month, day, hour, minute, second, microsecond}, offset} <-
           Calendar.ISO.parse_utc_datetime(string, format),
         {:ok, datetime} <- convert(utc_struct(year, month, day, hour, minute, second, microsecond), calendar) do
      {:ok, datetime, offset}
    end
  end

  def from_gregorian_seconds(seconds, microsecond \\ {0, 0}, calendar \\ Calendar.ISO) when is_integer(seconds) do
    naive = NaiveDateTime.from_gregorian_seconds(seconds, microsecond, calendar)
    %{year: year, month: month, day: day, hour: hour, minute: minute, second: second} = naive
    %{utc_struct(year, month, day, hour, minute, second, microsecond) | calendar: calendar}
  end

  def to_gregorian_seconds(%{microsecond: {us, _}} = datetime) do
    {Calendar.ISO.iso_days_to_unit(utc_iso_days(datetime), :second), us}
  end

  def convert(%{calendar: calendar} = datetime, calendar), do: {:ok, datetime}

  # (only between calendars whose days roll over at the same moment)
  def convert(%{calendar: from, microsecond: {_, precision}} = datetime, calendar) do
    if Calendar.compatible_calendars?(from, calendar) do
      {year, month, day, hour, minute, second, {us, _}} = calendar.naive_datetime_from_iso_days(NaiveDateTime.to_iso_days(datetime))
      {:ok, %{datetime | year: year, month: month, day: day, hour: hour, minute: minute, second: second,
         microsecond: {us, precision}, calendar: calendar}}
    else
      {:error, :incompatible_calendars}
    end
  end

  def convert!(datetime, calendar) do
    case convert(datetime, calendar) do
      {:ok, value} -> value
      {:error, :incompatible_calendars} -> raise ArgumentError, "cannot convert #{inspect(datetime)} to target calendar #{inspect(calendar)}, reason: #{inspect(datetime.calendar)} and #{inspect(calendar)} have different day rollover moments, making this conversion ambiguous"
      {:error, reason} -> raise ArgumentError, "cannot convert #{inspect(datetime)} to target calendar #{inspect(calendar)}, reason: #{inspect(reason)}"
    end
  end

  defp utc_struct(year, month, day, hour, minute, second, microsecond) do
    %DateTime{year: year, month: month, day: day, hour: hour, minute: minute, second: second, microsecond: microsecond,
      time_zone: "Etc/UTC", zone_abbr: "UTC", utc_offset: 0, std_offset: 0}
  end

  defp zoned(naive, time_zone, zone_abbr, utc_offset, std_offset) do
    %{year: year, month: month, day: day, hour: hour, minute: minute, second: second, microsecond: microsecond,
      calendar: calendar} = naive

    %DateTime{year: year, month: month, day: day, hour: hour, minute: minute, second: second, microsecond: microsecond,
      time_zone: time_zone, zone_abbr: zone_abbr, utc_offset: utc_offset, std_offset: std_offset, calendar: calendar}
  end

  # the instant in UTC as iso days
  defp utc_iso_days(%{utc_offset: utc_offset, std_offset: std_offset} = datetime) do
    iso_days = NaiveDateTime.to_iso_days(datetime)
    Calendar.ISO.add_day_fraction_to_iso_days(iso_days, -(utc_offset + std_offset) * 1_000_000, @parts_per_day)
  end
end
