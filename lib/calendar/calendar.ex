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

  def truncate({microsecond, precision}, unit) when unit in [:microsecond, :millisecond, :second] do
    new_precision = min(precision, unit_precision(unit))
    scale = Integer.pow(10, 6 - new_precision)
    {div(microsecond, scale) * scale, new_precision}
  end

  defp unit_precision(:microsecond), do: 6
  defp unit_precision(:millisecond), do: 3
  defp unit_precision(:second), do: 0

  def compatible_calendars?(calendar, calendar), do: true
  def compatible_calendars?(calendar1, calendar2), do: calendar1.day_rollover_relative_to_midnight_utc() == calendar2.day_rollover_relative_to_midnight_utc()

  def strftime(datetime, format, opts \\ []), do: Calendar.Strftime.format(datetime, format, opts)

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
