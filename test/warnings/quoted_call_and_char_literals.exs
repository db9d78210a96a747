# The tokenizer's warnings: a call name in quotes it does not need, a character literal better
# written with its escape (`? ` is ?\s, `?\z` is ?z), also when Code.string_to_quoted/1 reads
# them; a file may end in `?\` (a backslash).
map = %{b: 1, c?: 2}
IO.inspect(map."b")
IO.inspect(Map."get"(map, :c?))
IO.inspect(map."c?")
IO.inspect(Kernel."+"(1, 2))
IO.inspect({? , ?	, ?\ , ?\z, ?\A, ?\x, ?\n, ?\s, ?\\, ?é})
IO.inspect(Code.string_to_quoted("a.\"b\"(1)"))
IO.inspect(Code.string_to_quoted("[? , ?\\z, ?\\u]"))
IO.inspect(Code.string_to_quoted("?\\x41"))
IO.inspect(Code.string_to_quoted("a.\"é\""))
_backslash = ?\