# :dict and :sets (version 1) are OTP's hash tables: element order and printed layout come from
# :erlang.phash/2, and the table grows past 80 entries and shrinks again as on the BEAM.
words = ~w(the quick brown fox jumps over the lazy dog and then some more words to fill a table)

d = Enum.reduce(words, :dict.new(), fn w, d -> :dict.update_counter(w, 1, d) end)
IO.inspect(:dict.to_list(d))
IO.inspect(:dict.fetch_keys(d))
IO.inspect({:dict.size(d), :dict.fetch("the", d), :dict.find("cat", d), :dict.is_key("fox", d)})
IO.inspect(d, limit: :infinity)

big = :dict.from_list(for i <- 1..200, do: {i, i * i})
IO.inspect({:dict.size(big), elem(big, 2), elem(big, 3), tuple_size(elem(big, 8))})
IO.inspect(:dict.to_list(big) |> Enum.take(15))
shrunk = Enum.reduce(1..190, big, &:dict.erase/2)
IO.inspect({:dict.size(shrunk), elem(shrunk, 2), elem(shrunk, 3), :dict.to_list(shrunk)})
{v, rest} = :dict.take(195, shrunk)
IO.inspect({v, :dict.to_list(rest), :dict.take(1, rest)})

tags = :dict.new()
  |> then(&:dict.append(:fruit, "apple", &1))
  |> then(&:dict.append(:fruit, "pear", &1))
  |> then(&:dict.append_list(:veg, ["kale", "leek"], &1))
  |> then(&:dict.store(:nut, ["pecan"], &1))
IO.inspect(:dict.to_list(tags))
IO.inspect(:dict.to_list(:dict.update(:fruit, &Enum.reverse/1, tags)))
IO.inspect(:dict.to_list(:dict.update(:grain, &(&1 ++ ["rye"]), ["oat"], tags)))
IO.inspect(:dict.to_list(:dict.map(fn _k, v -> length(v) end, tags)))
IO.inspect(:dict.to_list(:dict.filter(fn k, _v -> k != :veg end, tags)))
merged = :dict.merge(fn _k, a, b -> a ++ b end, tags, :dict.from_list([fruit: ["fig"], seed: ["flax"]]))
IO.inspect(:dict.to_list(merged))
IO.inspect(:dict.fold(fn k, v, acc -> [{k, length(v)} | acc] end, [], merged))
IO.inspect(:dict.to_list(:dict.filter(fn k, _ -> rem(k, 7) == 0 end, big)))

s = :sets.from_list(words)
IO.inspect(:sets.to_list(s))
IO.inspect(s, limit: :infinity)
nums = :sets.from_list(Enum.to_list(1..120) ++ [1.0, :a, "b", {:c}, [:d]])
IO.inspect({:sets.size(nums), elem(nums, 2), :sets.to_list(nums) |> Enum.take(20)})
evens = :sets.filter(&(is_integer(&1) and rem(&1, 2) == 0), nums)
IO.inspect({:sets.size(evens), :sets.to_list(evens) |> Enum.take(10)})
IO.inspect(:sets.to_list(:sets.union(:sets.from_list([1, 2, 3]), :sets.from_list([3, 4, 5]))))
IO.inspect(:sets.to_list(:sets.intersection([nums, :sets.from_list([5, 500, :a]), :sets.from_list([:a, 5])])))
IO.inspect(:sets.to_list(:sets.subtract(:sets.from_list(Enum.to_list(1..10)), evens)))
IO.inspect({:sets.is_subset(evens, nums), :sets.is_disjoint(evens, :sets.from_list([1, 3])), :sets.is_element(1.0, nums)})
IO.inspect(:sets.fold(fn x, acc when is_integer(x) -> acc + x; _, acc -> acc end, 0, nums))
IO.inspect(:sets.to_list(:sets.del_element(2, :sets.add_element(0, :sets.from_list([1, 2, 3])))))

v2 = :sets.from_list([3, 1, 2], version: 2)
IO.inspect({v2, :sets.to_list(:sets.add_element(0, v2)), :sets.is_set(v2), :sets.size(v2)})
IO.inspect(:sets.new([{:version, 2}]))
IO.inspect({:sets.is_set(:sets.new()), :sets.is_set(%{}), :sets.is_set([])})

# the ordered variants are plain sorted lists
IO.inspect(:orddict.from_list([{:b, 2}, {:a, 1}, {:b, 3}]))
IO.inspect(:orddict.update_counter(:a, 5, :orddict.store(:a, 1, :orddict.new())))
IO.inspect(:ordsets.union([[3, 1], [2], [5, 4]] |> Enum.map(&:ordsets.from_list/1)))

# erlang:phash/2 itself
IO.inspect(for t <- [0, 1, -1, 2 ** 70, :ok, "bin", [1, 2], {}, 1.5, %{a: 1}], do: :erlang.phash(t, 1_000_000))

for f <- [fn -> :dict.fetch(:missing, :dict.new()) end,
          fn -> :dict.update(:missing, & &1, :dict.new()) end,
          fn -> :dict.size(:not_a_dict) end,
          fn -> :erlang.phash(:x, 0) end] do
  try do
    f.()
  rescue
    e -> IO.puts(Exception.format_banner(:error, e) |> String.split("\n") |> hd())
  end
end
