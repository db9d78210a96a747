ref = make_ref()
send(self(), {:value, 1})
receive do
  {:value, v} when v > 0 when v < -10 -> IO.inspect(v)
end
IO.inspect(is_reference(ref))
