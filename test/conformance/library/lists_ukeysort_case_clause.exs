# :lists.ukeysort/2 as OTP 25's: a list that is neither [], [_] nor two elements and more is a
# CaseClauseError at lists.erl:880, the first two elements' keys are read at 884, an index that is
# no positive integer fails the clause at 879; equal keys keep the first tuple
cases = [
  {:ukeysort, [1, 2]}, {:ukeysort, [0, [{1}]]}, {:ukeysort, [1, :a]}, {:ukeysort, [1, [1 | 2]]},
  {:ukeysort, [1, [{1}, 2]]}, {:ukeysort, [2, [{1}, {2}]]}, {:ukeysort, [1, [{1} | :t]]},
  {:ukeysort, [:a, []]}, {:ukeysort, [1, []]}, {:ukeysort, [5, [:x]]}, {:ukeysort, [2, [{1, 2}, {2}]]},
  {:ukeysort, [1, [{3}, {1}, {3}, {1.0}, {2}]]}, {:ukeysort, [2, [{:a, 1}, {:b, 1.0}, {:c, 0}]]}
]

for {f, args} <- cases do
  try do
    IO.inspect(apply(:lists, f, args))
  rescue
    e ->
      IO.puts("#{f} #{inspect(args)}: " <> (Exception.message(e) |> String.split("\n") |> hd()))
      IO.inspect(Enum.take(__STACKTRACE__, 2))
  end
end
