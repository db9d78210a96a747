# NaiveDateTime functions given a DateTime give NaiveDateTimes; a Date or a Time alone is refused
dt = %DateTime{year: 2000, month: 2, day: 29, zone_abbr: "CET", hour: 23, minute: 0, second: 7,
               microsecond: {3456, 6}, utc_offset: 3600, std_offset: 0, time_zone: "Europe/Warsaw"}
IO.inspect(NaiveDateTime.truncate(dt, :millisecond))
IO.inspect(NaiveDateTime.truncate(dt, :second))
IO.inspect(NaiveDateTime.truncate(~N[2017-11-06 00:23:51.123456], :millisecond))
IO.inspect(NaiveDateTime.to_date(dt))
IO.inspect(NaiveDateTime.to_time(dt))

for {label, f} <- [
      truncate_time: fn -> NaiveDateTime.truncate(~T[00:00:00.000000], :millisecond) end,
      to_date_of_date: fn -> NaiveDateTime.to_date(~D[2000-02-29]) end,
      to_time_of_time: fn -> NaiveDateTime.to_time(~T[10:00:00]) end
    ] do
  result =
    try do
      {:ok, f.()}
    rescue
      e -> {:raised, e.__struct__}
    end

  IO.inspect({label, result})
end
