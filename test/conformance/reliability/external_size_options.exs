# :erlang.external_size/2 takes only {:minor_version, 0 | 1} (the last one counts), as on OTP 25;
# term_to_binary/2's options beside it
t = fn f -> try do f.() rescue e -> Exception.message(e) end end
for o <- [[minor_version: 0], [minor_version: 1], [minor_version: -1], [{:minor_version, 1, 2}], [:minor_version], [minor_version: 1, minor_version: 0], [{:minor_version, 1} | :x]] do
  IO.inspect({o, t.(fn -> :erlang.external_size({1.5, :abc, "x"}, o) end)})
end
IO.inspect(t.(fn -> :erlang.external_size(:"é", [minor_version: 1]) end))
IO.inspect(t.(fn -> :erlang.external_size(:"é", [minor_version: 0]) end))
IO.inspect(t.(fn -> :erlang.external_size(:"é", []) end))
IO.inspect(:erlang.term_to_binary(&String.length/1))
IO.inspect(:erlang.binary_to_term(:erlang.term_to_binary(&String.length/1)).("abc"))
for opts <- [[], [:compressed], [compressed: 3], [minor_version: 1], [minor_version: 2], [:bad], :bad, [compressed: 10], [minor_version: 3], [{:compressed, :a}], [:deterministic], [:local]] do
  IO.inspect({opts, (try do :erlang.external_size({1, 2.0, :abc}, opts) rescue e -> e end)})
end
for opts <- [[], [:compressed], [compressed: 3], [minor_version: 1], [:bad], :bad, [compressed: 10], [minor_version: 3], [:deterministic], [:local]] do
  IO.inspect({opts, (try do :erlang.term_to_binary({1, 2.0, :abc}, opts) rescue e -> e end)})
end
for bin <- [<<131, 108, 255, 255, 255, 255>>, <<131, 104, 255>> , <<131, 105, 255, 255, 255, 255>>, <<131, 109, 255, 255, 255, 255, 1>>, <<131, 80, 0, 0, 0, 10, 1, 2>>, <<131, 80, 255, 255, 255, 255, 120, 156, 1>>, <<131>>, <<>>, <<130, 97, 1>>, <<131, 97, 1, 2>>, <<131, 110, 255, 0, 0>>, <<131, 111, 255, 255, 255, 255, 0>>, <<131, 118, 0, 3, 97, 98, 99>>, <<131, 119, 3, 97, 98>>, <<131, 116, 255, 255, 255, 255>>, <<131, 106>>] do
  IO.inspect({bin, (try do :erlang.binary_to_term(bin) rescue e -> e end)})
end

IO.inspect(try do :erlang.binary_to_term(<<131, 100, 0, 3, 97, 98, 99>>, [:safe]) rescue e -> e end)
IO.inspect(try do :erlang.binary_to_term(<<131, 119, 3, 120, 121, 122, 122, 122, 122>>, [:safe]) rescue e -> e end)
