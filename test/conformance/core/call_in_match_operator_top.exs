# an operator as a whole pattern: Kernel's + is imported and inlined, so the call is :erlang's
IO.puts("before")
x = 3
1 + 2 = x
