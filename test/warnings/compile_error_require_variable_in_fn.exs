y = 2
x = 3
case y do
  2 -> fn -> require x end
end
