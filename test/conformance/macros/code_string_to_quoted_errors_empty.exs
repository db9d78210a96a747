# string_to_quoted!'s parse error: the trace Elixir takes in its parser's frame, one entry fewer than the depth; an empty text at a line: option
try do
  Code.string_to_quoted!("foo(")
rescue
  e -> IO.inspect({e, __STACKTRACE__})
end
IO.inspect Code.string_to_quoted("  # c", line: 5, column: 3)
IO.inspect Code.string_to_quoted("\n\n", line: 5, column: 3)
IO.inspect Code.string_to_quoted("\n\n", line: 5)
IO.inspect Code.string_to_quoted("  ", line: 5)
try do
  Code.string_to_quoted_with_comments('abc')
rescue
  e -> IO.inspect({e, __STACKTRACE__})
end
try do
  Code.string_to_quoted_with_comments!('abc')
rescue
  e -> IO.inspect({e, __STACKTRACE__})
end
try do
  Code.string_to_quoted_with_comments!("foo(")
rescue
  e -> IO.inspect({e, __STACKTRACE__})
end
try do
  Code.string_to_quoted_with_comments!("foo(", file: "x.ex")
rescue
  e -> IO.inspect({e, __STACKTRACE__})
end
