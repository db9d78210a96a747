x = 5
IO.puts "never printed"
IO.inspect cond do
  x > 10 -> :big
  true -> :small
end
