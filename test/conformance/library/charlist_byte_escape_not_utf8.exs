# a charlist literal whose bytes are no UTF-8 is refused as the file is parsed: nothing runs
IO.puts("never printed")
x = [1, 2 | 'ab\xff']
IO.inspect(x)
