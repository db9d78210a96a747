# The tokenizer reads (and warns of) the whole file before the parser runs: its warnings come
# first, then the parser's (empty (), empty ->, pipe without parentheses, not in, trailing comma).
x = ()
f = fn -> end
l = [1, 2] |> Enum.map fn y -> y end
IO.inspect(not 1 in [2])
IO.inspect(Keyword.new(a: 1,))
IO.puts(:"ok?")
IO.puts(? )
IO.puts(1 ^^^ 3)
IO.puts(---1)
IO.puts(:::)
IO.puts(Kernel."max"(1, 2))
IO.inspect(["a": 1])
