# The frames of ExUnit.Assertions.assert_raise/2 and /3 in a stack trace through them (the fun's
# exception reraised as an AssertionError, an exit caught around it): lib/ex_unit/assertions.ex
# lines 761 (the fun's call) and 730 (assert_raise/3's call of /2), as Elixir 1.14's
ExUnit.start(autorun: false)
import ExUnit.Assertions
try do
  assert_raise ArgumentError, fn -> raise "boom" end
rescue
  e -> IO.inspect({e.__struct__, Enum.take(__STACKTRACE__, 3)})
end
try do
  assert_raise ArgumentError, "m", fn -> :erlang.error(:badarith) end
rescue
  e -> IO.inspect({e.__struct__, Enum.take(__STACKTRACE__, 4)})
end
try do
  assert_raise RuntimeError, "m", fn -> GenServer.call(:nope, :x) end
rescue
  _ -> IO.inspect(Enum.take(__STACKTRACE__, 4))
catch
  :exit, _ -> IO.inspect(Enum.take(__STACKTRACE__, 5))
end
