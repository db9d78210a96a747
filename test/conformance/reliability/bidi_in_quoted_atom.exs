x = :"a‭b"
IO.inspect(x)
