# The classic list functions of :string given a binary (or another term that is no list): they
# fail where string.erl's clauses do, or in the erlang:length/++ and lists:reverse they call, with
# string.erl's frames under them, as OTP 25 reports them
calls = [
  {:len, ["abc"]}, {:concat, ["a", 'b']}, {:concat, ['a', :b]}, {:chr, ["abc", ?b]}, {:chr, ['abc', "b"]},
  {:chr, [[?a | :x], ?b]}, {:chr, [[?b | :x], ?b]}, {:rchr, ["abc", ?b]}, {:rchr, [[?b | :x], ?b]},
  {:str, ["hello", 'l']}, {:str, ['hello', "l"]}, {:rstr, ["hello", 'l']}, {:rstr, ['hello', "l"]},
  {:span, ["abc", 'a']}, {:span, [[?a | :x], 'a']}, {:cspan, ["abc", 'c']}, {:cspan, ['abc', "a"]},
  {:substr, ["hello", 1]}, {:substr, ["hello", 2, 2]}, {:sub_string, ["hello", 2]}, {:sub_string, ["hello", 1, 3]},
  {:tokens, ["a b", ' ']}, {:tokens, ["a b", ' ,']}, {:tokens, ['a b', " "]}, {:tokens, ["a b", []]},
  {:join, [["a", "b", "c"], ", "]}, {:join, [["a", "b"], ', ']}, {:join, [["a"], ", "]}, {:join, [['a'], ", "]},
  {:join, [[], ", "]}, {:join, [['a' | :x], ", "]}, {:join, [['a', 'b', 'c'], ', ']},
  {:copies, ["ab", 2]}, {:copies, ['ab', -1]}, {:chars, [?a, -1]},
  {:words, ["a b"]}, {:words, ["a b", "x"]}, {:sub_word, ["a b", 1]}, {:sub_word, ["a b", :x]},
  {:strip, ["  a "]}, {:strip, ["xax", :left]}, {:strip, ["xax", :right]}, {:strip, ["xax", :both, ?x]},
  {:strip, ["ab", :x]}, {:left, ["ab", 4]}, {:left, ["ab", :x]}, {:right, ["ab", 4, ?.]}, {:centre, ["ab", 6]},
  {:centre, ["ab", :x]}, {:to_upper, ["abc"]}
]

for {f, args} <- calls do
  try do
    IO.inspect({f, args, apply(:string, f, args)})
  rescue
    e ->
      frames = Enum.filter(__STACKTRACE__, fn {m, _, _, _} -> m in [:string, :erlang, :lists] end)
      IO.inspect({f, args, Exception.message(e), frames}, width: 120)
  end
end

:string.tokens("uncaught", ' ')
