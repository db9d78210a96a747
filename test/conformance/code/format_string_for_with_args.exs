# for/with (and other calls without parentheses) laid out as Elixir 1.14's formatter: with a
# generator (x <- list) among the arguments the keywords line up after the name, without one
# (for <<c <- s>>, a bitstring generator) they are indented by two; a first argument too long for
# its line with its comma is laid out after the name (pattern <-\n  call(...), a list opening).
t = fn s -> IO.puts(Code.format_string!(s)); IO.puts("---") end
t.("for <<n::4, m::4, t::size(n)-unit(8), (_::size(m)-unit(8) <- <<0x11, 0x22, 0x02, 0x33, 0x44, 0x55, 0x66, 0x77>>)>>, do: t")
t.("IO.inspect(for <<n::4, m::4, t::size(n)-unit(8), _::size(m)-unit(8) <- <<0x11, 0x22, 0x02, 0x33, 0x44>> >>, do: t)")
t.("defp quote_chars(data, keep?) do\n  for <<c::utf8 <- data>>, into: \"\", do: if(keep?.(c), do: <<c::utf8>>, else: :erlang.list_to_binary(pct_bytes(<<c::utf8>>)))\nend")
t.("chunks = for <<chunk::binary-size(37) <- binary_part(text, 0, 37 * 7)>>, do: :crypto.crypto_update(st, chunk)")
t.("for xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx <- yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy, zzzzzzzzzzzzzzzzzzzzzzz, do: t")
t.("for xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx <- yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy, into: zzzzzzzzzzzzzzzzzzzzzzz, do: t")
t.("with {:ok, xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx} <- yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy(zzzzzzzzzzz), do: t")
t.("with {:ok, xxxxxxxxxxxxxxxxxxxxxxxxx} <- yyyyyyyyyyyyyyyyyyyyyyyyyyyy(zzzzzzzzzzz), {:ok, b} <- c, do: t")
t.("for n <- [0, 5, -5, 10, -10, 123_456_789, -987_654_321, Integer.pow(3, 200), -Integer.pow(3, 200), 12, 13], do: IO.puts(n)")
t.("for var <- ~w(XDG_DATA_HOME XDG_CONFIG_HOME XDG_CACHE_HOME XDG_DATA_DIRS XDG_CONFIG_DIRS APPDATA LOCALAPPDATA), do: var")
