y = 2
x = 3
case y do
  2 -> fn -> require Nope.Missing, bar: 1 end
end
