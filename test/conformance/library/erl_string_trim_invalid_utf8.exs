# :string.trim/1,2,3 and :string.chomp/1 of binaries holding invalid UTF-8 (random ones from a
# seed, plus a few written out): OTP 25 keeps the bytes as they are in what it returns, and a
# run of separators that ends at an invalid byte fails with {:badarg, Rest} (Rest: the binary
# from that byte on) in bin_search_inv_n/3 (bin_search_inv_1/3 for one separator), under trim_l
# (leading side: before anything is kept) or trim_t (trailing side: at any run it tries).
# beamlet gave U+FFFD in place of each bad byte and never raised.
defmodule Run do
  def show(label, f) do
    r =
      try do
        f.()
      rescue
        e ->
          {Exception.message(e),
           Enum.map(Enum.take(__STACKTRACE__, 3), fn {m, f, a, l} ->
             {m, f, if(is_list(a), do: length(a), else: a), l[:line]}
           end)}
      end

    IO.puts("#{label} -> #{inspect(r)}")
  end
end

written = [<<255, " ab">>, <<" ", 255, "a ">>, <<"a ", 255, " b">>, <<"a", 255, " ">>, <<" a ", 255>>,
  <<" a", 255, "  ">>, <<"a \r", 255, " ">>, <<"\r\n", 0xC3, "\r\n">>, <<"x", 0xE2, 0x82, "\n">>]

:rand.seed(:exsss, {1, 2, 3})
pieces = [" ", "a", "\t", "\r", "\n", <<255>>, <<0xC3>>, "é", "x", "\r\n", <<0x80>>, "  "]
random = for _ <- 1..120, do: for(_ <- 1..:rand.uniform(6), into: "", do: Enum.at(pieces, :rand.uniform(length(pieces)) - 1))

for x <- written ++ random do
  Run.show("trim #{inspect(x)}", fn -> :string.trim(x) end)
  Run.show("  leading", fn -> :string.trim(x, :leading) end)
  Run.show("  trailing", fn -> :string.trim(x, :trailing) end)
  Run.show("  both 'a'", fn -> :string.trim(x, :both, 'a') end)
  Run.show("  trailing crlf", fn -> :string.trim(x, :trailing, [[?\r, ?\n], ?\n]) end)
  Run.show("  chomp", fn -> :string.chomp(x) end)
end
