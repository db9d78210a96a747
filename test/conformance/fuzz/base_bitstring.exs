# Base's encoders and decoders take binaries only: a bitstring that is no binary fails their
# clauses (decode16 in decode16!/2, as Elixir's delegates), where beamlet encoded its bytes
for f <- [&Base.encode64/1, &Base.encode16/1, &Base.encode32/1, &Base.url_encode64/1, &Base.hex_encode32/1,
          &Base.decode64/1, &Base.decode16/1, &Base.decode32/1, &Base.url_decode64/1, &Base.decode64!/1] do
  IO.inspect(try do f.(<<255, 1::4>>) rescue e -> e end)
end
IO.inspect(Base.encode64(<<255, 1>>))
Base.encode16(<<1::1>>)
