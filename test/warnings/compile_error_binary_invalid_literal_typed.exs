IO.puts(:before)
x = [<<:a::binary>>]
