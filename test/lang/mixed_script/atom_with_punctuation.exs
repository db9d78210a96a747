IO.inspect(:λx?)
