x = 2
case x do
  2 ->
end |> IO.inspect
g = fn _a -> end
IO.inspect g.(1)
h = fn ->
end
IO.inspect h.()
