# FunctionClauseError from library functions: the function's own frame (file:line of its first
# clause, the full arity's arguments) and Exception.blame/3's attempted clauses
calls = [
  fn -> String.upcase(1) end,
  fn -> String.upcase("a", :bad) end,
  fn -> String.downcase(:a) end,
  fn -> String.slice(1, 0..1) end,
  fn -> String.slice("abc", 1, -1) end,
  fn -> String.at(1, 0) end,
  fn -> String.length(1) end,
  fn -> String.trim(1) end,
  fn -> String.duplicate(1, 2) end,
  fn -> String.replace(1, "a", "b") end,
  fn -> String.pad_leading(1, 2) end,
  fn -> String.starts_with?(1, "a") end,
  fn -> String.normalize(1, :nfc) end,
  fn -> String.split_at(1, 1) end,
  fn -> String.reverse(1) end,
  fn -> String.graphemes(1) end,
  fn -> Integer.parse(1) end,
  fn -> Integer.digits(1, 1) end,
  fn -> Integer.undigits([1], 1) end,
  fn -> Integer.to_string(1, 99) end,
  fn -> Float.round(1) end,
  fn -> Float.pow(1, 2) end,
  fn -> Float.ceil(1) end,
  fn -> List.first(:a) end,
  fn -> List.first(:a, 1) end,
  fn -> Keyword.get(1, :a) end,
  fn -> Keyword.keys(1) end,
  fn -> Keyword.pop!(1, :a) end,
  fn -> Base.encode16(1) end,
  fn -> String.upcase("", :bad) |> IO.inspect() end,
  fn -> String.downcase("A", :bad) end
]

for f <- calls do
  try do
    f.()
  rescue
    e ->
      {e, [top | _]} = Exception.blame(:error, e, __STACKTRACE__)
      IO.puts(Exception.message(e))
      {m, fun, a, loc} = top
      IO.inspect({m, fun, a, loc[:file], loc[:line]})
  catch
    kind, reason -> IO.inspect({kind, reason})
  end
end
