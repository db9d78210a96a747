# pipes nested on the left: each expansion's frames, innermost first
[1]
|> nope()
|> IO.inspect()
