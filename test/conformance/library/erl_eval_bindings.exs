# :erl_eval's bindings as OTP 25 keeps them (an orddict): new, add (replacing), look up, list, delete.
b = :erl_eval.new_bindings()
IO.inspect b
b = :erl_eval.add_binding(:X, 1, b)
b = :erl_eval.add_binding(:A, 2, b)
b = :erl_eval.add_binding(:X, 3, b)
IO.inspect b
IO.inspect :erl_eval.binding(:X, b)
IO.inspect :erl_eval.binding(:Z, b)
IO.inspect :erl_eval.bindings(b)
IO.inspect :erl_eval.del_binding(:X, b)
