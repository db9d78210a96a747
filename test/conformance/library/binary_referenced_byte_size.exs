# :binary.referenced_byte_size/1: a sub-binary of 64 bytes or more keeps its whole binary referenced,
# a smaller part is a copy of its own; binaries grown by appending have room to grow
b = :binary.copy("abcdefghij", 10)
IO.inspect :binary.referenced_byte_size(b)
<<x::binary-size(5), rest::binary>> = b
IO.inspect {:binary.referenced_byte_size(x), :binary.referenced_byte_size(rest)}
s = :binary.part(b, 10, 20)
IO.inspect :binary.referenced_byte_size(s)
IO.inspect :binary.referenced_byte_size(:binary.copy(s))
small = "abc" <> "def"
IO.inspect :binary.referenced_byte_size(small)
[a, _] = :binary.split(b, "j")
IO.inspect :binary.referenced_byte_size(a)
IO.inspect :binary.referenced_byte_size(binary_part(b, 1, 60))
try do :binary.referenced_byte_size(:x) rescue e -> IO.inspect e end
try do :binary.referenced_byte_size(<<1::3>>) rescue e -> IO.inspect e end
IO.inspect :binary.referenced_byte_size(String.duplicate("ab", 50))
IO.inspect :binary.referenced_byte_size(Enum.reduce(1..100, "", fn _, a -> a <> "x" end))
IO.inspect :binary.referenced_byte_size(IO.iodata_to_binary(List.duplicate("abc", 40)))
IO.inspect :binary.referenced_byte_size("0123456789012345678901234567890123456789012345678901234567890123456789012345")
IO.inspect :binary.referenced_byte_size(:erlang.term_to_binary(Enum.to_list(1..100)))
IO.inspect :binary.referenced_byte_size(inspect(Enum.to_list(1..50)))
