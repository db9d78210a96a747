IO.puts(:ok)
fοo_1 = 1
