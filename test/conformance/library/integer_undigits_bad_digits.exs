# Integer.undigits/1,2 with a digit that is no integer, or an improper tail, fails in
# Integer.do_undigits/3 (the rest, the base and the value so far as its arguments), as in Elixir 1.14
for l <- [[1, :a], [1, 2 | :a], [1, 2.0], [:a], [1, 2, 3], [], :notalist, [1, 12]] do
  try do
    IO.inspect(Integer.undigits(l))
  rescue
    e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)} #{inspect(hd(__STACKTRACE__))}")
  end
end
IO.inspect(Integer.undigits([1, 15], 16))
Integer.undigits([1, 2 | 3])
