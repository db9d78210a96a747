x = 2
case x do
  2 ->
end |> IO.inspect
f = fn
  1 ->
  _ -> 3
end
g = fn a -> end
IO.inspect g.(1)
IO.inspect f.(2)
