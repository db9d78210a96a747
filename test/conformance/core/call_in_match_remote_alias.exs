# a remote call in a pattern (a map value)
IO.puts("before")
%{key: String.trim(" x ")} = %{key: "x"}
