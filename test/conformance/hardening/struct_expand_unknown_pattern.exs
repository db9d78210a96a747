IO.puts 1
case 1 do
 %Nope{} -> 1
 _ -> 2 end
