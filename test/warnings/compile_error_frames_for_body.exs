# a typo in a for body at a script's top level: the trace ends in Code.require_file/2
for score <- [90, 75], do: scroe
