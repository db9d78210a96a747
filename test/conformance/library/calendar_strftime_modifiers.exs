# Calendar.strftime/3 as Elixir 1.14: every format with every padding/width modifier on each calendar
# type, %z/%Z on naive values, %f ignoring width, %c/%x/%X padding their pieces, options, and the
# failures (missing fields, invalid formats, nested preferred formats) with Elixir's frames
vals = [~N[2024-01-02 03:04:05.012345], ~U[2024-12-31 23:59:59.5Z], ~D[0099-07-04], ~T[00:00:00], ~T[12:30:00.000001], DateTime.from_naive!(~N[2024-03-10 10:00:00], "Etc/UTC") |> Map.merge(%{utc_offset: -18000, std_offset: 3600, zone_abbr: "EDT", time_zone: "America/New_York"})]
dirs = ~w(a A b B c d f H I j m M p P q S u x X y Y z Z %)
mods = ["", "-", "_", "0", "5", "-5", "_8", "010", "1"]
for v <- vals, d <- dirs, m <- mods do
  r = try do Calendar.strftime(v, "[%" <> m <> d <> "]") rescue e -> {e.__struct__, Exception.message(e)} end
  IO.puts("#{inspect(v)} %#{m}#{d} => #{inspect(r)}")
end
IO.inspect(Calendar.strftime(~N[2024-01-02 13:04:05], "%c|%x|%X", preferred_datetime: "%d/%m %H", preferred_date: "%y", preferred_time: "%I%p"))
IO.inspect(Calendar.strftime(~N[2024-01-02 13:04:05], "%a %A %b %B %p", day_of_week_names: &"D#{&1}", abbreviated_day_of_week_names: &"d#{&1}", month_names: &"M#{&1}", abbreviated_month_names: &"m#{&1}", am_pm_names: fn :am -> "x"; :pm -> "y" end))
for d <- ~w(a A b B c d f H I j m M p P q S u x X y Y z Z Q) do
  try do
    Calendar.strftime(%{}, "%" <> d)
  rescue
    e ->
      [{_, f, a, loc} | rest] = __STACKTRACE__
      IO.puts("#{d} #{inspect(e.__struct__)} #{inspect(f)}/#{if is_list(a), do: length(a), else: a} #{loc[:line]} | " <> Enum.map_join(Enum.take(rest, 3), " ; ", fn {m, f, a, l} -> "#{inspect(m)}.#{f}/#{if is_list(a), do: length(a), else: a}:#{l[:line]}" end))
  end
end
for {d, v} <- [{"z", %{utc_offset: 0}}, {"f", %{microsecond: 5}}, {"I", %{hour: :x}}, {"d", %{day: :x}}, {"Y", %{year: "s"}}, {"p", %{hour: 1}}, {"a", %{year: 2020, month: 1, day: 1}}, {"j", %{year: 2020, month: 1, day: 1, calendar: Calendar.ISO}}, {"q", %{year: 2020, month: 1, day: 1, calendar: Calendar.ISO}}, {"b", %{month: 13}}, {"y", %{year: -5}}] do
  r = try do Calendar.strftime(v, "%" <> d) rescue e -> [{m, f, a, loc} | _] = __STACKTRACE__; {e.__struct__, m, f, loc[:line]} end
  IO.inspect({d, r})
end
for {f, o} <- [{"%x", [preferred_date: "%x"]}, {"%X", [preferred_time: "%X"]}] do
  try do Calendar.strftime(~N[2024-01-02 03:04:05], f, o) rescue e -> IO.inspect({e, hd(__STACKTRACE__)}) end
end
IO.inspect(Calendar.truncate({123456, 6}, :millisecond))
IO.inspect(Calendar.truncate({123456, 2}, :millisecond))
IO.inspect(Calendar.truncate(:x, :second))
IO.inspect(Calendar.truncate({1, 6}, :microsecond))
IO.inspect(Calendar.truncate(:x, :microsecond))
try do Calendar.strftime(~D[2024-01-01], "%Y", [:bad]) rescue e -> IO.inspect(e.__struct__); IO.inspect(Enum.map(__STACKTRACE__, &elem(&1, 1)) |> Enum.take(4)) end
Calendar.strftime(~N[2024-01-02 13:04:05], "100%% done %")
