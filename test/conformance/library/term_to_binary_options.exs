# :erlang.term_to_binary/2's options as OTP 25 writes them: :compressed and {:compressed, 0..9}
# (zlib, kept only when it saves 5 bytes), {:minor_version, 0..2} (floats as text, UTF-8 atoms),
# :deterministic; binary_to_term reads every form back; bad options are ArgumentErrors.
:rand.seed(:exsss, {7, 8, 9})
IO.puts("seed {7, 8, 9}")
terms = [
  :abc, :"ünïcode", :"日本", 1.5, -0.0, 3.141592653589793, 1.0e300, 2.5e-300, 123456789.125,
  String.duplicate("a", 100), String.duplicate("ab", 100), "short", Enum.to_list(1..50),
  {:tuple, [1, 2.5, "three"], %{k: :v}}, %{b: 1, a: 2, c: [1.5, :x]},
  (for _ <- 1..300, into: "", do: <<Enum.random(?a..?f)>>),
  (for _ <- 1..200, do: Enum.random(1..1000)),
  List.duplicate({:rec, "name", 42}, 40)
]
opts = [[], [:compressed], [{:compressed, 0}], [{:compressed, 1}], [{:compressed, 3}], [{:compressed, 5}],
  [{:compressed, 9}], [{:minor_version, 0}], [{:minor_version, 1}], [{:minor_version, 2}],
  [:deterministic, {:minor_version, 2}, :compressed]]
for t <- terms, o <- opts do
  b = :erlang.term_to_binary(t, o)
  back = :erlang.binary_to_term(b)
  IO.puts("#{inspect(t, limit: 5, printable_limit: 12)} #{inspect(o)} #{byte_size(b)} #{Base.encode16(:crypto.hash(:md5, b))} #{back === t}")
end
IO.inspect :erlang.term_to_binary(1.5, [{:minor_version, 0}])
IO.inspect :erlang.term_to_binary(:abc, [{:minor_version, 2}])
IO.inspect :erlang.term_to_binary(String.duplicate("a", 40), [:compressed])
for l <- 1..9, do: IO.inspect(:erlang.term_to_binary(String.duplicate("xyz", 30), [{:compressed, l}]))
for bad <- [[{:compressed, 10}], [{:minor_version, 3}], [:bogus], :compressed] do
  try do
    :erlang.term_to_binary(:x, bad)
  rescue
    e -> IO.puts(Exception.message(e))
  end
end
for bad <- [<<131, 80, 0, 0, 0, 5, 1, 2, 3>>, <<131, 80, 0, 0>>, <<131, 99, "1.5">>] do
  try do
    :erlang.binary_to_term(bad)
  rescue
    e -> IO.puts(Exception.message(e))
  end
end
IO.inspect :erlang.binary_to_term(<<131, 99, "1.50000000000000000000e+00", 0, 0, 0, 0, 0>>)
