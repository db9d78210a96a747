# Macro.to_string of parsed `with`/`for` heads too long for their line, or whose clauses came from
# different lines: one clause a line after the name, each laid out in turn (`pattern <-` with the
# call under it, indented by two), for's options a pair a line, " do" on the last
sources = [
  "def f(string, format, calendar) do\n  with {:ok, {year, month, day, hour, minute, second, microsecond}, offset} <- Calendar.ISO.parse_utc_datetime(string, format),\n       {:ok, datetime} <- convert(utc_struct(year, month, day, hour, minute, second, microsecond), calendar) do\n    {:ok, datetime, offset}\n  end\nend",
  "def f(x) do\n  case x do\n    :a ->\n      with :ok <- Supervisor.terminate_child(sup, id), :ok <- Supervisor.delete_child(sup, id) do\n        1\n      end\n  end\nend",
  "with {:ok, a} <- fetch_something_with_a_long_name(first_argument), {:ok, b} <- fetch_b(a), do: {a, b}",
  "for x <- some_long_list_of_things_to_iterate, y <- another_long_list_of_things, x != y, into: %{} do\n  {x, y}\nend",
  "for x <- some_long_list_of_things_to_iterate, y <- another_long_list_of_things, x != y, reduce: 0 do\n  acc -> acc + x\nend",
  # (clauses that came from different lines: one a line however short)
  "def stop_supervised(id) do\n  with :ok <- Supervisor.terminate_child(sup, id),\n       :ok <- Supervisor.delete_child(sup, id),\n       do: :ok\nend",
  "with {:ok, a} <- f(x), {:ok, b} <- g(a) do\n  {a, b}\nend",
  "for x <- xs,\n    y <- ys do\n  {x, y}\nend"
]

for s <- sources do
  IO.puts("##")
  # (each line behind "| ": the goldens' masking would take an indented `Mod.f(` line for a frame)
  s |> Code.string_to_quoted!() |> Macro.to_string() |> String.split("\n") |> Enum.each(&IO.puts("| " <> &1))
end
