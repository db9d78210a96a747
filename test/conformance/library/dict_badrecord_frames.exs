# :dict reads its argument as OTP 25's #dict{} record: a term that is no dict fails with
# {:badrecord, term} in get_slot/2 (dict.erl:414) under the calling function's line, or in
# fold_dict/3, map_dict/2, filter_dict/2 for the whole-dict walks; a missing key raises badarg on
# the line of OTP's catch clause (fetch/2 at 132, update/3 at 316)
d = :dict.from_list(a: 1, b: 2)

bad = [
  {"fetch(1, 2)", fn -> :dict.fetch(1, 2) end},
  {"fetch missing", fn -> :dict.fetch(:z, d) end},
  {"find(1, 2)", fn -> :dict.find(1, 2) end},
  {"is_key(1, 2)", fn -> :dict.is_key(1, 2) end},
  {"store(1, 1, 2)", fn -> :dict.store(1, 1, 2) end},
  {"append(1, 2, 3)", fn -> :dict.append(1, 2, 3) end},
  {"append_list(1, [2], 3)", fn -> :dict.append_list(1, [2], 3) end},
  {"erase(1, {})", fn -> :dict.erase(1, {}) end},
  {"take(1, [])", fn -> :dict.take(1, []) end},
  {"update/3 (1, f, 2)", fn -> :dict.update(1, & &1, 2) end},
  {"update/3 missing", fn -> :dict.update(:z, & &1, d) end},
  {"update/4 (1, f, 0, 2)", fn -> :dict.update(1, & &1, 0, 2) end},
  {"update_counter(1, 1, 2)", fn -> :dict.update_counter(1, 1, 2) end},
  {"update_counter(1, :a, d)", fn -> :dict.update_counter(1, :a, d) end},
  {"to_list(1)", fn -> :dict.to_list(1) end},
  {"fetch_keys(%{})", fn -> :dict.fetch_keys(%{}) end},
  {"fold(f, 0, 2)", fn -> :dict.fold(fn _, _, acc -> acc end, 0, 2) end},
  {"map(f, 2)", fn -> :dict.map(fn _, v -> v end, 2) end},
  {"filter(f, 2)", fn -> :dict.filter(fn _, _ -> true end, 2) end},
  {"merge(f, 2, 3)", fn -> :dict.merge(fn _, a, _ -> a end, 2, 3) end},
  {"merge(f, d, 3)", fn -> :dict.merge(fn _, a, _ -> a end, d, 3) end},
  {"size(1)", fn -> :dict.size(1) end},
  {"is_empty(1)", fn -> :dict.is_empty(1) end}
]

for {label, f} <- bad do
  try do
    IO.inspect(f.(), label: label)
  rescue
    e ->
      IO.puts("#{label}: #{inspect(e.__struct__)}: #{Exception.message(e) |> String.split("\n") |> hd}")
      for entry <- Enum.take_while(__STACKTRACE__, &(elem(&1, 0) not in [:elixir_compiler_0, Enum])), do: IO.inspect(entry)
  end
end

# the same functions on dicts still work
IO.inspect(:dict.to_list(:dict.merge(fn _, a, b -> a + b end, d, :dict.from_list(b: 10, c: 3))) |> Enum.sort())
IO.inspect(:dict.to_list(:dict.map(fn _, v -> v * 2 end, d)) |> Enum.sort())
IO.inspect(:dict.to_list(:dict.filter(fn _, v -> v > 1 end, d)))
IO.inspect(:dict.fold(fn _, v, acc -> v + acc end, 0, :dict.new()))
IO.inspect({:dict.fetch(:a, d), :dict.find(:b, d), :dict.is_key(:c, d), :dict.fetch(:x, :dict.update_counter(:x, 2, d))})
