case x do
  1 -> 2
end end
