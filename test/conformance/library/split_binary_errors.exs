# :erlang.split_binary/2 names the wrong argument as OTP 25's error_info does: a position past the
# end or negative is "2nd argument: out of range", a non-integer "not an integer"
for a <- [{"abc", 4}, {"abc", -1}, {"abc", 3}, {:x, 1}, {"abc", :a}, {"abc", 1.0}, {<<1::3>>, 1}, {<<1, 2::3>>, 1}, {"abc", 10 ** 30}] do
  try do
    IO.inspect(apply(:erlang, :split_binary, Tuple.to_list(a)))
  rescue
    e -> IO.puts(Exception.message(e))
  end
end
