# :erlang.binary_to_list/3 and :erlang.convert_time_unit/3 name each wrong argument as OTP 25's
# error_info does (out of range, not an integer, start after stop, invalid time unit)
for a <- [{"abc", 2, 1}, {"abc", 0, 1}, {"abc", 1, 4}, {"abc", :a, 1}, {"abc", 1, :b}, {:x, 1, 1}, {"abc", 3, 3}] do
try do apply(:erlang, :binary_to_list, Tuple.to_list(a)) |> IO.inspect rescue e -> IO.puts Exception.message(e) end end
for a <- [{1, :bad, :second}, {1, :second, :bad}, {:x, :second, :second}, {1, :bad, :bad}, {1, -1, :second}, {1, 1000, :native}] do
try do apply(:erlang, :convert_time_unit, Tuple.to_list(a)) |> IO.inspect rescue e -> IO.puts Exception.message(e) end end
