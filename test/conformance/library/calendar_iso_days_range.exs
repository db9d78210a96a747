# Calendar.ISO's dates run from -9999-01-01 to 9999-12-31: arithmetic past them fails in
# Calendar.ISO.date_from_iso_days/1's clause, as Elixir 1.14's does (beamlet printed year 10000)
mine = fn st -> Enum.filter(st, &(elem(&1, 0) in [Calendar.ISO, Date, NaiveDateTime])) end

for {label, f} <- [
      {"Date.add past 9999", fn -> Date.add(~D[9999-12-31], 1) end},
      {"Date.add before -9999", fn -> Date.add(~D[-9999-01-01], -1) end},
      {"Date.add to 0000", fn -> Date.add(~D[0000-01-01], -1) end},
      {"Date.add at the end", fn -> Date.add(~D[9999-12-30], 1) end},
      {"NaiveDateTime.add", fn -> NaiveDateTime.add(~N[9999-12-31 23:59:59], 1) end},
      {"NaiveDateTime.add back", fn -> NaiveDateTime.add(~N[-9999-01-01 00:00:00], -1, :millisecond) end},
      {"Date.from_gregorian_days", fn -> Date.from_gregorian_days(3_652_425) end},
      {"Date.from_gregorian_days low", fn -> Date.from_gregorian_days(-3_652_060) end},
      {"Date.from_gregorian_days ok", fn -> Date.from_gregorian_days(3_652_424) end},
      {"Date.range", fn -> Date.range(~D[9999-12-30], ~D[9999-12-31]) |> Enum.to_list() end}
    ] do
  try do
    IO.inspect(f.(), label: label)
  rescue
    e ->
      IO.puts(label <> ": " <> Exception.message(e))
      IO.inspect(mine.(__STACKTRACE__))
  end
end

try do
  DateTime.add(~U[9999-12-31 23:59:59Z], 1)
rescue
  e -> IO.puts("DateTime.add: " <> Exception.message(e))
end
