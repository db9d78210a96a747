# an unknown bitstring specifier in a later clause of a file-level cond
x = 1
cond do
  x == 2 -> :two
  true -> <<x::foo>>
end
