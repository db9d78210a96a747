ref = make_ref()
x = 1
send(self(), {ref, 1})
result =
  receive do
    {^ref, ^x} -> :matched
    :other -> :other
  end
IO.inspect(result)
