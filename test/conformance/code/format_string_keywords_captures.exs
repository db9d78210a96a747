# Code.format_string!: a call's last argument written as a keyword list in brackets loses them
# (not a tuple's, a list's or a module attribute's); captures of unary operations keep their
# parentheses, &(f(&1) / 3) stays a division, a capture operand of == is wrapped; comments before
# an item stand apart only when wider than the line
IO.puts(Code.format_string!("""
foo(1, [a: 1])
foo([a: 1])
Mod.foo(1, [a: 1, b: 2])
foo 1, [a: 1]
f.(1, [a: 1])
{x, [a: 1]}
{x, y, [a: 1]}
[1, [a: 1]]
@attr [a: 1]
use X, [a: 1]
%{k: [a: 1]}
foo(1, [{:a, 1}])
foo(1, ["a": 1])
foo(1, [a: 1], [b: 2])
x = [a: 1]
Supervisor.start_link([{PartitionSupervisor, name: P4, child_spec: DynamicSupervisor, partitions: 2}], strategy: :one_for_one)
"""))

IO.puts(Code.format_string!("""
Enum.find(modules, &(not is_atom(&1)))
Enum.find(modules, &(!is_atom(&1)))
x = &(-&1)
f1 == (&M.add/2)
moving_avg = data |> Enum.chunk_every(3, 1, :discard) |> Enum.map(&(Enum.sum(&1) / 3))
Enum.map(l, &(foo(&1) / 2))
g = &foo/1
h = &Mod.fun/2
c = (&foo/1) == g
d = [&foo/1 | t]
"""))

IO.puts(Macro.to_string(quote(do: &(Enum.sum(&1) / 3))))
IO.puts(Macro.to_string(quote(do: &(not is_atom(&1)))))
IO.puts(Macro.to_string(quote(do: f1 == &M.add/2)))

IO.puts(Code.format_string!("""
defmodule M do
  defp update_loop([h | t], index, fun, acc), do: update_loop(t, index - 1, fun, [h | acc])
  # Myers' O(ND) difference; the same walk as Elixir's List.myers_difference/2, so ties resolve alike.
  def myers_difference(list1, list2) when is_list(list1) and is_list(list2) do
    myers_search(0, [{0, list1, list2, []}], nil)
  end

  defp do_cmd(sys_state, :get_status, parent, module, misc) do
    data = module.system_status_data(misc, sys_state, parent)
    # (in the order the BEAM's process dictionary lists these two keys)
    dict = [{:"$ancestors", Process.get(:"$ancestors", [parent])}, {:"$initial_call", Process.get(:"$initial_call", initial_call(misc))}]
    {sys_state, dict}
  end
end
"""))
