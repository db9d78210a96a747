# Collecting into a bitstring takes bitstrings only (Collectable.BitString's fun has no clause for
# anything else), and any bitstring; `for ..., into: ""` fails as Elixir's bitstring comprehension
for {name, f} <- [
  into_bin: fn -> Enum.into([1], "x") end,
  into_bin_empty: fn -> Enum.into([1], "") end,
  into_bin_bits: fn -> Enum.into(["a", <<1::3>>], "x") end,
  into_bin_range: fn -> Enum.into(1..2, "") end,
  into_bin_atom: fn -> Enum.into([:a], "") end,
  into_bits: fn -> Enum.into(["a"], <<1::1>>) end,
  into3: fn -> Enum.into([1], "", & &1) end,
  into3_ok: fn -> Enum.into([1, 2], "", &<<&1>>) end,
  for_into: fn -> for x <- [1], into: "", do: x end,
  for_into_atom: fn -> for x <- ["a", :b], into: "", do: x end,
  for_into_bits: fn -> for x <- ["a", <<1::1>>], into: "", do: x end,
  for_into_ok: fn -> for x <- [1, 2], into: "", do: <<x>> end,
  for_into_a: fn -> for x <- [1], into: "a", do: x end,
  for_bin_into: fn -> for <<c <- "abc">>, into: "", do: <<c + 1>> end,
] do
  try do
    IO.inspect(f.(), label: name)
  rescue
    e -> IO.inspect({name, e})
  end
end
IO.inspect(try do for x <- [1], into: "", do: x catch k, v -> {k, v} end)
Enum.into([1], "")
