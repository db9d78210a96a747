# String.jaro_distance/2 as Elixir 1.14 computes it (a sliding window over the longer string,
# each out-of-order match one transposition), which differs from the textbook Jaro on some pairs
pairs = [
  {"rosettacode", "raisethysword"}, {"martha", "marhta"}, {"dwayne", "duane"}, {"dixon", "dicksonx"},
  {"xdicksonx", "dixon"}, {"jones", "johnson"}, {"семена", "стремя"}, {"a", "b"}, {"a", "a "},
  {"ab", "ba"}, {"abc", "cba"}, {"abcdefgh", "hgfedcba"}, {"crate", "trace"}, {"hello", "hallo"},
  {"x", "xxxxxxxxxxxx"}, {"kitten", "sitting"}, {"saturday", "sunday"}, {"e\u0301a", "ae\u0301"},
  {"DEUTSCHLAND", "BUNDESREPUBLIK DEUTSCHLAND"}, {"aaaa", "aaab"}, {"abab", "baba"}, {"zzzzab", "abzz"},
  {"tenant", "ttenan"}, {"aabbcc", "ccbbaa"}, {"same", "same"}, {"any", ""}
]

for {a, b} <- pairs do
  IO.puts("#{inspect(a)} #{inspect(b)}: #{String.jaro_distance(a, b)} #{String.jaro_distance(b, a)}")
end

# a did-you-mean style lookup, as real code uses it
commands = ~w(status commit checkout branch rebase merge stash cherry-pick)
for typo <- ~w(stauts comit chekout brnach rebsae mrege stsah cherrypick) do
  best = Enum.max_by(commands, &String.jaro_distance(typo, &1))
  IO.puts("#{typo} -> #{best} (#{Float.round(String.jaro_distance(typo, best), 3)})")
end

# pseudo-random strings over a small alphabet
next = fn s -> rem(s * 1_103_515_245 + 12345, 2_147_483_648) end
{strs, _} =
  Enum.map_reduce(1..120, 7, fn i, seed ->
    {cs, seed} = Enum.map_reduce(1..(rem(i, 13) + 1), seed, fn _, s -> s = next.(s); {Enum.at(~w(a b c d), rem(div(s, 65536), 4)), s} end)
    {Enum.join(cs), seed}
  end)

strs
|> Enum.zip(Enum.reverse(strs))
|> Enum.map(fn {a, b} -> String.jaro_distance(a, b) end)
|> Enum.chunk_every(6)
|> Enum.each(fn row -> row |> Enum.map(&:erlang.float_to_binary(&1, decimals: 10)) |> Enum.join(" ") |> IO.puts() end)
