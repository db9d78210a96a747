# Base's decoders on inputs long enough to be decoded in chunks (vm/bifs/base.ts): a bad character
# far into the input fails as on the BEAM, with Base's frames and no frame of beamlet's own.
s = String.duplicate("QUJD", 50_000) <> "!!!!"
IO.inspect(Base.decode64(s))
IO.inspect(Base.decode16(String.duplicate("ab", 50_000) <> "zz"))
IO.inspect(byte_size(Base.encode64(String.duplicate("abc", 100_000))))
IO.inspect(Base.decode32(Base.encode32(String.duplicate("xyz", 100_000))) == {:ok, String.duplicate("xyz", 100_000)})

try do
  Base.decode64!(s)
rescue
  e -> IO.inspect({e, Enum.take(__STACKTRACE__, 3)})
end

try do
  Base.url_decode64!(String.duplicate("QUJD", 50_000) <> "QU=D")
rescue
  e -> IO.inspect({e, Enum.take(__STACKTRACE__, 2)})
end

Base.decode16!(String.duplicate("AB", 50_000) <> "G0")
