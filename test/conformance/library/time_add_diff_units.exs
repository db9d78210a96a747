# The units of Elixir 1.14's date and time arithmetic: Time.add/3 takes :hour and :minute but not
# :day, Time.diff/3, NaiveDateTime and DateTime take :day/:hour/:minute too, and any other unit
# is System.convert_time_unit/3's ArgumentError under the caller's frame at Elixir's line
calls = [
  {"Time.add hour", fn -> Time.add(~T[10:00:00], 2, :hour) end},
  {"Time.add minute", fn -> Time.add(~T[10:00:00.25], -2, :minute) end},
  {"Time.add ms", fn -> Time.add(~T[12:30:00.123], -90061, :millisecond) end},
  {"Time.add 7", fn -> Time.add(~T[10:00:00.5], 7, 7) end},
  {"Time.add day", fn -> Time.add(~T[10:00:00], 1, :day) end},
  {"Time.add week", fn -> Time.add(~T[10:00:00], 1, :week) end},
  {"Time.add 0", fn -> Time.add(~T[10:00:00], 2, 0) end},
  {"Time.diff hour", fn -> Time.diff(~T[10:00:00], ~T[08:30:00], :hour) end},
  {"Time.diff minute", fn -> Time.diff(~T[10:00:00], ~T[08:30:00], :minute) end},
  {"Time.diff 7", fn -> Time.diff(~T[10:00:00.5], ~T[08:30:00], 7) end},
  {"Time.diff day", fn -> Time.diff(~T[10:00:00], ~T[08:30:00], :day) end},
  {"NaiveDateTime.add day", fn -> NaiveDateTime.add(~N[2020-01-01 00:00:00], 3, :day) end},
  {"NaiveDateTime.add week", fn -> NaiveDateTime.add(~N[2020-01-02 10:00:00], 1, :week) end},
  {"NaiveDateTime.diff day", fn -> NaiveDateTime.diff(~N[2020-01-02 10:00:00], ~N[2020-01-01 08:30:00], :day) end},
  {"NaiveDateTime.diff week", fn -> NaiveDateTime.diff(~N[2020-01-02 10:00:00], ~N[2020-01-02 10:00:00], :week) end},
  {"DateTime.add hour", fn -> DateTime.add(~U[2020-01-02 10:00:00Z], 5, :hour) end},
  {"DateTime.add week", fn -> DateTime.add(~U[2020-01-02 10:00:00Z], 5, :week) end},
  {"DateTime.diff day", fn -> DateTime.diff(~U[2020-01-02 10:00:00Z], ~U[2020-01-01 08:30:00Z], :day) end},
  {"DateTime.diff week", fn -> DateTime.diff(~U[2020-01-02 10:00:00Z], ~U[2020-01-02 10:00:00Z], :week) end}
]

for {label, f} <- calls do
  try do
    IO.inspect(f.(), label: label)
  rescue
    e ->
      IO.puts("#{label}: #{inspect(e.__struct__)}: #{Exception.message(e)}")
      for entry <- Enum.take_while(__STACKTRACE__, &(elem(&1, 0) != :elixir_compiler_0)), do: IO.inspect(entry)
  end
end
