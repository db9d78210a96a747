# escaped forms are fine
x = "a\u202Eb"
IO.inspect(byte_size(x))
IO.inspect(String.length("\u2066"))
