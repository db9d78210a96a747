IO.puts 1
x = 1 """
  abc
  """
