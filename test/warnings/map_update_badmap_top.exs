# OTP's compiler knows these values are no maps: the update fails with BadMapError
x = 1
IO.puts "top"
try do
  %{x | a: 1}
rescue e -> IO.inspect(e)
end
s = "s"
try do
  y = %{s | b: 2}
  IO.inspect(y)
rescue e -> IO.inspect(e)
end
m = %{a: 0}
IO.inspect(%{m | a: 1})
f = fn -> %{[1] | a: 1} end
IO.inspect(is_function(f))
