IO.inspect(:"q\x{42}")
IO.inspect(:"q\x42")
IO.inspect([{:"a\x62", 1}])
