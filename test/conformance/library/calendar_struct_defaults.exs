# Time and NaiveDateTime built as structs without :microsecond get Elixir's default {0, 0},
# so they equal the sigil's value and work with the functions that read it
t = %Time{hour: 12, minute: 34, second: 56}
IO.inspect(t)
IO.inspect(t == ~T[12:34:56])
IO.inspect(t.microsecond)
IO.inspect(Time.to_iso8601(t))
IO.inspect(Time.add(t, 1500, :millisecond))
IO.inspect(Time.__struct__() |> Map.to_list(), structs: false)

n = %NaiveDateTime{year: 2024, month: 2, day: 29, hour: 23, minute: 59, second: 59}
IO.inspect(n)
IO.inspect(n == ~N[2024-02-29 23:59:59])
IO.inspect(NaiveDateTime.add(n, 1))
IO.inspect(NaiveDateTime.to_string(n))
IO.inspect(NaiveDateTime.__struct__() |> Map.to_list(), structs: false)

# an explicit microsecond is kept, and update syntax keeps the default
IO.inspect(%Time{hour: 1, minute: 2, second: 3, microsecond: {5000, 3}})
IO.inspect(%{t | hour: 1})
IO.inspect(struct(Time, hour: 7, minute: 0, second: 0))
