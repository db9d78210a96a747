# a local call in a pattern at the top level: no function by that name
[head(1)] = [1]
