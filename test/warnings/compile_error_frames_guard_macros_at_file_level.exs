x = 1
case x do
  y when is_integer(y) or (y > 1 and String.length(y)) -> y
end
