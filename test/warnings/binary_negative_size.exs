# a segment size known to be negative: OTP's compiler warns, the construction raises badarg
n = -1
try do
  <<1::size(n)>>
rescue e -> IO.inspect(e)
end
try do
  <<2::size(-3)>>
rescue e -> IO.inspect(e)
end
m = length(System.argv()) - 1
try do
  <<3::size(m)>>
rescue e -> IO.inspect(e)
end
IO.inspect(<<1::size(-1)>>)
