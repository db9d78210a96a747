f = &to_string/1
g = &is_atom/1
h = &elem/2
i = &inspect/1
IO.inspect({f.(1), g.(:a), h.({1}, 0), i.(2)})
import String, only: [upcase: 1]
IO.puts (&upcase/1).("a")
