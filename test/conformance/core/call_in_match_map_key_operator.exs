# an operator in a map key of a pattern is expanded as a call, not refused as an illegal key
IO.puts("before")
m = %{3 => :three}
%{1 + 2 => v} = m
IO.inspect(v)
