# List.last/1 of a non-list is a CaseClauseError on {value, nil} (OTP's compiler inlines last/2's
# clauses into last/1 as a case), an improper tail last/2's FunctionClauseError (beamlet raised
# FunctionClauseError in List.last/1 for both).
for {f, a} <- [
      {&List.last/1, [1.5]},
      {&List.last/1, [[1 | 2]]},
      {&List.last/1, [[]]},
      {&List.last/1, [[1, 2, 3]]},
      {&List.last/2, [:a, 0]},
      {&List.last/2, [[1, 2 | 3], 0]},
      {&List.last/2, [[], 0]}
    ] do
  try do
    IO.inspect(apply(f, a))
  rescue
    e -> IO.inspect(e)
  end
end
