# DateTime.add/3,4 past the calendar's range fails in Calendar.ISO under Elixir's frames
# (shift_zone_for_iso_days_utc/5 at 692, add/4 at 1540); the for's fn, which uses a sigil's
# constant, is fn/2 (OTP propagates the literal struct into it, so it captures nothing)
dt = ~U[9999-12-31 23:59:59Z]
for {amt, unit} <- [{1, :second}, {1, :day}, {-1, :second}, {86400 * 400, :second}] do
  try do
    IO.inspect(DateTime.add(dt, amt, unit))
  rescue
    e -> IO.inspect(e); IO.inspect(Enum.take(__STACKTRACE__, 6))
  end
end
try do
  IO.inspect(NaiveDateTime.add(~N[9999-12-31 23:59:59], 1))
rescue
  e -> IO.inspect(e); IO.inspect(Enum.take(__STACKTRACE__, 6))
end
try do
  IO.inspect(Date.add(~D[9999-12-31], 1))
rescue
  e -> IO.inspect(e); IO.inspect(Enum.take(__STACKTRACE__, 6))
end
try do
  IO.inspect(DateTime.add(~U[0000-01-01 00:00:00Z], -1))
rescue
  e -> IO.inspect(e); IO.inspect(Enum.take(__STACKTRACE__, 6))
end
