IO.inspect(:"foo")
IO.inspect(? )
IO.inspect("\x{41}")
IO.inspect(a."b"())
