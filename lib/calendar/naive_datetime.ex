defmodule NaiveDateTime do
  @moduledoc "A date and a time of day without a time zone."

  @enforce_keys [:year, :month, :day, :hour, :minute, :second]
  defstruct [:year, :month, :day, :hour, :minute, :second, microsecond: {0, 0}, calendar: Calendar.ISO]

  @parts_per_day 86_400_000_000

  def new(year, month, day, hour, minute, second, microsecond \\ {0, 0}, calendar \\ Calendar.ISO)

  def new(year, month, day, hour, minute, second, microsecond, calendar) when is_integer(microsecond) do
    new(year, month, day, hour, minute, second, {microsecond, 6}, calendar)
  end

  def new(year, month, day, hour, minute, second, microsecond, calendar) do
    cond do
      not calendar.valid_date?(year, month, day) ->
        {:error, :invalid_date}

      not calendar.valid_time?(hour, minute, second, microsecond) ->
        {:error, :invalid_time}

      true ->
        {:ok,
         %NaiveDateTime{year: year, month: month, day: day, hour: hour, minute: minute, second: second,
           microsecond: microsecond, calendar: calendar}}
    end
  end

  # (a date and a time of different calendars match no clause, as in Elixir 1.14)
  def new(%Date{calendar: calendar} = date, %Time{calendar: calendar} = time) do
    {:ok, build(date, time)}
  end

  def new!(%Date{calendar: calendar} = date, %Time{calendar: calendar} = time), do: build(date, time)

  def new!(year, month, day, hour, minute, second, microsecond \\ {0, 0}, calendar \\ Calendar.ISO) do
    case new(year, month, day, hour, minute, second, microsecond, calendar) do
      {:ok, naive} -> naive
      {:error, reason} -> __at_line__(304, raise(ArgumentError, "cannot build naive datetime, reason: #{inspect(reason)}"))
    end
  end

  defp build(%{calendar: calendar, year: year, month: month, day: day}, %{hour: hour, minute: minute, second: second, microsecond: microsecond}) do
    %NaiveDateTime{year: year, month: month, day: day, hour: hour, minute: minute, second: second,
      microsecond: microsecond, calendar: calendar}
  end

  def utc_now(calendar \\ Calendar.ISO) do
    {:ok, {year, month, day}, {hour, minute, second}, microsecond} =
      Calendar.ISO.from_unix(System.os_time(:microsecond), :microsecond)

    naive = %NaiveDateTime{year: year, month: month, day: day, hour: hour, minute: minute, second: second, microsecond: microsecond}
    convert!(naive, calendar)
  end

  # the host's local time, to the second (as :erlang.localtime/0 gives it)
  def local_now(calendar \\ Calendar.ISO) do
    {{year, month, day}, {hour, minute, second}} = :erlang.localtime()
    naive = %NaiveDateTime{year: year, month: month, day: day, hour: hour, minute: minute, second: second, microsecond: {0, 0}}
    convert!(naive, calendar)
  end

  # (a date and time: a Date or a Time alone is no NaiveDateTime, as in Elixir 1.14)
  def to_date(%{calendar: calendar, year: year, month: month, day: day, hour: _, minute: _, second: _, microsecond: _}) do
    %Date{calendar: calendar, year: year, month: month, day: day}
  end

  def to_time(%{calendar: calendar, year: _, month: _, day: _, hour: hour, minute: minute, second: second, microsecond: microsecond}) do
    %Time{calendar: calendar, hour: hour, minute: minute, second: second, microsecond: microsecond}
  end

  def to_string(%{calendar: calendar} = naive) do
    %{year: year, month: month, day: day, hour: hour, minute: minute, second: second, microsecond: microsecond} = naive
    calendar.naive_datetime_to_string(year, month, day, hour, minute, second, microsecond)
  end

  def to_iso8601(naive, format \\ :extended)

  def to_iso8601(%{calendar: Calendar.ISO} = naive, format) when format in [:extended, :basic] do
    %{year: year, month: month, day: day, hour: hour, minute: minute, second: second, microsecond: microsecond} = naive
    Calendar.ISO.date_to_string(year, month, day, format) <> "T" <>
      Calendar.ISO.time_to_string(hour, minute, second, microsecond, format)
  end

  def to_iso8601(%{calendar: _} = naive, format) when format in [:extended, :basic] do
    naive |> convert!(Calendar.ISO) |> to_iso8601(format)
  end

  def from_iso8601(string, calendar_or_format \\ Calendar.ISO)
  def from_iso8601(string, format) when format in [:extended, :basic], do: from_iso8601(string, Calendar.ISO, format)
  def from_iso8601(string, calendar), do: from_iso8601(string, calendar, :extended)

  @doc false
  def from_iso8601(string, calendar, format) do
    with {:ok, {year, month, day, hour, minute, second, microsecond}} <- Calendar.ISO.parse_naive_datetime(string, format) do
      naive = %NaiveDateTime{year: year, month: month, day: day, hour: hour, minute: minute, second: second, microsecond: microsecond}
      convert(naive, calendar)
    end
  end

  def from_iso8601!(string, calendar_or_format \\ Calendar.ISO) do
    case from_iso8601(string, calendar_or_format) do
      {:ok, naive} -> naive
      {:error, reason} -> __at_line__(772, raise(ArgumentError, "cannot parse #{inspect(string)} as naive datetime, reason: #{inspect(reason)}"))
    end
  end

  def to_erl(naive) do
    %{year: year, month: month, day: day, hour: hour, minute: minute, second: second} = convert!(naive, Calendar.ISO)
    {{year, month, day}, {hour, minute, second}}
  end

  def from_erl(tuple, microsecond \\ {0, 0}, calendar \\ Calendar.ISO)

  def from_erl({{year, month, day}, {hour, minute, second}}, microsecond, calendar) do
    with {:ok, naive} <- new(year, month, day, hour, minute, second, microsecond) do
      convert(naive, calendar)
    end
  end

  def from_erl!(tuple, microsecond \\ {0, 0}, calendar \\ Calendar.ISO) do
    case from_erl(tuple, microsecond, calendar) do
      {:ok, naive} -> naive
      {:error, reason} -> raise ArgumentError, "cannot convert #{inspect(tuple)} to naive datetime, reason: #{inspect(reason)}"
    end
  end

  def from_gregorian_seconds(seconds, microsecond \\ {0, 0}, calendar \\ Calendar.ISO) when is_integer(seconds) do
    {us, _} = microsecond
    iso_days = Calendar.ISO.gregorian_seconds_to_iso_days(seconds, us)
    {year, month, day, hour, minute, second, {us, _}} = calendar.naive_datetime_from_iso_days(iso_days)
    %NaiveDateTime{year: year, month: month, day: day, hour: hour, minute: minute, second: second,
      microsecond: {us, elem(microsecond, 1)}, calendar: calendar}
  end

  def to_gregorian_seconds(%{microsecond: {us, _}} = naive) do
    {Calendar.ISO.iso_days_to_unit(to_iso_days(naive), :second), us}
  end

  def add(%{calendar: calendar, microsecond: {_, precision}} = naive, amount, unit \\ :second) when is_integer(amount) do
    amount_us = __at_line__(442, Calendar.__to_microseconds__(amount, unit))
    iso_days = Calendar.ISO.add_day_fraction_to_iso_days(to_iso_days(naive), amount_us, @parts_per_day)
    from_iso_days(iso_days, calendar, precision)
  end

  # (Elixir's: a frame of a date out of the calendar's range names it)
  defp from_iso_days(iso_days, calendar, precision) do
    {year, month, day, hour, minute, second, {us, _}} = __at_line__(1161, calendar.naive_datetime_from_iso_days(iso_days))
    %NaiveDateTime{year: year, month: month, day: day, hour: hour, minute: minute, second: second,
      microsecond: {us, precision}, calendar: calendar}
  end

  def diff(naive1, naive2, unit \\ :second)

  def diff(%{calendar: _} = naive1, %{calendar: _} = naive2, unit) when unit in [:day, :hour, :minute] do
    div(diff(naive1, naive2, :second), unit_seconds(unit))
  end

  def diff(%{calendar: _} = naive1, %{calendar: _} = naive2, unit) do
    __at_line__(524, Calendar.ISO.iso_days_to_unit(__at_line__(525, to_iso_days(naive1)), unit)) - Calendar.ISO.iso_days_to_unit(__at_line__(525, to_iso_days(naive2)), unit)
  end

  defp unit_seconds(:day), do: 86400
  defp unit_seconds(:hour), do: 3600
  defp unit_seconds(:minute), do: 60

  def compare(%{calendar: _} = naive1, %{calendar: _} = naive2) do
    case {to_iso_days(naive1), to_iso_days(naive2)} do
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

  def truncate(%NaiveDateTime{microsecond: microsecond} = naive, precision) do
    microsecond = __at_line__(551, Calendar.truncate(microsecond, precision))
    %{naive | microsecond: microsecond}
  end

  # any map with a date and a time (a DateTime) gives a NaiveDateTime
  def truncate(%{calendar: calendar, year: year, month: month, day: day, hour: hour, minute: minute, second: second, microsecond: microsecond}, precision) do
    microsecond = __at_line__(575, Calendar.truncate(microsecond, precision))
    %NaiveDateTime{calendar: calendar, year: year, month: month, day: day, hour: hour, minute: minute, second: second, microsecond: microsecond}
  end

  def convert(%{calendar: calendar} = naive, calendar) do
    {:ok, struct_of(naive, calendar)}
  end

  # (only between calendars whose days roll over at the same moment)
  def convert(%{calendar: from, microsecond: {_, precision}} = naive, calendar) do
    if Calendar.compatible_calendars?(from, calendar) do
      {year, month, day, hour, minute, second, {us, _}} = calendar.naive_datetime_from_iso_days(to_iso_days(naive))
      {:ok, %NaiveDateTime{year: year, month: month, day: day, hour: hour, minute: minute, second: second,
         microsecond: {us, precision}, calendar: calendar}}
    else
      {:error, :incompatible_calendars}
    end
  end

  def convert!(naive, calendar) do
    case convert(naive, calendar) do
      {:ok, value} -> value
      {:error, :incompatible_calendars} -> raise ArgumentError, "cannot convert #{inspect(naive)} to target calendar #{inspect(calendar)}, reason: #{inspect(naive.calendar)} and #{inspect(calendar)} have different day rollover moments, making this conversion ambiguous"
      {:error, reason} -> raise ArgumentError, "cannot convert #{inspect(naive)} to target calendar #{inspect(calendar)}, reason: #{inspect(reason)}"
    end
  end

  defp struct_of(naive, calendar) do
    %{year: year, month: month, day: day, hour: hour, minute: minute, second: second, microsecond: microsecond} = naive
    %NaiveDateTime{year: year, month: month, day: day, hour: hour, minute: minute, second: second,
      microsecond: microsecond, calendar: calendar}
  end

  @doc false
  # (a map without the time fields, a Date, fails here: FunctionClauseError as in Elixir)
  @beamlet_frame_line 1146
  def to_iso_days(%{calendar: calendar, year: year, month: month, day: day, hour: hour, minute: minute, second: second,
        microsecond: microsecond}) do
    calendar.naive_datetime_to_iso_days(year, month, day, hour, minute, second, microsecond)
  end
end
