# Keyword.validate!/2 and validate/2 failures: messages and the frames of Elixir 1.14's keyword.ex (validate/5 281, validate!/2 336 343 355)
for {k, v} <- [{[a: 1, b: 2], [:a]}, {[a: 1, a: 2], [:a]}, {[a: 1, a: 2, c: 1], [:a]}, {[{"a", 1}], [:a]}, {[:x], [:a]}, {:x, [:a]}, {[a: 1], :x}, {[a: 1], [{:a, 1, 2}]}, {[a: 1], ["a"]}, {[b: 1, c: 2], [:a, b: 3]}] do
  try do
    IO.inspect(Keyword.validate!(k, v))
  rescue e -> IO.inspect({e, Enum.take(__STACKTRACE__, 2)})
  end
  try do
    IO.inspect(Keyword.validate(k, v))
  rescue e -> IO.inspect({e, Enum.take(__STACKTRACE__, 2)})
  end
end
