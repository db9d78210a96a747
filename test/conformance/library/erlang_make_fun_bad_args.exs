# :erlang.make_fun/3's ArgumentError names each wrong argument as OTP 25's does (a module or name
# that is no atom, an arity that is no integer or is negative); an arity past 255 is a plain badarg
import Bitwise
for args <- [[1, :a, 1], [String, "a", 1], [String, :a, -1], [String, :a, 256], [String, :a, 255], [String, :a, :x], [1, "a", :x], [1, :a, 1.0], [String, :a, 1 <<< 70]] do
  try do
    IO.inspect apply(:erlang, :make_fun, args)
  rescue
    e -> IO.inspect({e, hd(__STACKTRACE__)})
  end
end
