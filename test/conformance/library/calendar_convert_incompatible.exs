# Date/NaiveDateTime/DateTime.convert only between calendars whose days roll over at the same
# moment (Calendar.compatible_calendars?/2); else {:error, :incompatible_calendars}, and convert!
# says why. The target calendar is asked first, so a module that is not one fails there.
defmodule Shifted do
  def day_rollover_relative_to_midnight_utc, do: {1, 2}
  def naive_datetime_from_iso_days(x), do: Calendar.ISO.naive_datetime_from_iso_days(x)
end

for v <- [~D[2020-01-02], ~N[2020-01-02 03:04:05], ~U[2020-01-02 03:04:05Z]] do
  IO.inspect(v.__struct__.convert(v, Shifted))
  IO.inspect(v.__struct__.convert(v, Calendar.ISO))

  try do
    v.__struct__.convert!(v, Shifted)
  rescue
    e -> IO.puts(Exception.message(e))
  end

  try do
    v.__struct__.convert(v, :not_a_calendar)
  rescue
    e -> IO.puts(Exception.message(e))
  end
end

IO.inspect(Calendar.compatible_calendars?(Calendar.ISO, Shifted))
# Elixir 1.14's utc_now/1 takes a calendar: :second is asked for its day rollover
try do
  DateTime.utc_now(:second)
rescue
  e -> IO.puts(Exception.message(e))
end
