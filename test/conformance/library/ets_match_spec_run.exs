# Match specifications outside a table: :ets.match_spec_compile/1 (a reference is_compiled_ms/1
# knows), match_spec_run/2 over a list, test_ms/2 with the result or erts's list of what is wrong
# (clause shape, guards that are no list, a body returning nothing, unknown functions, unbound variables).
ms = [{{:"$1", :"$2"}, [{:>, :"$2", 1}], [{{:"$2", :"$1"}}]}]
IO.inspect :ets.match_spec_run([{:a, 1}, {:b, 2}, {:c, 3}, :x], :ets.match_spec_compile(ms))
IO.inspect :ets.match_spec_compile(ms) |> is_reference()
IO.inspect :ets.is_compiled_ms(:ets.match_spec_compile(ms))
IO.inspect :ets.test_ms({:b, 2}, ms)
IO.inspect :ets.test_ms({:a, 1}, ms)
IO.inspect :ets.test_ms({:a, 1}, [{:_, [], [:"$_"]}])
IO.inspect :ets.test_ms({:a, 1}, [{{:"$1", :"$2"}, [], [:"$$"]}])
IO.inspect :ets.test_ms({:a, 1}, [{:bad}])
IO.inspect :ets.match_spec_run([{1, 2}], :ets.match_spec_compile([{{:"$1", :"$2"}, [], [:"$_", {:+, :"$1", :"$2"}]}]))
try do
  :ets.match_spec_compile([{:bad}])
rescue
  e -> IO.inspect(e)
end
try do
  :ets.match_spec_run([1], :not_compiled)
rescue
  e -> IO.inspect(e)
end
for ms <- [[{:_, [{:foo, :"$1"}], [true]}], [{:_, [], []}], [{:_, :notalist, [true]}], [{:_, [], [{:bad_fun, 1}]}], [{:"$1", [{:>, :"$2", 1}], [true]}], :notalist, [{:_, [], [:"$9"]}]] do
  IO.inspect :ets.test_ms({:a, 1}, ms)
end
for ms <- [[{:_, [], :notalist}], [{:"$1", [{:is_integer, :"$1"}, {:foo, :"$3"}], [true]}], [{:"$1", [{:foo, :"$3"}], [true]}], [{:"$1", [], [{:+, :"$1", :"$2"}]}], [{:"$1", [], [:"$_"]}, {:_, 1, 2}], [{{:"$1", :"$2"}, [{:element, 1, :"$1"}], [{{:"$2"}}]}], []] do
  IO.inspect :ets.test_ms({:a, 1}, ms)
end
