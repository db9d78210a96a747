x = 1
IO.inspect(case x do
  :x
end)
