# Big-integer operations past the sizes beamlet computes off the node's thread (vm/big_work.ts):
# products, quotients, powers and conversions to and from text give the BEAM's values.
# Fingerprints (:erlang.phash2, digit counts) keep the output short.
x = Integer.pow(7, 120_000)
y = 3 ** 150_000
IO.puts("pow: #{:erlang.phash2(x)} #{:erlang.phash2(y)} #{:erlang.phash2(Integer.pow(-3, 170_001))}")
s = Integer.to_string(x)
IO.puts("to_string: #{byte_size(s)} #{:erlang.phash2(s)} #{String.slice(s, 0, 20)} #{String.slice(s, -20, 20)}")
IO.puts("negative: #{:erlang.phash2(Integer.to_string(-x))}")
for base <- [2, 7, 16, 36] do
  t = Integer.to_string(x, base)
  IO.puts("base #{base}: #{byte_size(t)} #{:erlang.phash2(t)} #{String.to_integer(t, base) == x} #{String.to_integer(String.downcase(t), base) == x}")
end
IO.puts("charlist: #{:erlang.phash2(Integer.to_charlist(y))} #{:erlang.phash2(:erlang.integer_to_list(y, 13))}")
IO.puts("integer_to_binary: #{:erlang.integer_to_binary(x) == s}")
IO.puts("to_integer: #{String.to_integer(s) == x} #{String.to_integer("-" <> s) == -x} #{:erlang.binary_to_integer("+" <> s) == x}")
IO.puts("list_to_integer: #{List.to_integer(String.to_charlist(s)) == x} #{:erlang.list_to_integer(String.to_charlist(s), 10) == x}")
IO.inspect(Integer.parse(s <> "xyz") == {x, "xyz"}, label: "parse")
IO.inspect(Integer.parse(Integer.to_string(y, 5) <> "5", 5) == {y, "5"}, label: "parse base 5")
p = x * y
IO.puts("product: #{:erlang.phash2(p)} #{:erlang.phash2(-x * y)} #{p == y * x}")
IO.puts("quotient: #{div(p, y) == x} #{rem(p, x) == 0} #{:erlang.phash2(div(p, x + 1))} #{:erlang.phash2(rem(p, x + 1))}")
IO.puts("negative quotient: #{:erlang.phash2(div(-p, x + 1))} #{:erlang.phash2(rem(-p, x + 1))}")
IO.puts("apply: #{apply(:erlang, :*, [x, y]) == p} #{apply(Kernel, :div, [p, y]) == x}")
try do
  String.to_integer(s <> "z")
rescue
  e -> IO.puts("bad text: #{Exception.message(e)}")
end
