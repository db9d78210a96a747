# Calendar.strftime/3 refuses an unknown option (it was ignored); a bad starting day fails in
# Calendar.ISO.day_of_week_offset/1; NaiveDateTime.diff/compare given a Date fail in
# NaiveDateTime.to_iso_days/1 with a FunctionClauseError
attempts = [
  fn -> Calendar.strftime(~D[2020-01-02], "%A", bogus: 1) end,
  fn -> Calendar.strftime(~D[2020-01-02], "%A", day_of_week_names: &"d#{&1}", am_pm: 1) end,
  fn -> Calendar.strftime(~D[2020-01-02], "%A", preferred_date: "%Y") end,
  fn -> Date.day_of_week(~D[2020-01-01], :bogus) end,
  fn -> Date.end_of_week(~D[2020-01-01], :someday) end,
  fn -> Calendar.ISO.day_of_week(2020, 1, 1, :bogus) end,
  fn -> for d <- [:default, :monday, :tuesday, :wednesday, :thursday, :friday, :saturday, :sunday], do: Date.day_of_week(~D[2020-01-01], d) end,
  fn -> NaiveDateTime.diff(~N[2020-01-01 00:00:00], ~D[2020-01-01]) end,
  fn -> NaiveDateTime.compare(~N[2020-01-01 00:00:00], ~D[2020-01-01]) end
]

for f <- attempts do
  try do
    IO.inspect(f.())
  rescue
    e ->
      {m, fun, a, loc} = hd(__STACKTRACE__)
      IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)} (#{inspect(m)}.#{fun}/#{if is_list(a), do: length(a), else: a}:#{loc[:line]})")
  end
end

Date.beginning_of_week(~D[2020-01-01], :bogus)
