# Strings: escapes, unicode, interpolation, heredocs
s = "tab\there\nnewline \"quoted\" back\\slash"
IO.puts(s)
IO.inspect(s)
IO.inspect("\e[0m bell\a nul\0")
IO.inspect("unicode: héllo wörld ✓ 日本")
IO.inspect("\u00e9\u{1F600}")
name = "Ada"
n = 3
IO.puts("Hello #{name}, you have #{n * 2} messages and #{inspect([1, 2])}")
IO.puts("nested #{"inner #{n + 1}"}")
IO.puts("atom #{:ok} float #{1.5} nil [#{nil}]")
text = """
  Dear #{name},
    indented line
  last line
  """
IO.write(text)
IO.inspect(text)
IO.puts(~S(no #{interp} here))
IO.inspect("a" <> "b" <> "c")
IO.inspect("café" |> byte_size())
IO.inspect(String.length("café"))
IO.inspect("abc" == "abc")
IO.inspect("abc" < "abd")
IO.inspect(is_binary("x"))
IO.inspect(<<104, 105>>)
IO.inspect(<<255, 0>>)
IO.inspect("hi" <> <<0>>)
IO.inspect(String.printable?("abc"))
IO.inspect("multi
line")
IO.inspect("\#{not interpolated}")
IO.puts("emoji: 🎉 count #{String.length("🎉🎉")}")
