a = 1
IO.inspect(~s(a\x{41}))
IO.inspect(?\x{41})
IO.inspect("\x{41}")
