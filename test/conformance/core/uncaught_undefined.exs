IO.puts("calling a missing function")
result = NoSuchMod.call([1, 2])
IO.inspect(result)
