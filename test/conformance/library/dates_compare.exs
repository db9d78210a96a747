# Comparing dates: Date.compare and friends versus the structural term order
a = ~D[2024-02-01]
b = ~D[2023-12-31]
IO.inspect(a > b)
IO.inspect(Date.compare(a, b))
IO.inspect(Date.compare(a, b) == :gt)
IO.inspect(a == ~D[2024-02-01])
IO.inspect(a === Date.new!(2024, 2, 1))
IO.inspect(max(a, b))
IO.inspect(Enum.sort([a, b, ~D[2024-01-15]]))
IO.inspect(Enum.sort([a, b, ~D[2024-01-15]], &(Date.compare(&1, &2) != :gt)))
IO.inspect(Enum.sort_by([%{d: a}, %{d: b}], & &1.d, Date))
IO.inspect(Enum.min_max([a, b]))
IO.inspect(Enum.min_max_by([a, b], & &1, Date))
t1 = ~T[10:00:00]
t2 = ~T[10:00:00.000]
IO.inspect(t1 == t2)
IO.inspect(Time.compare(t1, t2))
IO.inspect(~N[2024-01-01 00:00:00] == ~N[2024-01-01 00:00:00.0])
IO.inspect(DateTime.compare(~U[2024-01-01 00:00:00Z], ~U[2024-01-01 00:00:00.000000Z]))
IO.inspect(Enum.uniq([~D[2024-01-01], ~D[2024-01-01], Date.add(~D[2023-12-31], 1)]))
IO.inspect(MapSet.new([~D[2024-01-01], ~D[2024-01-01]]) |> MapSet.size())
IO.inspect(Map.get(%{~D[2024-01-01] => :new_year}, Date.from_iso8601!("2024-01-01")))
IO.inspect(Enum.group_by([~D[2024-01-01], ~D[2024-01-20], ~D[2024-02-03]], & &1.month))
IO.inspect(Enum.frequencies_by([~D[2024-05-13], ~D[2024-05-18], ~D[2024-05-19]], &(Date.day_of_week(&1) >= 6)))
