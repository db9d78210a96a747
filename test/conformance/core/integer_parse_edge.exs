for s <- ["0", "-0", "+5", "12abc", "abc", "", " 1", "1_000", "99999999999999999999", "3.7", "0x10", "-"] do
  IO.puts("#{inspect(s)} -> #{inspect(Integer.parse(s))}")
end
for s <- ["1.5", "1.", ".5", "1e5", "1.0e-3", "-2.5x", "abc", "3", "1.5e400"] do
  r = try do
    Float.parse(s)
  rescue
    e -> {:raised, e.__struct__}
  end
  IO.puts("#{inspect(s)} -> #{inspect(r)}")
end
IO.inspect(Integer.parse("777", 8))
IO.inspect(Integer.parse("zz", 36))
IO.inspect(String.to_integer("-101", 2))
