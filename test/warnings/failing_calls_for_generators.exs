# OTP's "will fail" warnings reach into a comprehension's generator at a script's top level: a
# constant call there, or in a fn listed there, is warned of as it is in the body; bound to a
# variable (x = for ...) the whole comprehension is a dropped value and nothing is
for g <- [fn -> 2 / 0 end], do: g
for g <- [3 / 0], do: g
for g <- [1, 2], h <- [fn -> :a + 1 end], do: {g, h}
for g <- [fn -> 4 / 0 end], g != nil, into: "", do: "a"
for g <- [1], do: fn -> g / 0 end
x = for g <- [fn -> 5 / 0 end], do: g
y = for g <- [6 / 0], into: %{}, do: {g, 1}
Enum.map([fn -> 7 / 0 end], & &1)
IO.inspect({x, y})
