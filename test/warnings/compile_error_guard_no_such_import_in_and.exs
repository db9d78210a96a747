x = 1
y = case x do
  b when b > 1 and (b < 5 or (b > 7 and (b > 8 or nope(b)))) -> 2
end
