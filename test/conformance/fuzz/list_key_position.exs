# List's key functions guard an integer position (their own FunctionClauseError, at lib/list.ex's
# lines; keyfind/3 is keyfind/4 with nil), and :lists.keydelete/keyreplace/keystore/keytake's
# function_clause frames carry lists.erl's lines. Found by fuzz-diff-enum seed 881502.
l = [{1, :a}]
for {n, f} <- [keyfind3: fn p -> List.keyfind(l, 1, p) end, keyfind4: fn p -> List.keyfind(l, 1, p, :d) end, keymember: fn p -> List.keymember?(l, 1, p) end,
  keydelete: fn p -> List.keydelete(l, 1, p) end, keyreplace: fn p -> List.keyreplace(l, 1, p, {2}) end, keystore: fn p -> List.keystore(l, 1, p, {2}) end,
  keytake: fn p -> List.keytake(l, 1, p) end], p <- [:a, 1.5, -1] do
  r = try do f.(p) rescue e -> {Exception.message(e), hd(__STACKTRACE__)} end
  IO.inspect({n, p, r})
end
for {n, f} <- [keydelete: fn l, p -> :lists.keydelete(9, p, l) end, keyreplace: fn l, p -> :lists.keyreplace(9, p, l, {2}) end, keyreplace_nt: fn l, p -> :lists.keyreplace(9, p, l, :x) end,
  keystore: fn l, p -> :lists.keystore(9, p, l, {2}) end, keystore_nt: fn l, p -> :lists.keystore(9, p, l, :x) end, keytake: fn l, p -> :lists.keytake(9, p, l) end],
  {l, p} <- [{[{1}], 0}, {[{1}, {2} | :x], 1}, {:x, 1}, {[{1}], 1}] do
  r = try do f.(l, p) rescue e -> {Exception.message(e), hd(__STACKTRACE__)} end
  IO.inspect({n, r})
end
