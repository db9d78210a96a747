# `()` as an fn clause's empty head, with a guard or on a line of its own after `fn`, is no
# expression: the parser does not warn of it (a `()` in the clause's body still is)
f = fn
  () when true -> :none
end

g = fn
  () -> ()
end

IO.inspect({f.(), g.()})
