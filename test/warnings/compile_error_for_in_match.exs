# a case in a pattern is refused by its name, one frame deeper than a call
for(x <- [1], do: x) = 1
