# An undefined function in a case clause's body at a script's top level: no frame of its own
# above the call, then the clause's and the case's (their lists:mapfoldl/3 frames show)
case :rand.uniform(2) do
  1 -> :one
  2 -> two(2)
end
