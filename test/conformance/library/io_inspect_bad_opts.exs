try do
  IO.inspect(1, 1)
rescue
  e -> IO.inspect(e)
end
try do
  IO.inspect(:stdio, 2, %{label: "x"})
rescue
  e -> IO.inspect(e)
end
IO.inspect(:stdio, 2, [])
IO.inspect(3, label: "x")
