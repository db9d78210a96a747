# quote expands its options before it checks their keys: in `quote do: if x do ... end` the
# do/end block goes to quote and if(x) is an option, whose expansion fails first
x = 1
IO.inspect(quote do: if x do 1 end)
