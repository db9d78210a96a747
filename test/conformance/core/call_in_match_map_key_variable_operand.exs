# the key's call is refused before its variable operand is
IO.puts("before")
a = 2
%{1 + a => v} = %{3 => :three}
IO.inspect(v)
