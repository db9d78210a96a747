# source text that is not valid UTF-8: String.to_charlist/1's UnicodeConversionError under the Code
# function handed it (invalid and incomplete sequences)
try do
  Code.compile_string(<<"x = \"a", 255, "b\"">>)
rescue
  e -> IO.inspect({e, __STACKTRACE__})
end
try do
  Code.string_to_quoted!(<<"x = \"a", 0xE2, 0x82>>)
rescue
  e -> IO.inspect({e, __STACKTRACE__})
end
try do
  Code.eval_string(<<"x = \"a", 0xE2, 0x82>>)
rescue
  e -> IO.inspect({e, __STACKTRACE__})
end
try do
  Code.format_string!(<<"x = \"a", 0xFF>>)
rescue
  e -> IO.inspect({e, __STACKTRACE__})
end
try do
  Code.eval_string(<<"x = \"a", 255, "b\"; byte_size(x)">>)
rescue
  e -> IO.inspect({e, __STACKTRACE__})
end
try do
  Code.string_to_quoted(<<"\"a", 255, "b\"">>)
rescue
  e -> IO.inspect({e, __STACKTRACE__})
end
IO.inspect(Code.string_to_quoted(<<"\"a", 0xC3, 0xA9, "b\"">>))
