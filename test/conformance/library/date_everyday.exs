d = ~D[2024-03-15]
IO.inspect Date.add(d, 30)
IO.inspect Date.diff(~D[2024-12-25], d)
IO.inspect Date.day_of_week(d)
IO.inspect Date.beginning_of_month(d)
IO.inspect Date.end_of_month(~D[2024-02-10])
IO.inspect Date.leap_year?(d)
IO.inspect Date.range(d, Date.add(d, 3)) |> Enum.map(&Date.to_string/1)
IO.inspect Date.compare(d, ~D[2024-01-01])
IO.inspect Enum.sort([~D[2024-05-01], ~D[2023-01-01], d], Date)
IO.inspect Date.from_iso8601("2024-13-01")
IO.inspect Date.to_erl(d)
IO.inspect Date.quarter_of_year(d)
IO.inspect Date.beginning_of_week(d)
IO.inspect Date.end_of_week(d, :sunday)
dt = ~U[2024-03-15 14:30:00Z]
IO.inspect DateTime.add(dt, 3600)
IO.inspect DateTime.add(dt, -2, :day)
IO.inspect DateTime.diff(~U[2024-03-16 00:00:00Z], dt, :minute)
IO.inspect DateTime.to_unix(dt)
IO.inspect DateTime.from_unix!(1_700_000_000)
IO.inspect DateTime.to_iso8601(dt)
IO.inspect DateTime.truncate(~U[2024-03-15 14:30:00.123456Z], :millisecond)
IO.inspect DateTime.to_date(dt)
IO.inspect NaiveDateTime.new!(2024, 1, 1, 0, 0, 0) |> NaiveDateTime.add(90, :second)
IO.inspect Time.add(~T[23:59:00], 120)
IO.inspect Time.diff(~T[10:00:00], ~T[09:15:30])
IO.inspect Calendar.strftime(dt, "%A, %B %-d %Y at %I:%M %p")
ages = [{"ann", ~D[1990-06-01]}, {"bob", ~D[1985-12-31]}]
today = ~D[2024-06-01]
for {name, born} <- ages do
  years = Date.diff(today, born) |> div(365)
  IO.puts("#{name}: about #{years}")
end
