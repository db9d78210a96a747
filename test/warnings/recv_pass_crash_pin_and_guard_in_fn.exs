Enum.each([1, 2], fn n ->
  ref = make_ref()
  send(self(), {ref, n})
  receive do
    {^ref, got} when got > 0 -> IO.inspect(got)
  end
end)
