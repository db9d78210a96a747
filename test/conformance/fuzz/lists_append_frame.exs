# :lists.append/2 is L1 ++ L2 in lists.erl: a failure shows :erlang.++ over lists:append/2's frame
# at line 144 (beamlet's BIF raised a bare badarg with neither). Found by fuzz-diff-enum seed 881502.
for {a, b} <- [{[1], [2]}, {100, -2}, {[1 | 2], [3]}, {[], :x}, {[1], :x}, {:a, []}] do
  r = try do {:ok, :lists.append(a, b)} rescue e -> {Exception.message(e), __STACKTRACE__ |> Enum.take(2)} end
  IO.inspect(r)
end
try do :lists.append(:a, []) rescue e -> IO.puts(Exception.format(:error, e, __STACKTRACE__)) end
