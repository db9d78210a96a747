f = fn _k, v1, v2 -> v1 + v2 end
IO.inspect Keyword.merge([a: 1], [b: 2, a: 3], f)
IO.inspect Keyword.merge([a: 1, b: 2], [a: 3, d: 4], f)
IO.inspect Keyword.merge([a: 1, b: 2], [a: 3, d: 4, a: 5], f)
IO.inspect Keyword.merge([a: 1, b: 2, a: 3], [a: 3, d: 4, a: 5], f)
IO.inspect Keyword.merge([], [a: 1], f)
IO.inspect Keyword.merge([a: 1], [], f)
IO.inspect Keyword.merge([1, 2], [])
IO.inspect Keyword.merge([], [1, 2])
IO.inspect Keyword.merge([a: 1, b: 2, a: 3], [a: 9])
for {a, b} <- [{[a: 1, b: 2], [:a, :b]}, {[:x], [a: 1]}, {[a: 1], [{"k", 1}]}] do
  try do
    Keyword.merge(a, b, f)
  rescue e -> IO.inspect e
  end
  try do
    Keyword.merge(a, b)
  rescue e -> IO.inspect e
  end
end
