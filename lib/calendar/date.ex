defmodule Date do
  @moduledoc "Dates in the ISO calendar: %Date{year, month, day, calendar}."

  @enforce_keys [:year, :month, :day]
  defstruct [:year, :month, :day, calendar: Calendar.ISO]

  def new(year, month, day, calendar \\ Calendar.ISO) do
    if __at_line__(269, calendar.valid_date?(year, month, day)) do
      {:ok, %Date{year: year, month: month, day: day, calendar: calendar}}
    else
      {:error, :invalid_date}
    end
  end

  def new!(year, month, day, calendar \\ Calendar.ISO) do
    case new(year, month, day, calendar) do
      {:ok, date} -> date
      {:error, reason} -> __at_line__(299, raise(ArgumentError, "cannot build date, reason: #{inspect(reason)}"))
    end
  end

  def utc_today(calendar \\ Calendar.ISO)

  def utc_today(Calendar.ISO) do
    {:ok, {year, month, day}, _, _} = Calendar.ISO.from_unix(System.os_time(:microsecond), :microsecond)
    %Date{year: year, month: month, day: day}
  end

  # (another calendar's today is the UTC clock's date in it, through DateTime as in Elixir)
  def utc_today(calendar), do: DateTime.to_date(__at_line__(178, DateTime.utc_now(calendar)))

  def leap_year?(%{calendar: calendar, year: year}), do: calendar.leap_year?(year)
  def days_in_month(%{calendar: calendar, year: year, month: month}), do: calendar.days_in_month(year, month)
  def months_in_year(%{calendar: calendar, year: year}), do: calendar.months_in_year(year)

  def to_string(%{calendar: calendar, year: year, month: month, day: day}) do
    calendar.date_to_string(year, month, day)
  end

  def to_iso8601(date, format \\ :extended)

  def to_iso8601(%{calendar: Calendar.ISO, year: year, month: month, day: day}, format) when format in [:basic, :extended] do
    Calendar.ISO.date_to_string(year, month, day, format)
  end

  def to_iso8601(%{calendar: _} = date, format) when format in [:basic, :extended] do
    date |> convert!(Calendar.ISO) |> to_iso8601(format)
  end

  def from_iso8601(string, calendar \\ Calendar.ISO) do
    with {:ok, {year, month, day}} <- Calendar.ISO.parse_date(string) do
      convert(%Date{year: year, month: month, day: day}, calendar)
    end
  end

  def from_iso8601!(string, calendar \\ Calendar.ISO) do
    case from_iso8601(string, calendar) do
      {:ok, date} -> date
      {:error, reason} -> __at_line__(369, raise(ArgumentError, "cannot parse #{inspect(string)} as date, reason: #{inspect(reason)}"))
    end
  end

  def to_erl(date) do
    %{year: year, month: month, day: day} = convert!(date, Calendar.ISO)
    {year, month, day}
  end

  def from_erl(tuple, calendar \\ Calendar.ISO)

  def from_erl({year, month, day}, calendar) do
    with {:ok, date} <- new(year, month, day) do
      convert(date, calendar)
    end
  end

  def from_erl!(tuple, calendar \\ Calendar.ISO) do
    case from_erl(tuple, calendar) do
      {:ok, date} -> date
      {:error, reason} -> raise ArgumentError, "cannot convert #{inspect(tuple)} to date, reason: #{inspect(reason)}"
    end
  end

  def from_gregorian_days(days, calendar \\ Calendar.ISO) when is_integer(days), do: from_iso_days(days, calendar)

  defp from_iso_days(days, calendar) do
    {year, month, day} = __at_line__(721, Calendar.ISO.date_from_iso_days(days))
    convert!(%Date{year: year, month: month, day: day}, calendar)
  end

  def to_gregorian_days(date) do
    {days, _} = to_iso_days(date)
    days
  end

  @doc false
  def to_iso_days(%{calendar: Calendar.ISO, year: year, month: month, day: day}) do
    {Calendar.ISO.date_to_iso_days(year, month, day), {0, 86_400_000_000}}
  end

  def to_iso_days(%{calendar: calendar, year: year, month: month, day: day}) do
    calendar.naive_datetime_to_iso_days(year, month, day, 0, 0, 0, {0, 0})
  end

  # (two ISO dates are matched as dates first, at Elixir 1.14's lines: a time's MatchError)
  def compare(%{calendar: Calendar.ISO} = date1, %{calendar: Calendar.ISO} = date2) do
    __at_line__(542, %{year: year1, month: month1, day: day1} = date1)
    __at_line__(543, %{year: year2, month: month2, day: day2} = date2)

    cond do
      {year1, month1, day1} > {year2, month2, day2} -> :gt
      {year1, month1, day1} < {year2, month2, day2} -> :lt
      true -> :eq
    end
  end

  def compare(%{calendar: _} = date1, %{calendar: _} = date2) do
    {days1, _} = to_iso_days(date1)
    {days2, _} = to_iso_days(date2)

    cond do
      days1 > days2 -> :gt
      days1 < days2 -> :lt
      true -> :eq
    end
  end

  # (no guard on days, as in Elixir 1.14: what is no integer fails in the sum, or in
  # date_from_iso_days/1 for a float)
  def add(%{calendar: Calendar.ISO} = date, days) do
    __at_line__(656, %{year: _, month: _, day: _} = date)
    sum = __at_line__(660, to_gregorian_days(date) + days)
    {year, month, day} = __at_line__(661, Calendar.ISO.date_from_iso_days(sum))
    %Date{year: year, month: month, day: day}
  end

  def add(%{calendar: calendar} = date, days) do
    {iso_days, fraction} = to_iso_days(date)
    {year, month, day, _, _, _, _} = calendar.naive_datetime_from_iso_days({iso_days + days, fraction})
    %Date{year: year, month: month, day: day, calendar: calendar}
  end

  # (ISO dates are matched as dates first, at Elixir 1.14's lines: a time's MatchError)
  def diff(%{calendar: Calendar.ISO} = date1, %{calendar: Calendar.ISO} = date2) do
    __at_line__(693, %{year: _, month: _, day: _} = date1)
    __at_line__(694, %{year: _, month: _, day: _} = date2)
    to_gregorian_days(date1) - to_gregorian_days(date2)
  end

  def diff(%{calendar: _} = date1, %{calendar: _} = date2) do
    to_gregorian_days(date1) - to_gregorian_days(date2)
  end

  def day_of_week(date, starting_on \\ :default)

  def day_of_week(%{calendar: calendar, year: year, month: month, day: day}, starting_on) do
    {dow, _, _} = __at_line__(768, calendar.day_of_week(year, month, day, starting_on))
    dow
  end

  def beginning_of_week(date, starting_on \\ :default)

  # (an ISO date's day of the week is counted from its ISO days, where Elixir counts it)
  def beginning_of_week(%{calendar: Calendar.ISO} = date, starting_on) do
    __at_line__(798, %{year: year, month: month, day: day} = date)
    iso_days = Calendar.ISO.date_to_iso_days(year, month, day)

    case __at_line__(802, Calendar.ISO.iso_days_to_day_of_week(iso_days, starting_on)) do
      1 -> %Date{year: year, month: month, day: day}
      day_of_week -> from_iso_days_tuple(Calendar.ISO.date_from_iso_days(iso_days - day_of_week + 1))
    end
  end

  def beginning_of_week(%{calendar: calendar} = date, starting_on) do
    __at_line__(814, %{year: year, month: month, day: day} = date)

    case __at_line__(816, calendar.day_of_week(year, month, day, starting_on)) do
      {day_of_week, day_of_week, _} -> %Date{calendar: calendar, year: year, month: month, day: day}
      {day_of_week, first_day_of_week, _} -> add(date, -(day_of_week - first_day_of_week))
    end
  end

  def end_of_week(date, starting_on \\ :default)

  def end_of_week(%{calendar: Calendar.ISO} = date, starting_on) do
    __at_line__(851, %{year: year, month: month, day: day} = date)
    iso_days = Calendar.ISO.date_to_iso_days(year, month, day)

    case __at_line__(855, Calendar.ISO.iso_days_to_day_of_week(iso_days, starting_on)) do
      7 -> %Date{year: year, month: month, day: day}
      day_of_week -> from_iso_days_tuple(Calendar.ISO.date_from_iso_days(iso_days + 7 - day_of_week))
    end
  end

  def end_of_week(%{calendar: calendar} = date, starting_on) do
    __at_line__(867, %{year: year, month: month, day: day} = date)

    case __at_line__(869, calendar.day_of_week(year, month, day, starting_on)) do
      {day_of_week, _, day_of_week} -> %Date{calendar: calendar, year: year, month: month, day: day}
      {day_of_week, _, last_day_of_week} -> add(date, last_day_of_week - day_of_week)
    end
  end

  defp from_iso_days_tuple({year, month, day}), do: %Date{year: year, month: month, day: day}

  def beginning_of_month(%{calendar: calendar, year: year, month: month}) do
    %Date{year: year, month: month, day: 1, calendar: calendar}
  end

  def end_of_month(%{calendar: calendar, year: year, month: month}) do
    %Date{year: year, month: month, day: calendar.days_in_month(year, month), calendar: calendar}
  end

  def day_of_year(%{calendar: calendar, year: year, month: month, day: day}), do: calendar.day_of_year(year, month, day)
  def quarter_of_year(%{calendar: calendar, year: year, month: month, day: day}), do: calendar.quarter_of_year(year, month, day)
  def year_of_era(%{calendar: calendar, year: year, month: month, day: day}), do: calendar.year_of_era(year, month, day)
  def day_of_era(%{calendar: calendar, year: year, month: month, day: day}), do: calendar.day_of_era(year, month, day)

  def convert(%{calendar: calendar, year: year, month: month, day: day}, calendar) do
    {:ok, %Date{calendar: calendar, year: year, month: month, day: day}}
  end

  # (only between calendars whose days roll over at the same moment)
  def convert(%{calendar: from} = date, calendar) do
    if Calendar.compatible_calendars?(from, calendar) do
      {year, month, day, _, _, _, _} = calendar.naive_datetime_from_iso_days(to_iso_days(date))
      {:ok, %Date{year: year, month: month, day: day, calendar: calendar}}
    else
      {:error, :incompatible_calendars}
    end
  end

  def convert!(date, calendar) do
    case convert(date, calendar) do
      {:ok, value} -> value
      {:error, reason} -> raise ArgumentError, "cannot convert #{inspect(date)} to target calendar #{inspect(calendar)}, reason: #{inspect(reason)}"
    end
  end

  # as Elixir 1.14's: both dates read through to_iso_days/1 (at its lines), mismatched calendars
  # of two dates an ArgumentError, anything that is no date no clause
  def range(%{calendar: calendar} = first, %{calendar: calendar} = last) do
    {first_days, _} = __at_line__(100, to_iso_days(first))
    {last_days, _} = __at_line__(101, to_iso_days(last))
    step = if first_days <= last_days, do: 1, else: -1
    build_range(first, first_days, last, last_days, calendar, step)
  end

  def range(%{calendar: _, year: _, month: _, day: _}, %{calendar: _, year: _, month: _, day: _}) do
    __at_line__(108, raise(ArgumentError, "both dates must have matching calendars"))
  end

  def range(%{calendar: calendar} = first, %{calendar: calendar} = last, step) when is_integer(step) and step != 0 do
    {first_days, _} = __at_line__(132, to_iso_days(first))
    {last_days, _} = __at_line__(133, to_iso_days(last))
    build_range(first, first_days, last, last_days, calendar, step)
  end

  def range(%{calendar: _, year: _, month: _, day: _} = first, %{calendar: _, year: _, month: _, day: _} = last, step) do
    __at_line__(142, raise(ArgumentError,
          "both dates must have matching calendar and the step must be a non-zero integer, " <>
            "got: #{inspect(first)}, #{inspect(last)}, #{inspect(step)}"))
  end

  defp build_range(first, first_days, last, last_days, calendar, step) do
    %Date.Range{
      first: %Date{calendar: calendar, year: first.year, month: first.month, day: first.day},
      last: %Date{calendar: calendar, year: last.year, month: last.month, day: last.day},
      first_in_iso_days: first_days,
      last_in_iso_days: last_days,
      step: step
    }
  end
end

defmodule Date.Range do
  @moduledoc "A range of dates with a step (Date.range/2,3)."

  @enforce_keys [:first, :last, :first_in_iso_days, :last_in_iso_days, :step]
  defstruct [:first, :last, :first_in_iso_days, :last_in_iso_days, :step]

  @doc false
  def size(%Date.Range{first_in_iso_days: first, last_in_iso_days: last, step: step}) do
    cond do
      step > 0 and first > last -> 0
      step < 0 and first < last -> 0
      true -> div(abs(last - first), abs(step)) + 1
    end
  end

  @doc false
  def date_at(%Date.Range{first: %{calendar: calendar}}, iso_days) do
    {year, month, day, _, _, _, _} = calendar.naive_datetime_from_iso_days({iso_days, {0, 86_400_000_000}})
    %Date{year: year, month: month, day: day, calendar: calendar}
  end
end

defimpl Enumerable, for: Date.Range do
  def count(range), do: {:ok, Date.Range.size(range)}

  def member?(%Date.Range{first: %{calendar: calendar}} = range, %{calendar: calendar, year: _, month: _, day: _} = date) do
    %Date.Range{first_in_iso_days: first, last_in_iso_days: last, step: step} = range
    {days, _} = Date.to_iso_days(date)
    {low, high} = if step > 0, do: {first, last}, else: {last, first}
    {:ok, days >= low and days <= high and rem(days - first, step) == 0}
  end

  def member?(_range, _value), do: {:ok, false}

  def slice(%Date.Range{first_in_iso_days: first, step: step} = range) do
    {:ok, Date.Range.size(range),
     fn start, amount, s -> slice_days(range, first + start * step, step * s, amount, []) end}
  end

  defp slice_days(_range, _current, _step, 0, acc), do: :lists.reverse(acc)

  defp slice_days(range, current, step, amount, acc) do
    slice_days(range, current + step, step, amount - 1, [Date.Range.date_at(range, current) | acc])
  end

  def reduce(%Date.Range{first_in_iso_days: first, last_in_iso_days: last, step: step} = range, acc, fun) do
    reduce_days(range, first, last, step, acc, fun)
  end

  defp reduce_days(_range, _current, _last, _step, {:halt, acc}, _fun), do: {:halted, acc}

  defp reduce_days(range, current, last, step, {:suspend, acc}, fun) do
    {:suspended, acc, &reduce_days(range, current, last, step, &1, fun)}
  end

  defp reduce_days(range, current, last, step, {:cont, acc}, fun) do
    if (step > 0 and current <= last) or (step < 0 and current >= last) do
      reduce_days(range, current + step, last, step, fun.(Date.Range.date_at(range, current), acc), fun)
    else
      {:done, acc}
    end
  end
end
