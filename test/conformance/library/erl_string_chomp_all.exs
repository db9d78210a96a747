# :string.chomp/1 is trim(Str, :trailing, [[?\r, ?\n], ?\n]): every line ending at the end goes
for s <- [~c"a\n", ~c"a\n\n", ~c"a\r\n\n\r\n", ~c"\r\n--\n\r\n", ~c"a\r", ~c"a\n\r", ~c"\n", ~c"", "a\n", "a\n\n\r\n", "\n\n", "a\r\r\n", "é\n\n"] do
  IO.inspect({s, :string.chomp(s)})
end
