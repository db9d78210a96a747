# DateTime values in zones other than UTC: what works without a time zone database, and the errors
paris = %DateTime{year: 2024, month: 1, day: 1, hour: 0, minute: 0, second: 0, microsecond: {0, 0},
  time_zone: "Europe/Paris", zone_abbr: "CET", utc_offset: 3600, std_offset: 0}
IO.inspect DateTime.to_naive(paris)
IO.inspect DateTime.truncate(paris, :second)
IO.inspect DateTime.shift_zone(paris, "Etc/UTC")
IO.inspect DateTime.to_date(paris)
IO.inspect DateTime.to_gregorian_seconds(paris)
IO.inspect DateTime.shift_zone!(~U[2024-01-01 00:00:00Z], "Etc/UTC")
try do DateTime.shift_zone!(~U[2024-01-01 00:00:00Z], "Europe/Paris") rescue e -> IO.inspect e end
try do DateTime.now!("Europe/Paris") rescue e -> IO.inspect e end
try do DateTime.new!(~D[2024-01-01], ~T[00:00:00], "Europe/Paris") rescue e -> IO.inspect e end
try do DateTime.add(paris, 90, :minute) rescue e -> IO.puts(Exception.message(e)) end
IO.inspect DateTime.from_naive(~N[2024-06-01 12:00:00], "Etc/UTC", Calendar.UTCOnlyTimeZoneDatabase)
IO.inspect Calendar.get_time_zone_database()
IO.inspect DateTime.add(paris, 1)
