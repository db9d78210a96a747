# :string.take/2,3,4 of binaries holding invalid UTF-8 (seeded random ones and a few written
# out): OTP 25 keeps their bytes as they are in both parts, and fails with {:badarg, Rest} (Rest:
# the binary from the bad byte on) in bin_search_inv_1/3 (one separator) or bin_search_inv_n/3
# when a run of separators it walks ends at an invalid byte: leading, the run taken (take_l);
# trailing, every run tried (take_t), the complement also an empty run at the start (take_tc);
# the leading complement only searches for a separator and never fails there. beamlet gave
# U+FFFD for each bad byte and never raised.
defmodule Run do
  def show(label, f) do
    r =
      try do
        f.()
      rescue
        e ->
          {Exception.message(e),
           Enum.map(Enum.take(__STACKTRACE__, 2), fn {m, f, a, l} ->
             {m, f, if(is_list(a), do: length(a), else: a), l[:line]}
           end)}
      end

    IO.puts("#{label} -> #{inspect(r)}")
  end
end

written = [<<"a", 255, "b">>, <<255, "ab">>, <<"ab", 255>>, <<"a", 0xC3>>, <<"é", 0x80, "x">>, <<"x a", 255, " ">>]

:rand.seed(:exsss, {1, 2, 3})
pieces = [" ", "a", "\r", "\n", <<255>>, <<0xC3>>, "é", "x", "\r\n", <<0x80>>]
random = for _ <- 1..100, do: for(_ <- 1..:rand.uniform(6), into: "", do: Enum.at(pieces, :rand.uniform(length(pieces)) - 1))

for x <- written ++ random do
  Run.show("take #{inspect(x)} 'a'", fn -> :string.take(x, 'a') end)
  for {s, c, d} <- [{'a ', false, :leading}, {'a ', true, :leading}, {'a ', false, :trailing}, {'a ', true, :trailing},
                    {'a', true, :trailing}, {[[?\r, ?\n]], false, :trailing}, {'x', true, :leading}] do
    Run.show("  #{inspect({s, c, d})}", fn -> :string.take(x, s, c, d) end)
  end
end
