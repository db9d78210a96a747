# :erlang.make_tuple/3 names its bad arguments as OTP 25's error_info does
cases = [
  [2, :x, [{1, :a}]],
  [0, :x, [{1, :a}]],
  [2, :x, [{3, :a}]],
  [2, :x, [{0, :a}]],
  [2, :x, :a],
  [2, :x, [1 | 2]],
  [2, :x, [{1, :a} | :b]],
  [2, :x, [{1, :a, 3}]],
  [2, :x, [{1.0, :a}]],
  [-1, :x, [1]],
  [-1, :x, []],
  [2, :x, [{2, :b}, {2, :c}]],
  [2, :x, [:a]],
  [:a, :x, :b],
  [1.0, :x, []],
  [2 ** 40, :x, []],
  [2 ** 70, :x, :a]
]

for args <- cases do
  try do
    IO.inspect(apply(:erlang, :make_tuple, args))
  rescue
    e -> IO.puts(inspect(args) <> " -> " <> Exception.message(e))
  end
end
