# Access.key!/1 and Access.elem/1 fail at Elixir 1.14's lib/access.ex lines; popping through
# Access.key! deletes the key (a struct's too), through Access.elem raises a RuntimeError;
# System.put_env/2 refuses a name with "=" and a non-binary
show = fn f ->
  try do
    IO.inspect(f.())
  rescue
    e -> IO.inspect({e, Enum.take(__STACKTRACE__, 2)})
  end
end

show.(fn -> get_in(%{}, [Access.key!(:a)]) end)
show.(fn -> get_and_update_in(%{}, [Access.key!(:a)], &{&1, 1}) end)
show.(fn -> get_in(:x, [Access.key!(:a)]) end)
show.(fn -> get_in({1}, [Access.elem(5)]) end)
show.(fn -> update_in({1}, [Access.elem(5)], & &1) end)
show.(fn -> get_in(:x, [Access.elem(0)]) end)
show.(fn -> pop_in(%{a: 1, b: 2}, [Access.key!(:a)]) end)
show.(fn -> pop_in(%{__struct__: :x, a: 1}, [Access.key!(:a)]) end)
show.(fn -> pop_in({1}, [Access.elem(0)]) end)
show.(fn -> get_in(%{a: %{b: 1}}, [Access.key!(:a), Access.key!(:b)]) end)
show.(fn -> System.put_env("A=B", "1") end)
show.(fn -> System.put_env(:a, "1") end)
show.(fn -> System.put_env("BEAMLET_T_X", "1"); System.get_env("BEAMLET_T_X") end)
