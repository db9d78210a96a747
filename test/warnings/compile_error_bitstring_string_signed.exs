IO.puts(:before)
x = <<"a"::little-signed>>
