# NaiveDateTime.truncate/2 with a precision Calendar.truncate/2 refuses fails under the line of
# Elixir 1.14's call (lib/calendar/naive_datetime.ex:551 for a NaiveDateTime, 575 for another map
# with a date and a time), and truncates both kinds as Elixir does
bad = [
  {"naive :foo", fn -> NaiveDateTime.truncate(~N[2020-01-01 00:00:00], :foo) end},
  {"datetime :foo", fn -> NaiveDateTime.truncate(~U[2020-01-01 00:00:00Z], :foo) end},
  {"naive 7", fn -> NaiveDateTime.truncate(~N[2020-01-01 00:00:00.123], 7) end}
]

for {label, f} <- bad do
  try do
    IO.inspect(f.(), label: label)
  rescue
    e ->
      IO.puts("#{label}: #{inspect(e.__struct__)}: #{Exception.message(e) |> String.split("\n") |> hd}")
      for entry <- Enum.take_while(__STACKTRACE__, &(elem(&1, 0) != :elixir_compiler_0)), do: IO.inspect(entry)
  end
end

for p <- [:second, :millisecond, :microsecond] do
  IO.inspect({NaiveDateTime.truncate(~N[2020-01-01 00:00:00.123456], p), NaiveDateTime.truncate(~U[2020-01-01 00:00:00.123456Z], p)})
end
