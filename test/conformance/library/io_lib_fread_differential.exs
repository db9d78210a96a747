# io_lib:fread/2 over seeded random formats and inputs (own LCG so both VMs make the same ones):
# widths (white space and a line's end in them), numbers cut short or running on, ~# bases, ~~
seed = 2468
IO.puts("seed #{seed}")
fp = ["~d", "~s", "~a", "~f", "~c", "~2c", "~3d", "~u", "~-", "~#", " ", ",", "~*d", "~l", "~2s", "~~", "x"]
ip = ["12", " ", "-3", "abc", "\n", "1.5", "16#ff", ",", "+", "x", "~", "2#102", "  ", "0.5e2"]
next = fn s -> rem(s * 1_103_515_245 + 12345, 2_147_483_648) end
pick = fn s, l, n -> Enum.reduce(1..n, {s, ""}, fn _, {s, acc} -> s = next.(s); {s, acc <> Enum.at(l, rem(div(s, 5), length(l)))} end) end
Enum.reduce(1..1500, seed, fn _, s ->
  s = next.(s)
  {s, f} = pick.(s, fp, rem(s, 3) + 1)
  s = next.(s)
  {s, i} = pick.(s, ip, rem(s, 4))
  IO.puts("#{inspect(f)} #{inspect(i)} #{inspect(:io_lib.fread(String.to_charlist(f), String.to_charlist(i)))}")
  s
end)
