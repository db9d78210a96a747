# List.keyfind/keytake/keydelete/keymember?/keyreplace/keystore are :lists.key*(key, position + 1, list) as in Elixir 1.14: a non-list fails there (:lists.keytake/4, keydelete3/3 ..., or the keyfind BIF's badarg), a non-number position in +
for f <- [fn -> List.keytake(0.1, 1, 0) end, fn -> List.keyfind(0.1, 1, 0) end, fn -> List.keyfind(0.1, 1, 0, :d) end, fn -> List.keydelete(0.1, 1, 0) end, fn -> List.keymember?(0.1, 1, 0) end,
          fn -> List.keyreplace(0.1, 1, 0, {}) end, fn -> List.keystore(0.1, 1, 0, {}) end, fn -> List.keytake([1 | 2], 1, 0) end, fn -> List.keyfind([{1} | 2], 2, 0) end,
          fn -> List.keytake([{1, 2}], 2, 1) end, fn -> List.keytake([{1, 2}], 3, 1) end, fn -> List.keyfind([{1, 2}], 3, 1, :none) end,
          fn -> List.keystore([{1}], 3, 0, {3}) end, fn -> List.keyreplace([{1}], 1, 0, {9}) end, fn -> List.keydelete([{2}, {1}], 1, 0) end, fn -> List.keymember?([{2}], 2, 0) end] do
  IO.inspect(try do f.() rescue e -> e end)
end
