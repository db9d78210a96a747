# Boolean and short-circuit operators
IO.inspect(true and false)
IO.inspect(true or false)
IO.inspect(not true)
IO.inspect(nil || :default)
IO.inspect(false || nil)
IO.inspect(0 || :zero_is_truthy)
IO.inspect("" && :empty_string_truthy)
IO.inspect(nil && raise("never"))
IO.inspect(!nil)
IO.inspect(!!1)
IO.inspect(true and 5)
IO.inspect(false and raise("short"))
IO.inspect(true or raise("short"))
try do
  IO.inspect(1 and true)
rescue
  e in BadBooleanError -> IO.puts("BadBooleanError: " <> Exception.message(e))
end
try do
  IO.inspect(not 1)
rescue
  e -> IO.puts(Exception.message(e))
end
f = fn x -> x > 2 && x < 10 end
IO.inspect(Enum.map([1, 5, 11], f))
IO.inspect(1 < 2 and 2 < 3 or false)
IO.inspect(false or not false and true)
a = nil
b = a || "fallback"
IO.puts(b)
IO.inspect(is_nil(a) and not is_nil(b))
