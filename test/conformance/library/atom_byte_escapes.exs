# a quoted atom (and a quoted keyword key) is the binary its text spells: byte escapes >= 0x80
# that make UTF-8 are its characters
IO.inspect(:"\xC3\xA9")
IO.inspect(%{"\xC3\xA9t\xC3\xA9": 1})
IO.inspect([{:"\xE2\x82\xAC", 1}, "a\xC3\xA9": 2])
IO.inspect(:"\xC3\xA9" == :é)
IO.inspect(Atom.to_string(:"x\xC3\xA9y") |> String.length())
