# :queue given what is no queue (or an empty one where it needs an element): the error and the
# frame of OTP 25's queue.erl that raises it, with its line
e = {[], []}
f = fn _ -> true end
calls = [is_empty: [:x], len: [:x], to_list: [:x], from_list: [:x], member: [1, :x], out: [:x], out_r: [:x],
 get: [e], get: [:x], get_r: [e], get_r: [:x], peek: [:x], peek_r: [:x], drop: [e], drop: [:x], drop_r: [e], drop_r: [:x],
 reverse: [:x], join: [:x, :y], split: [5, {[1], []}], split: [1, :x], filter: [f, :x], filtermap: [f, :x], fold: [f, 0, :x],
 any: [f, :x], all: [f, :x], delete: [1, :x], delete_r: [1, :x], delete_with: [f, :x], delete_with_r: [f, :x],
 head: [e], head: [:x], tail: [e], tail: [:x], daeh: [e], daeh: [:x], last: [e], last: [:x], liat: [e], liat: [:x], init: [e], init: [:x], lait: [e], lait: [:x],
 cons: [1, :x], snoc: [:x, 1], in: [1, :x], in_r: [1, :x]]
for {fun, args} <- calls do
  try do
    apply(:queue, fun, args)
    IO.puts("#{fun} ok")
  rescue
    err -> [{m, fu, a, loc} | _] = __STACKTRACE__; IO.puts("#{fun}/#{length(args)} #{inspect(args)} -> #{inspect(m)} #{fu} #{inspect(a)} #{loc[:line]} #{inspect(err.__struct__)} #{inspect(Map.get(err, :term))}")
  end
end
