IO.inspect(:λx@host)
