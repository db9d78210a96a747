r =
  1..1_000_000
  |> Enum.map(&(&1 * 2))
  |> Enum.filter(&(rem(&1, 3) == 0))
  |> Enum.reduce(0, &+/2)
IO.puts("pipeline = #{r} #{if r == 333_333_666_666, do: "ok", else: "WRONG"}")
