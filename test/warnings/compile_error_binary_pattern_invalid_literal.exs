IO.puts(:before)
<<:a::binary, _::binary>> = "a"
