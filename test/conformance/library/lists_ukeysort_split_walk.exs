# :lists.ukeysort/2 walks the list as OTP 25's splitting phase does: an improper tail or an
# element that is no tuple fails in the helper OTP's fails in (ukeysort_1, ukeysplit_1,
# ukeysplit_1_1, ukeysplit_2), with its arguments; proper lists keep the first tuple of each key
seed = 11_2026
:rand.seed(:exsss, {seed, 7, 3})
IO.puts("seed #{seed}")

gen = fn ->
  len = :rand.uniform(7) + 1
  elems = for _ <- 1..len, do: {:rand.uniform(5), :rand.uniform(100)}
  case :rand.uniform(4) do
    1 -> elems
    2 -> elems ++ :tail
    3 -> List.replace_at(elems, :rand.uniform(len) - 1, :no_tuple)
    4 -> List.replace_at(elems, :rand.uniform(len) - 1, :no_tuple) ++ :tail
  end
end

for _ <- 1..150 do
  l = gen.()

  try do
    IO.inspect({l, :lists.ukeysort(1, l)})
  rescue
    e ->
      IO.inspect({l, e.__struct__})
      for entry <- Enum.take(__STACKTRACE__, 2), do: IO.inspect(entry)
  end
end
