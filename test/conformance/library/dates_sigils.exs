# The calendar sigils, in expressions and in patterns
IO.inspect(~D[2024-01-01])
IO.inspect(~T[12:30:00.1234])
IO.inspect(~T[12:30:00,5])
IO.inspect(~N[2024-01-01 10:00:00])
IO.inspect(~N[2024-01-01T10:00:00.1234567])
IO.inspect(~U[2024-01-01 10:00:00Z])
IO.inspect(~U[2024-01-01T10:00:00.0004Z])
IO.inspect(~D[2024-01-01 Calendar.ISO])
IO.inspect(~D[-0001-01-01])
IO.inspect(~D<2024-01-01>)
IO.inspect(~T(00:00:00))
IO.inspect(~D[2024-01-01] |> Map.from_struct())
IO.inspect(~U[2024-01-01 10:00:00Z] |> Map.from_struct())
IO.inspect(~T[01:02:03.000400].microsecond)
case Date.add(~D[2023-12-31], 1) do
  ~D[2024-01-01] -> IO.puts("matched a date sigil")
  _ -> IO.puts("no")
end
f = fn
  ~T[00:00:00] -> :midnight
  %Time{hour: h} when h < 12 -> :morning
  _ -> :later
end
IO.inspect(Enum.map([~T[00:00:00], ~T[09:00:00], ~T[15:00:00]], f))
