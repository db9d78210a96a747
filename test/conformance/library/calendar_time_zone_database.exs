# Calendar.put_time_zone_database/1 with a time zone database of the program's own (one fixed zone
# an hour ahead of UTC, with summer time from April to September): DateTime.shift_zone/now/
# from_naive/add through it, the zone fields, and back to the UTC-only default.
defmodule FakeTZ do
  @behaviour Calendar.TimeZoneDatabase

  @impl true
  def time_zone_period_from_utc_iso_days(iso_days, "Fake/Zone") do
    {year, month, _, _, _, _, _} = Calendar.ISO.naive_datetime_from_iso_days(iso_days)
    {:ok, period(year, month)}
  end

  def time_zone_period_from_utc_iso_days(_, _), do: {:error, :time_zone_not_found}

  @impl true
  def time_zone_periods_from_wall_datetime(%{year: y, month: m}, "Fake/Zone"), do: {:ok, period(y, m)}
  def time_zone_periods_from_wall_datetime(_, _), do: {:error, :time_zone_not_found}

  defp period(_year, month) when month in 4..9, do: %{utc_offset: 3600, std_offset: 3600, zone_abbr: "FST"}
  defp period(_year, _month), do: %{utc_offset: 3600, std_offset: 0, zone_abbr: "FT"}
end

defmodule Main do
  def run do
    IO.inspect(Calendar.get_time_zone_database())
    IO.inspect(DateTime.shift_zone(~U[2020-01-01 12:00:00Z], "Fake/Zone"))
    IO.inspect(Calendar.put_time_zone_database(FakeTZ))
    IO.inspect(Calendar.get_time_zone_database())
    {:ok, winter} = DateTime.shift_zone(~U[2020-01-01 12:00:00Z], "Fake/Zone")
    IO.inspect(winter)
    IO.inspect({winter.zone_abbr, winter.utc_offset, winter.std_offset, DateTime.to_iso8601(winter)})
    {:ok, summer} = DateTime.shift_zone(~U[2020-07-01 12:00:00.123Z], "Fake/Zone")
    IO.inspect({summer, DateTime.to_string(summer)})
    IO.inspect(DateTime.from_naive(~N[2020-05-05 10:00:00], "Fake/Zone"))
    IO.inspect(DateTime.from_naive(~N[2020-05-05 10:00:00], "Nowhere/Zone"))
    IO.inspect(DateTime.shift_zone(summer, "Etc/UTC"))
    IO.inspect(DateTime.add(winter, 86_400 * 120, :second))
    IO.inspect(DateTime.compare(winter, ~U[2020-01-01 12:00:00Z]))
    IO.inspect(DateTime.diff(summer, winter, :hour))
    IO.inspect(DateTime.now("Fake/Zone") |> elem(1) |> Map.get(:time_zone))
    IO.inspect(DateTime.new(~D[2020-08-01], ~T[08:00:00], "Fake/Zone"))
    IO.inspect(Calendar.put_time_zone_database(Calendar.UTCOnlyTimeZoneDatabase))
    IO.inspect(DateTime.shift_zone(~U[2020-01-01 12:00:00Z], "Fake/Zone"))
  end
end

Main.run()
