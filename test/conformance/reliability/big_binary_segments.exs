# Binaries past 256 MB (bit positions past 2^31) build and match, and an integer segment past
# OTP's largest integer (33,554,368 bits) fails its match at once, `_` included
b = :binary.copy("ab", 134_217_730)
c = b <> "xyz"
IO.inspect({byte_size(c), :binary.last(c)})
<<_::binary-size(268_435_460), x, rest::binary>> = c
IO.inspect({x, rest})
<<_::bits-size(2_147_483_681), y::7, _::binary>> = c
IO.inspect(y)
d = <<c::binary, b::binary-size(3)>>
IO.inspect({byte_size(d), binary_part(d, byte_size(d) - 6, 6)})

# an integer segment matches while its value fits OTP's largest integer (33,554,368 bits):
# "a" has one leading zero bit, and four more past a 3-bit offset
s = :binary.copy("ab", 6_100_000)
al = fn n -> case s do <<v::size(n), _::bits>> -> rem(v, 1_000_003); _ -> :nomatch end end
odd = fn n -> case s do <<_::3, v::size(n), _::bits>> -> rem(v, 1_000_003); _ -> :nomatch end end
skip = fn n -> case s do <<_::size(n), _::bits>> -> :match; _ -> :nomatch end end
little = fn n -> case s do <<v::little-size(n), _::binary>> -> rem(v, 1_000_003); _ -> :nomatch end end
for n <- [33_554_368, 33_554_369, 33_554_372, 33_554_376, 40_000_000] do
  IO.inspect({n, al.(n), odd.(n), skip.(n), little.(n)})
end

# random sub-bitstrings and integer segments at any bit offset
:rand.seed(:exsss, {1, 2, 3})
r = :rand.bytes(300)
picks = for _ <- 1..2000 do
  p = :rand.uniform(400) - 1
  n = :rand.uniform(1500)
  case r do
    <<_::bits-size(p), x::bits-size(n), _::bits>> -> {x, bit_size(x)}
    _ -> :no
  end
end
ints = for _ <- 1..2000 do
  p = :rand.uniform(400) - 1
  n = :rand.uniform(1500)
  case r do
    <<_::bits-size(p), x::size(n), y::little-size(n), _::bits>> -> {x, y}
    _ -> :no
  end
end
IO.inspect({:erlang.phash2(picks), :erlang.phash2(ints)})
