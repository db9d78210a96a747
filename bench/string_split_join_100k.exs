words = Enum.map(1..100_000, fn i -> "word#{rem(i, 500)}" end)
joined = Enum.join(words, " ")
back = String.split(joined, " ")
ok = back == words and byte_size(joined) > 0
IO.puts("split/join #{length(back)} #{if ok, do: "ok", else: "WRONG"}")
