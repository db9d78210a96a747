# DateTime.new!/3 in a zone the UTC-only database does not know raises at Elixir's line of it
try do
  DateTime.new!(~D[2024-01-01], ~T[00:00:00], "Europe/Paris")
rescue
  e ->
    IO.puts(Exception.message(e))
    IO.inspect(hd(__STACKTRACE__))
end

IO.inspect(DateTime.new!(~D[2024-01-01], ~T[00:00:00]))
