# :maps functions OTP 25 writes in Erlang (maps.erl) given bad arguments: badarg_with_info (maps.erl:578)
# or error_with_info (:581) naming the function with its arguments, the badarg's notes saying which
# arguments are wrong (not a fun of the arity called, not a map, not a (proper) list, not a valid
# iterator), a {:badmap, m} for the first argument that is no map; update_with's missing key at :265
f1 = fn x -> x end
f3 = fn _, _, _ -> 1 end
calls = [
  {:iterator, [1]}, {:iterator, [[0 | 1]]}, {:next, [1]}, {:next, [[0 | 1]]}, {:next, [{1, 2}]}, {:next, [[:a | %{}]]},
  {:groups_from_list, [1, [1]]}, {:groups_from_list, [f1, 1]}, {:groups_from_list, [1, 1]}, {:groups_from_list, [f1, [1 | 2]]}, {:groups_from_list, [f3, [1]]},
  {:groups_from_list, [1, 2, 3]}, {:groups_from_list, [f1, f1, [1 | 2]]}, {:groups_from_list, [f1, 1, []]}, {:groups_from_list, [f1, [3, 1, 2]]},
  {:update_with, [:a, 1, %{a: 1}]}, {:update_with, [:a, f1, 1]}, {:update_with, [:a, 1, 1]}, {:update_with, [:a, f1, %{}]},
  {:update_with, [:a, 1, 2, %{}]}, {:update_with, [:a, f1, 2, 3]}, {:update_with, [:a, 1, 2, 3]},
  {:intersect_with, [1, %{}, %{}]}, {:intersect_with, [f3, 1, %{}]}, {:intersect_with, [f3, %{}, 2]}, {:intersect_with, [1, 2, 3]}, {:intersect_with, [f1, 2, %{}]},
  {:merge_with, [1, %{}, %{}]}, {:merge_with, [f3, 1, %{}]}, {:merge_with, [f3, %{}, 2]}, {:merge_with, [1, 2, 3]}, {:merge_with, [f3, 1, 2]},
  {:intersect, [1, %{}]}, {:intersect, [%{}, 2]}, {:intersect, [1, 2]},
  {:fold, [f3, 0, 1]}, {:fold, [1, 0, %{}]}, {:fold, [1, 0, 1]}, {:map, [f1, 1]}, {:map, [fn _, _ -> 1 end, [0 | 1]]}, {:filter, [1, 2]},
  {:foreach, [f1, %{}]}, {:filtermap, [fn _, _ -> 1 end, {1, 2}]}
]

for {f, args} <- calls do
  try do
    IO.inspect(apply(:maps, f, args))
  rescue
    e -> IO.inspect({f, Exception.message(e), hd(__STACKTRACE__)})
  end
end

:maps.update_with(:a, 1, 2, %{})
