# an expression before the first clause: the error is at the first ->, its column named only when
# string_to_quoted counts columns
IO.inspect Code.string_to_quoted("case x do\n  1\n  2 -> 3\nend")
IO.inspect Code.string_to_quoted("case x do\n  1\n  2 -> 3\nend", columns: true)
IO.inspect Code.string_to_quoted("case x do\n  1\n  (a, b) -> 3\nend", columns: true)
IO.inspect Code.string_to_quoted("case x do\n  1\n  a when b -> 3\nend", columns: true)
IO.inspect Code.string_to_quoted("fn 1; x -> 3 end", columns: true)
IO.inspect Code.string_to_quoted("fn 1; x -> 3 end")
IO.inspect Code.string_to_quoted("(1; 2 -> 3)", columns: true)
IO.inspect Code.string_to_quoted("case x do\n  1 -> 2\n  3\n  4 -> 5\nend", columns: true)

try do
  Code.string_to_quoted!("case x do\n  1\n  2 -> 3\nend", columns: true)
rescue
  e -> IO.inspect(e)
end

try do
  Code.string_to_quoted!("case x do\n  1\n  2 -> 3\nend")
rescue
  e -> IO.inspect(e)
end
