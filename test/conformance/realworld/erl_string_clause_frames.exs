# :string's list functions fail in string.erl's own clauses: the FunctionClauseError names the
# clause's arguments and its string.erl line, as an uncaught error report shows them
for f <- [
      fn -> :string.lexemes("a  b,c", " ,") end,
      fn -> :string.to_upper(:a) end,
      fn -> :string.to_lower({1}) end,
      fn -> :string.substr('abc', 9) end,
      fn -> :string.substr('abc', 0) end,
      fn -> :string.substr("abc", 1) end,
      fn -> :string.substr("abc", 2) end,
      fn -> :string.substr('abc', 2, 9) end,
      fn -> :string.substr('abc', 5, 1) end,
      fn -> :string.substr('abc', 4) end,
      fn -> :string.substr('abc', 1, -1) end,
      fn -> :string.substr([:a, :b, :c], 2, 1) end
    ] do
  try do
    IO.inspect(f.())
  rescue
    e ->
      [top | _] = __STACKTRACE__
      IO.puts(Exception.message(e))
      IO.inspect(top)
  end
end

:string.substr('abc', 5, 1)
