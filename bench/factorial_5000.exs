f = Enum.reduce(1..5000, 1, &*/2)
digits = f |> Integer.to_string() |> byte_size()
IO.puts("5000! has #{digits} digits #{if digits == 16326, do: "ok", else: "WRONG"}")
