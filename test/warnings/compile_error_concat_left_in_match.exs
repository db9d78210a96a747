# the left side of ++ in a pattern is expanded before it is refused as no literal list
x = [1]
Enum.map([1, 2]) ++ y = x
