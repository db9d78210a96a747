# String.split/2,3 and String.replace/3,4 by binary patterns are :binary.split/:binary.replace in
# Elixir 1.14: the parts of a split are sub-binaries of the subject (their referenced size is the
# subject's buffer), as a parser that keeps fields of its input lines sees with
# :binary.referenced_byte_size/1; and the results of both, for short and long lines, many patterns,
# :trim and :global, and subjects that are not valid UTF-8.
line = String.duplicate("abcdefghij", 100) <> " = " <> String.duplicate("z", 200)
[a, b] = String.split(line, " = ")
IO.inspect({byte_size(a), :binary.referenced_byte_size(a), byte_size(b), :binary.referenced_byte_size(b)})
[a, b | _] = String.split(line <> " ; x", [" = ", " ; "], trim: true)
IO.inspect({byte_size(a), :binary.referenced_byte_size(a), byte_size(b), :binary.referenced_byte_size(b)})
copied = :binary.copy(line)
IO.inspect(String.split(copied, "j", trim: true) |> Enum.map(&:binary.referenced_byte_size/1) |> Enum.uniq())
r = String.replace(copied, "abc", "X")
IO.inspect({byte_size(r), String.slice(r, 0, 12)})
IO.inspect(String.replace(copied, "nothing", "X") == copied)

fields = fn l -> l |> String.split([" = ", " ; "]) |> Enum.join("|") |> String.replace("value", "v") end
for i <- [1, 22, 333], do: IO.inspect(fields.("key#{i} = value_#{rem(i, 97)} ; extra #{i * 3}"))

IO.inspect(String.split("a,,b,", ","))
IO.inspect(String.split(",a,,b,", ",", trim: true))
IO.inspect(String.split(",a,,b,", ",", trim: false))
IO.inspect(String.split("abcabc", ["ab", "abc"]))
IO.inspect(String.split("abcabc", ["abc", "ab"], trim: true))
IO.inspect(String.split("héllo wörld", "ö"))
IO.inspect(String.split(<<255, 1, 44, 2>>, ","))
IO.inspect(String.split("", ","))
IO.inspect(String.split("", ",", trim: true))
IO.inspect(String.split("a,b,c", ",", trim: true, parts: 2))
IO.inspect(String.split("a,b,c", ",", trim: true, trim: false))
IO.inspect(String.split("a,b,c", [",", ","]))
IO.inspect(String.replace("value_1 value", "value", "v"))
IO.inspect(String.replace("value_1 value", "value", "v", global: false))
IO.inspect(String.replace("aaa", ["a", "aa"], "<>"))
IO.inspect(String.replace("abc", "z", "y"))
IO.inspect(String.replace("", "z", "y"))
IO.inspect(String.replace("héllo", "é", "e"))
IO.inspect(String.replace(<<1, 255, 2, 255>>, <<255>>, "é"))
IO.inspect(String.replace("a.b.c", ".", "", global: true))
IO.inspect(String.replace("a.b.c", ".", String.duplicate("-", 70)) |> byte_size())
