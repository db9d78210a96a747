IO.inspect :lists.member(1, [1 | :improper])
IO.inspect :lists.keyfind(:a, 1, [{:a, 1} | :improper])
try do :lists.member(2, [1 | :improper]) rescue e -> IO.inspect(e) end
try do :lists.keyfind(:b, 1, [{:a, 1} | :improper]) rescue e -> IO.inspect(e) end
big = Enum.to_list(1..2_000_000)
{t, res} = :timer.tc(fn -> for _ <- 1..20_000, do: :lists.member(1, big) end)
IO.inspect {Enum.all?(res), t < 5_000_000}
kw = Enum.map(1..1_000_000, &{&1, &1})
{t2, res2} = :timer.tc(fn -> for _ <- 1..20_000, do: :lists.keyfind(2, 1, kw) end)
IO.inspect {hd(res2), t2 < 5_000_000}
IO.inspect :lists.keysearch(3, 1, kw)
IO.inspect :lists.keymember(-1, 1, [{1, 2}])
