# `y = call` inside a case pattern at a script's top level
x = 1
case x do
  {y = :erlang.abs(1)} -> y
end
