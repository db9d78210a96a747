# a special form in a pattern is refused by its name
x = 1
{1, fn _ -> 1 end} = x
