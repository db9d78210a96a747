# Macro.to_string/1: a bitstring's last segment that ends in >> (a binary generator over a bitstring,
# a nested bitstring) is written in parentheses: <<a, (b <- <<1, 2>>)>>
for src <- ["for <<b <- <<1, 2>> >>, do: b", "for <<b <- <<1, 2>>, a>>, do: b", "for <<a, b <- <<1, 2>> >>, do: b", "<<a, <<1>> >>", "<<a::8, b::8 <- <<1, 2>> >>", "for <<b <- \"ab\">>, do: b", "<<a, b <- [1]>>", "<<a, b <- x.y>>", "<<a, <<1>>::binary>>"] do
  IO.puts(Macro.to_string(Code.string_to_quoted!(src) |> Macro.prewalk(fn {a, m, b} when is_list(m) -> {a, [], b}; x -> x end)))
end
