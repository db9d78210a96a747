# Elixir 1.14's formatter: a map pair `key => value` too long for its line whose value is a list
# or map opens the value on the arrow's line ("next break fits"), its elements under it; another
# value goes under the key. Macro.to_string of the quoted map does the same.
t = fn s -> IO.puts(Code.format_string!(s)); IO.puts("---") end
t.("@headers %{\n  \"kernel/include/dist.hrl\" => [],\n  \"kernel/include/dist_util.hrl\" => [hs_data: [kernel_pid: :undefined, other_node: :undefined, this_node: :undefined]],\n  \"b\" => [1, 2]\n}")
t.("x = %{\"kernel/include/dist_util.hrl\" => [{:hs_data, :kernel_pid, :undefined, :other_node, :undefined, :this_node}]}")
t.("x = %{\"kernel/include/dist_util.hrl\" => %{hs_data: :kernel_pid, undefined: :other_node, undefined2: :this_node}}")
t.("x = %{\"kernel/include/dist_util.hrl\" => some_function_call(:hs_data, :kernel_pid, :undefined, :other_node_x)}")
IO.puts(Macro.to_string(quote(do: %{"kernel/include/dist_util.hrl" => [{:hs_data, :kernel_pid, :undefined, :other_node, :undefined, :this_node}]})))
