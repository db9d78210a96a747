IO.puts(1)
case 1 do
  x -> _
end
