l = Enum.map(1..200_000, fn i -> rem(i * 7919, 200_003) end)
s = Enum.sort(l)
ok = hd(s) <= Enum.at(s, 1) and length(s) == 200_000 and List.last(s) == Enum.max(l)
IO.puts("sort #{length(s)} #{if ok, do: "ok", else: "WRONG"}")
