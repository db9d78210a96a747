f = fn fmt, args -> IO.puts(:io_lib.format(fmt, args) |> List.to_string()) end
f.("~p", [{:state, Enum.to_list(1..30), %{name: "abcdefghijklmnop", items: Enum.to_list(1..20)}}])
f.("~p", [%{alpha: "abcdefghijklmnop", beta: "qrstuvwxyzabcdef", gamma: "0123456789012345", delta: 1}])
f.("~p", [[{:a, 1, "xxxxxxxxxxxxxxxxxxxxxxx"}, {:b, 2, "yyyyyyyyyyyyyyyyyyyyyyyyyy"}, {:c, 3, "zzzzzzzzzzzzzzzzzzzzzzzzz"}]])
f.("~p", [{1, 2, List.duplicate(:abcdefgh, 12)}])
f.("prefix here: ~p~n", [Enum.to_list(1..35)])
f.("~p", [[a: 1, b: 2, c: "ccccccccccccccccccccccccccccccccccccccc", d: "ddddddddddddddddddddddddddddd"]])
f.("~p", [{{:nested, {:deep, Enum.to_list(100..130)}}, :x}])
f.("~p", [[[1,2,3], [4,5,6], [7,8,9], Enum.to_list(10..40)]])
f.("~40p", [Enum.to_list(1..20)])
f = fn fmt, args -> IO.puts(:io_lib.format(fmt, args) |> List.to_string()) end
# flat length of [1..n] string
for extra <- [76, 77, 78, 79, 80] do
  s = String.duplicate("a", extra - 4)
  f.("~p", [[String.to_atom(s)]])  # "[aaa]" length extra-2
  f.("~p", [[1, String.to_atom(s)]])
end
f.("~p", [{:ok, String.to_atom(String.duplicate("b", 80))}])
f.("~p", [{:ok, String.to_atom(String.duplicate("b", 70)), :c, :d}])
f.("~p", [{:tag, [1,2], String.to_atom(String.duplicate("b", 70)), :c, :d}])
f.("~p", [{"notag", [1,2], String.to_atom(String.duplicate("b", 70)), :c, :d}])
f.("~p", [%{String.to_atom(String.duplicate("k", 40)) => [1,2,3], String.to_atom(String.duplicate("j", 40)) => {:a, :b}}])
f.("~p", [%{{:a, String.to_atom(String.duplicate("k", 70))} => String.to_atom(String.duplicate("v", 70))}])
f.("~p", [[String.to_atom(String.duplicate("k", 90))]])
f.("~p", [[a: String.to_atom(String.duplicate("k", 90))]])
f.("~w ~w ~w", ["abc", "héllo", <<1,2,3>>])
f.("~p ~tp ~tp", ["日本", "日本", 'héllo'])
f.("~tp ~p", [[0x65e5, 0x672c], [0x65e5]])
f.("~W", [<<1,2,3,4,5,6>>, 3])
f.("~P", [<<"abcdefghijklmnopqrstuvwxyz">>, 3])
f.("~P", [%{a: 1, b: 2, c: 3}, 2])
f.("~W", [%{a: 1, b: 2, c: 3}, 3])
f.("~p", [<<1::3>>])
f.("~p", [{:a, self() |> is_pid}])
f.("~w", [1.0e-10])
f.("~p", [:"hello-world"])
f.("~p", [:ok])
f.("~p", [:"Elixir.Foo"])
f.("~p", [:"é"])
f.("~s", [:"é"])
f.("~p", [:lists.seq(1, 100) |> :erlang.list_to_binary()])
f.("~p", [[a: [b: [c: [d: Enum.to_list(1..30)]]]]])
f.("~p", [{:error, {:badmatch, {:very_long_tag_name_here_for_testing, [1,2,3,4,5,6,7,8,9,10,11,12,13,14,15]}}}])
IO.puts :io_lib.format("~p", [[1, :abcdefghijklmnopqrstuvwxyz]]) |> List.to_string
IO.puts :io_lib.format("~p", [[1, :abc]]) |> List.to_string
IO.puts :io_lib.format("~p", [[1, String.to_atom(String.duplicate("a", 73))]]) |> List.to_string
IO.puts :io_lib.format("~p", [{1, String.to_atom(String.duplicate("a", 73))}]) |> List.to_string
IO.puts :io_lib.format("~p", [{1, String.to_atom(String.duplicate("a", 74))}]) |> List.to_string
IO.puts :io_lib.format("~p", [String.to_atom(String.duplicate("a", 100))]) |> List.to_string
IO.puts :io_lib_pretty.print([1, String.to_atom(String.duplicate("a", 74))], 2, 80, -1) |> List.to_string
