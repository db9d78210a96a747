# A tuple never grows past the BEAM's largest (2^24 - 1 elements): append_element of one that
# size and list_to_tuple of a longer list are badarg, as on OTP 25 (insert_element is not checked
# there, and makes one element more)
big = :erlang.make_tuple(16_777_215, 0)
long = List.duplicate(0, 16_777_216)
cases = [
  append: fn -> Tuple.append(big, 1) end,
  append_element: fn -> :erlang.append_element(big, 1) end,
  list_to_tuple: fn -> List.to_tuple(long) end,
  erlang_list_to_tuple: fn -> :erlang.list_to_tuple(long) end,
  largest_list_to_tuple: fn -> List.to_tuple(tl(long)) end,
  insert_element: fn -> :erlang.insert_element(1, big, 1) end,
  setelement: fn -> :erlang.setelement(1, big, 2) end,
  delete_at: fn -> Tuple.delete_at(big, 0) end
]

for {name, f} <- cases do
  result =
    try do
      {:ok, tuple_size(f.())}
    rescue
      e -> {:raised, e.__struct__, Exception.message(e)}
    end

  IO.inspect({name, result})
end
