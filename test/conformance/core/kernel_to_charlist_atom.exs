# to_charlist/1 of an atom (List.Chars), split out of kernel_builtins.exs, which beamlet passes
IO.inspect(to_charlist(:atom))
IO.inspect(to_charlist(:"with space"))
