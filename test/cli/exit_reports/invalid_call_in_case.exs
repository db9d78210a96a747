IO.puts(1)
case 1 do
  _ -> 2.foo(1)
end
