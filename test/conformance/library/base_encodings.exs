data = <<0, 1, 2, 250, 255>> <> "hello, wörld"
for enc <- [:encode16, :encode32, :hex_encode32, :encode64, :url_encode64] do
  IO.inspect({enc, apply(Base, enc, [data])})
end
IO.inspect(Base.encode16("é", case: :lower))
IO.inspect(Base.encode32("ab", padding: false, case: :lower))
IO.inspect(Base.encode64("ab", padding: false))
IO.inspect(Base.url_encode64(<<251, 255>>, padding: false))
for len <- 0..7 do
  s = binary_part("abcdefgh", 0, len)
  IO.inspect({len, Base.encode64(s), Base.encode32(s), Base.decode64!(Base.encode64(s)) == s, Base.decode32!(Base.encode32(s)) == s})
end
for {f, arg, o} <- [
      {:decode16, "616263", []}, {:decode16, "6a6b", [case: :lower]}, {:decode16, "6A6b", [case: :mixed]},
      {:decode16, "6a", []}, {:decode16, "abc", []}, {:decode32, "MFRGG===", []}, {:decode32, "mfrgg===", [case: :lower]},
      {:decode32, "MFRGG", [padding: false]}, {:decode32, "MFRGG", []}, {:decode32, "M=======", []},
      {:hex_decode32, "C5H66===", []}, {:decode64, "aGVsbG8=", []}, {:decode64, "aGVsbG8", []},
      {:decode64, "aGVsbG8", [padding: false]}, {:decode64, "aGVs bG8=", []}, {:decode64, "aGVs\nbG8=", [ignore: :whitespace]},
      {:decode64, "a!==", []}, {:url_decode64, "-_8=", []}, {:url_decode64, "+/8=", []}, {:decode64, "", []}
    ] do
  IO.inspect({f, arg, apply(Base, f, [arg, o])})
end
for {f, arg} <- [{:decode64!, "abc"}, {:decode64!, "ab!c"}, {:decode16!, "abc"}, {:decode16!, "zz"}, {:decode32!, "MFRG1==="}, {:url_decode64!, "a+b="}] do
  try do
    apply(Base, f, [arg])
  rescue
    e in ArgumentError -> IO.puts("#{f}(#{inspect(arg)}): #{Exception.message(e)}")
  end
end
Base.encode64(:not_binary)
