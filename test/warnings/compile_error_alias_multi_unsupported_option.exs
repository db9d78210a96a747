y = 2
x = 3
case y do
  2 -> fn -> alias Foo.{Bar}, bar: 1 end
end
