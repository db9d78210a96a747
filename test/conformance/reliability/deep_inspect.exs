# inspect with limit: :infinity of terms nested 10,000 and 100,000 deep, compact and pretty (beamlet
# raised SystemLimitError: its document builder recursed on the JS stack). Long outputs are shown
# by size and md5.
deep = fn n, wrap -> Enum.reduce(1..n, :x, fn _, acc -> wrap.(acc) end) end
show = fn label, s -> IO.puts("#{label}: #{byte_size(s)} #{Base.encode16(:erlang.md5(s))}") end
t = deep.(10_000, &{&1})
l = deep.(100_000, &[&1])
m = deep.(10_000, &%{a: &1})
kw = deep.(10_000, &[a: &1, b: 2])
mixed = deep.(10_000, &{[1, %{"k" => [&1 | :tail]}], 2})
for {label, term} <- [tuple: t, list: l, map: m, keyword: kw, mixed: mixed] do
  show.("#{label} compact", inspect(term, limit: :infinity))
end
# pretty output indents each level, so its size grows with the square of the depth
for {label, term} <- [tuple: t, list: deep.(1_000, &[&1]), map: deep.(1_000, &%{a: &1}), keyword: deep.(1_000, &[a: &1, b: 2]), mixed: deep.(300, &{[1, %{"k" => [&1 | :tail]}], 2})] do
  show.("#{label} pretty", inspect(term, limit: :infinity, pretty: true, width: 40))
end
show.("charlists", inspect(deep.(1_000, &[&1, 'ab']), limit: :infinity, pretty: true))
IO.inspect(l)
IO.inspect(t, limit: 8)
IO.puts(String.slice(inspect(deep.(300, &{[1, %{"k" => [&1 | :tail]}], 2}), limit: :infinity, pretty: true, width: 30), 0, 400))
