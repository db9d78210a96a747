# Date, Time, NaiveDateTime and DateTime given a term that is none fail where Elixir 1.14's do:
# in the function's own head (Date.months_in_year/1, NaiveDateTime.new/2 and new!/2 with Elixir's
# clause), in Time.to_day_fraction/1 under Time.compare/2, or as the MatchError of
# DateTime.from_naive_with_period/3 and DateTime.add/4
calls = [
  {"Date.months_in_year(1)", fn -> Date.months_in_year(1) end},
  {"Date.leap_year?(%{calendar: Calendar.ISO})", fn -> Date.leap_year?(%{calendar: Calendar.ISO}) end},
  {"Date.days_in_month(:a)", fn -> Date.days_in_month(:a) end},
  {"Date.days_in_month(~N[2020-02-01 00:00:00])", fn -> Date.days_in_month(~N[2020-02-01 00:00:00]) end},
  {"Time.compare(1, 2)", fn -> Time.compare(1, 2) end},
  {"Time.compare(~T[10:00:00], 2)", fn -> Time.compare(~T[10:00:00], 2) end},
  {"Time.compare(~T[10:00:00], ~N[2020-01-01 10:00:00.5])", fn -> Time.compare(~T[10:00:00], ~N[2020-01-01 10:00:00.5]) end},
  {"NaiveDateTime.new(1, 2)", fn -> NaiveDateTime.new(1, 2) end},
  {"NaiveDateTime.new!(~D[2020-01-01], 1)", fn -> NaiveDateTime.new!(~D[2020-01-01], 1) end},
  {"NaiveDateTime.new!(~D[2020-01-01], ~T[10:00:00])", fn -> NaiveDateTime.new!(~D[2020-01-01], ~T[10:00:00.25]) end},
  {"DateTime.from_naive(1, \"Etc/UTC\")", fn -> DateTime.from_naive(1, "Etc/UTC") end},
  {"DateTime.from_naive(~N[...], \"Etc/UTC\")", fn -> DateTime.from_naive(~N[2020-01-01 10:00:00.123], "Etc/UTC") end},
  {"DateTime.add(1, 1)", fn -> DateTime.add(1, 1) end},
  {"DateTime.add(1, 1, :day)", fn -> DateTime.add(1, 1, :day) end},
  {"DateTime.add(~U[...], 1, :day)", fn -> DateTime.add(~U[2020-01-01 10:00:00Z], 1, :day) end}
]

for {label, f} <- calls do
  try do
    IO.inspect(f.(), label: label)
  rescue
    e ->
      IO.puts(label <> ": " <> Exception.format_banner(:error, e, __STACKTRACE__))
      for entry <- Enum.take_while(__STACKTRACE__, &(elem(&1, 0) != :elixir_compiler_0)), do: IO.inspect(entry)
  end
end
