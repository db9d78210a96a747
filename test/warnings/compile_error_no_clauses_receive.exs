IO.puts "never"
receive do
  1
end
