x = %{a: 1}
IO.inspect %URI{x | a: 2}
