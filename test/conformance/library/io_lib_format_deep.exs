# :io_lib.format/2 and :io_lib.write/1 return OTP 25's deep lists: ~s/~w/~p results stay one element
# each (their padding a tree of pad characters), other controls are flattened in place; with depths
# (io_lib:write/2, ~W, ~P) too.
for {f, a} <- [{"~p", [[1,2]]}, {"~p", [{1, :a}]}, {"~p", ["bin"]}, {"~p", ['abc']}, {"~p", [%{a: 1}]}, {"~w", [{1, [2]}]}, {"~w", [:a]}, {"~w", ["bin"]}, {"~s", ['abc']}, {"~s", [:atom]}, {"~10s|", ["ab"]}, {"~.3s|", ["abcdef"]}, {"~c~c", [?a, ?b]}, {"~3c", [?a]}, {"~b ~.16B ~8.2.0b", [5, 255, 3]}, {"~e ~f ~g", [1.5, 1.5, 1.5]}, {"~i~~~n", [1]}, {"~ts", ["ü"]}, {"~10.3f|", [2.0]}, {"~-10w|", [:ab]}, {"~10p|", [:x]}, {"a~sb", ["x"]}, {"~p~n", [1]}] do
  IO.inspect({f, :io_lib.format(f, a)})
end
terms = [[], {}, %{}, <<>>, %{a: 1, b: 2}, [1 | 2], <<1, 2::3>>, <<1::3>>, {:a, "b", [1]}, [[1], [2, [3]]], 'abc', ["ab", 'cd'], [1, 'ab'], {"x"}, <<200, 1>>, 1.5, -3, :"A b", self() |> is_pid(), %{[1] => {2}}]
for t <- terms do
  IO.inspect({t, :io_lib.write(t), :io_lib.format("~w", [t]), :io_lib.format("~p", [t])}, limit: :infinity)
end
IO.inspect(:io_lib.format("~w|~-8w|~3w|~8.2w", [[1], {:a}, 12345, :abcdef]))
IO.inspect(:io_lib.format("~10.4s|~-10.4s|~5.5s|", ["ab", "abcdef", "abc"]))
IO.inspect(:io_lib.format("~s ~s", [[?a, [?b, [?c]]], ["x", ?y]]))
IO.inspect(:io_lib.format("~.2p ~5p", [[1], :a]))
IO.puts(:io_lib.format("~p and ~w ~10s|", [%{a: [1, "b"]}, {1.5, <<1>>}, "pad"]))
terms3 = [[1,2,3,4], {1,2,3,4}, %{a: 1, b: 2, c: 3}, <<1,2,3,4>>, [[1,2],[3,4]], {:a, {:b, {:c, :d}}}, [1|2], "abcdef", 'abcdef', [1], {1}]
for t <- terms3, d <- [1, 2, 3] do
  IO.inspect({t, d, :io_lib.write(t, d), :io_lib.format("~W", [t, d]), :io_lib.format("~P", [t, d])}, limit: :infinity, width: 200)
end
