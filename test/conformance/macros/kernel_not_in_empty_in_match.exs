# `x not in []` in a match: Kernel.in/2 gives `false` for `x in []` there, which leaves the call
# of :erlang.not/1 that no match may make (beamlet matched it as the pattern `false`)
for code <- [
      "(a not in []) = true",
      "not(a in []) = true",
      "{:ok, (a not in [])} = {:ok, true}",
      "case true do (a not in []) -> :matched end",
      "(a in []) = false",
      "(a not in [1]) = true"
    ] do
  try do
    IO.inspect(Code.eval_string(code))
  rescue
    e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
  end
end
