IO.inspect(~s(a\x))
