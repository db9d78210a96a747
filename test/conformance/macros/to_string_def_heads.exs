# Macro.to_string of parsed definitions whose head is too long for its line: the head's call laid
# out after `def ` (its arguments indented by two more, a last map opening on its line, " do"
# counted), a guard too long laid out after `when `; and a pattern too long before `=` laid out
# first, the right side after it or under it
sources = [
  "def member?(%Date.Range{first: %{calendar: calendar}} = range, %{calendar: calendar, year: _, month: _, day: _} = date) do\n  :ok\nend",
  "def to_time(%{calendar: calendar, hour: hour, minute: minute, second: second, microsecond: microsecond, time_zone: _}) do\n  1\nend",
  "defp build(%{calendar: calendar, year: year, month: month, day: day}, %{hour: hour, minute: minute, second: second, microsecond: microsecond}) do\n  2\nend",
  "def naive_datetime_to_string(year, month, day, hour, minute, second, microsecond, format \\\\ :extended) do\n  3\nend",
  "defp take_time(<<h::binary-size(2), 58, m::binary-size(2), 58, s::binary-size(2), rest::binary>>, :extended) do\n  4\nend",
  "def add(%{calendar: calendar, microsecond: {_, precision}, time_zone: time_zone} = datetime, amount, unit, database) when is_integer(amount) do\n  5\nend",
  "def some_function_name_here(argument_number_one, argument_number_two, argument_three1) do\n  6\nend",
  "def f(x) when is_integer(x) and is_integer(y) and is_integer(zzzzzzzzzzzzz) and is_integer(wwwwwwwwwwwwwwwwwwwwww) do\n  7\nend",
  "defmacro some_macro_name(first_argument, second_argument, third_argument, fourth_arg) do\n  8\nend",
  "def f(naive) do\n  %{year: year, month: month, day: day, hour: hour, minute: minute, second: second, microsecond: microsecond} = naive\n  year\nend",
  "%{year: year, month: month, day: day, hour: hour, minute: minute, second: second, microsecond: microsecond, calendar: c} = some_function_call(naive)",
  "{:ok, %{year: year, month: month, day: day, hour: hour, minute: minute, second: second, microsecond: m}} = naive",
  # (at the edge of the width)
  "def shift_zone(%{calendar: calendar, microsecond: {_, precision}} = datetime, time_zone, database) do\n  1\nend",
  "def fff(aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa, bbbbbb) do\n  3\nend",
  "def fff(aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa, bbbbbb) do\n  3\nend",
  "def fff(aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa, %{b: bbbbb}) do\n  4\nend",
  "def fff(aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa, %{b: bbbbb}) do\n  4\nend",
  "def fff(aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa, bbbbbb) when x do\n  5\nend",
  "def fff(aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa, bbbbbb) when x do\n  5\nend"
]

for s <- sources do
  IO.puts("##")
  # (each line behind "| ": the goldens' masking would take an indented `Mod.f(` line for a frame)
  s |> Code.string_to_quoted!() |> Macro.to_string() |> String.split("\n") |> Enum.each(&IO.puts("| " <> &1))
end
