x = '''
  ok
  a⁧b
  '''
IO.puts(x)
