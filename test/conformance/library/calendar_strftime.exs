dt = ~U[2019-08-26 13:52:06.047Z]
ndt = ~N[2024-01-05 07:03:09.123456]
d = ~D[2020-02-29]
t = ~T[23:59:01]
for fmt <- ["%a %A %b %B", "%c", "%d/%m/%Y %H:%M:%S", "%f", "%I:%M %p", "%I:%M %P", "%j %q %u", "%x | %X", "%y %Y", "%z %Z", "100%%", "%-d %-m %-H", "%_d|%_m|%_H", "%5Y|%-5Y|%_5d|%010d", "%3f"] do
  IO.puts("#{fmt} => #{Calendar.strftime(dt, fmt)}")
end
for fmt <- ["%Y-%m-%d %H:%M:%S.%f", "%a, %d %b %Y", "%I %p", "%j", "%f", "%4f", "%u %A", "%y"] do
  IO.puts("#{fmt} => #{Calendar.strftime(ndt, fmt)}")
end
IO.puts Calendar.strftime(d, "%A %d %B %Y day %j q%q")
IO.puts Calendar.strftime(t, "%H:%M:%S %I%p")
IO.puts Calendar.strftime(~T[00:00:00], "%I %p %P")
IO.puts Calendar.strftime(~T[12:30:00], "%I %p")
IO.puts Calendar.strftime(~D[0005-03-01], "%Y %y")
IO.puts Calendar.strftime(~D[2023-12-31], "%j")
IO.puts Calendar.strftime(dt, "%c", preferred_datetime: "%H:%M on %d.%m.%Y")
IO.puts Calendar.strftime(dt, "%x %X", preferred_date: "%d.%m.%Y", preferred_time: "%H.%M")
IO.puts Calendar.strftime(dt, "%p", am_pm_names: fn :am -> "vorm." ; :pm -> "nachm." end)
IO.puts Calendar.strftime(dt, "%B %b", month_names: fn m -> Enum.at(~w(Janeiro Fevereiro Março Abril Maio Junho Julho Agosto Setembro Outubro Novembro Dezembro), m - 1) end, abbreviated_month_names: fn m -> "M#{m}" end)
IO.puts Calendar.strftime(dt, "%A %a", day_of_week_names: fn d -> "D#{d}" end, abbreviated_day_of_week_names: fn d -> "d#{d}" end)
IO.puts Calendar.strftime(%{year: 2021, month: 3, day: 4}, "%Y-%m-%d")
IO.puts Calendar.strftime(%{hour: 5, minute: 6, second: 7, microsecond: {0, 0}}, "%H:%M:%S")
IO.puts Calendar.strftime(~U[2020-01-01 00:00:00Z], "%f|%z|%Z")
IO.puts Calendar.strftime(~U[2020-01-01 00:00:00.000Z], "%f")
for bad <- ["%Q", "%", "abc %", "%e", "%C", "%-", "%5"] do
  try do
    IO.puts Calendar.strftime(dt, bad)
  rescue
    e -> IO.inspect(e)
  end
end
try do
  Calendar.strftime(~D[2020-01-01], "%H")
rescue
  e -> IO.inspect(e.__struct__)
end
