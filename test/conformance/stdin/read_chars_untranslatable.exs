# IO.read(:stdio, n) where the input holds bytes that are not UTF-8: the io server counts the
# characters before them; more than n gives n, exactly n gives all it holds (those bytes too)
IO.inspect(IO.read(:stdio, 2), label: "2")
IO.inspect(IO.read(:stdio, 2), label: "2 more")
IO.inspect(IO.read(:stdio, 3), label: "3")
IO.inspect(IO.read(:stdio, 2), label: "after")
