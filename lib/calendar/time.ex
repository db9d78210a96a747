defmodule Time do
  @moduledoc "Times of day: %Time{hour, minute, second, microsecond: {value, precision}, calendar}."

  @enforce_keys [:hour, :minute, :second]
  defstruct [:hour, :minute, :second, microsecond: {0, 0}, calendar: Calendar.ISO]

  @parts_per_day 86_400_000_000

  def new(hour, minute, second, microsecond \\ {0, 0}, calendar \\ Calendar.ISO)

  def new(hour, minute, second, microsecond, calendar) when is_integer(microsecond) do
    new(hour, minute, second, {microsecond, 6}, calendar)
  end

  def new(hour, minute, second, {us, precision} = microsecond, calendar)
      when is_integer(hour) and is_integer(minute) and is_integer(second) and is_integer(us) and is_integer(precision) do
    if calendar.valid_time?(hour, minute, second, microsecond) do
      {:ok, %Time{hour: hour, minute: minute, second: second, microsecond: microsecond, calendar: calendar}}
    else
      {:error, :invalid_time}
    end
  end

  def new!(hour, minute, second, microsecond \\ {0, 0}, calendar \\ Calendar.ISO) do
    case new(hour, minute, second, microsecond, calendar) do
      {:ok, time} -> time
      {:error, reason} -> __at_line__(182, raise(ArgumentError, "cannot build time, reason: #{inspect(reason)}"))
    end
  end

  def utc_now(calendar \\ Calendar.ISO) do
    {:ok, _, {hour, minute, second}, microsecond} = Calendar.ISO.from_unix(System.os_time(:microsecond), :microsecond)
    convert!(%Time{hour: hour, minute: minute, second: second, microsecond: microsecond}, calendar)
  end

  def to_string(%{hour: hour, minute: minute, second: second, microsecond: microsecond, calendar: calendar}) do
    calendar.time_to_string(hour, minute, second, microsecond)
  end

  def to_iso8601(time, format \\ :extended)

  def to_iso8601(%{calendar: Calendar.ISO} = time, format) when format in [:extended, :basic] do
    %{hour: hour, minute: minute, second: second, microsecond: microsecond} = time
    Calendar.ISO.time_to_string(hour, minute, second, microsecond, format)
  end

  def to_iso8601(%{calendar: _} = time, format) when format in [:extended, :basic] do
    time |> convert!(Calendar.ISO) |> to_iso8601(format)
  end

  def from_iso8601(string, calendar \\ Calendar.ISO) do
    with {:ok, {hour, minute, second, microsecond}} <- Calendar.ISO.parse_time(string) do
      convert(%Time{hour: hour, minute: minute, second: second, microsecond: microsecond}, calendar)
    end
  end

  def from_iso8601!(string, calendar \\ Calendar.ISO) do
    case from_iso8601(string, calendar) do
      {:ok, time} -> time
      {:error, reason} -> __at_line__(286, raise(ArgumentError, "cannot parse #{inspect(string)} as time, reason: #{inspect(reason)}"))
    end
  end

  def to_erl(time) do
    %{hour: hour, minute: minute, second: second} = convert!(time, Calendar.ISO)
    {hour, minute, second}
  end

  def from_erl(tuple, microsecond \\ {0, 0}, calendar \\ Calendar.ISO)

  def from_erl({hour, minute, second}, microsecond, calendar) do
    with {:ok, time} <- new(hour, minute, second, microsecond) do
      convert(time, calendar)
    end
  end

  def from_erl!(tuple, microsecond \\ {0, 0}, calendar \\ Calendar.ISO) do
    case from_erl(tuple, microsecond, calendar) do
      {:ok, time} -> time
      {:error, reason} -> raise ArgumentError, "cannot convert #{inspect(tuple)} to time, reason: #{inspect(reason)}"
    end
  end

  def from_seconds_after_midnight(seconds, microsecond \\ {0, 0}, calendar \\ Calendar.ISO) when is_integer(seconds) do
    {days, fraction} = Calendar.ISO.gregorian_seconds_to_iso_days(seconds, 0)
    _ = days
    {hour, minute, second, _} = calendar.time_from_day_fraction(fraction)
    %Time{hour: hour, minute: minute, second: second, microsecond: microsecond, calendar: calendar}
  end

  def to_seconds_after_midnight(%{microsecond: {us, _}} = time) do
    {parts, per_day} = to_day_fraction(time)
    {div(parts * 86400, per_day), us}
  end

  def add(%{calendar: calendar, microsecond: {_, precision}} = time, amount, unit \\ :second) when is_integer(amount) do
    # (:hour and :minute count in seconds; :day is no unit of Time.add/3 in Elixir 1.14)
    amount_us = if unit in [:hour, :minute], do: Calendar.__to_microseconds__(amount, unit), else: __at_line__(511, System.convert_time_unit(amount, unit, :microsecond))
    {parts, per_day} = to_day_fraction(time)
    {_, fraction} = Calendar.ISO.add_day_fraction_to_iso_days({0, {parts, per_day}}, amount_us, @parts_per_day)
    {hour, minute, second, {us, _}} = calendar.time_from_day_fraction(fraction)
    %Time{hour: hour, minute: minute, second: second, microsecond: {us, precision}, calendar: calendar}
  end

  def diff(time1, time2, unit \\ :second)

  def diff(%{calendar: _} = time1, %{calendar: _} = time2, unit) when unit in [:hour, :minute] do
    div(diff(time1, time2, :second), if(unit == :hour, do: 3600, else: 60))
  end

  def diff(%{calendar: _} = time1, %{calendar: _} = time2, unit) do
    __at_line__(761, Calendar.ISO.iso_days_to_unit({0, to_day_fraction(time1)}, unit)) -
      Calendar.ISO.iso_days_to_unit({0, to_day_fraction(time2)}, unit)
  end

  def compare(time1, time2) do
    {parts1, per_day1} = __at_line__(583, to_day_fraction(time1))
    {parts2, per_day2} = __at_line__(584, to_day_fraction(time2))

    case {parts1 * per_day2, parts2 * per_day1} do
      {a, b} when a > b -> :gt
      {a, b} when a < b -> :lt
      _ -> :eq
    end
  end

  def truncate(%{microsecond: microsecond} = time, precision) do
    %{time | microsecond: Calendar.truncate(microsecond, precision)}
  end

  def convert(%{calendar: calendar} = time, calendar) do
    %{hour: hour, minute: minute, second: second, microsecond: microsecond} = time
    {:ok, %Time{hour: hour, minute: minute, second: second, microsecond: microsecond, calendar: calendar}}
  end

  def convert(%{calendar: _, microsecond: {_, precision}} = time, calendar) do
    {hour, minute, second, {us, _}} = calendar.time_from_day_fraction(to_day_fraction(time))
    {:ok, %Time{hour: hour, minute: minute, second: second, microsecond: {us, precision}, calendar: calendar}}
  end

  def convert!(time, calendar) do
    case convert(time, calendar) do
      {:ok, value} -> value
      {:error, reason} -> raise ArgumentError, "cannot convert #{inspect(time)} to target calendar #{inspect(calendar)}, reason: #{inspect(reason)}"
    end
  end

  defp to_day_fraction(%{hour: hour, minute: minute, second: second, microsecond: {_, _} = microsecond, calendar: calendar}) do
    calendar.time_to_day_fraction(hour, minute, second, microsecond)
  end
end
