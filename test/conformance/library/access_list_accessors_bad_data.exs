# Access.all/0, at/1, at!/1, filter/1 and slice/1 on data that is not a list: the message, the
# exception (ArgumentError for slice, RuntimeError for the others) and the frame that raises
# (Access.all/3, Access.at/4 ... at Elixir 1.14's lines), for get_in, update_in and pop_in
for {name, acc} <- [all: Access.all(), at: Access.at(0), at!: Access.at!(0), filter: Access.filter(& &1), slice: Access.slice(0..1)] do
  for data <- [%{a: 1}, {1}] do
    for {op, f} <- [get_in: &get_in(&1, [acc]), update_in: &update_in(&1, [acc], fn x -> x end), pop_in: &pop_in(&1, [acc])] do
      try do
        f.(data)
      rescue
        e ->
          {m, f, a, loc} = hd(__STACKTRACE__)
          IO.puts("#{name} #{op}: #{inspect(e.__struct__)} #{Exception.message(e)} at #{inspect(m)}.#{f}/#{a}:#{loc[:line]}")
      end
    end
  end
end

IO.inspect(get_in(%{a: [1, 2, 3]}, [:a, Access.slice(1..2)]))
IO.inspect(update_in(%{a: [1, 2, 3]}, [:a, Access.filter(&(&1 > 1))], &(&1 * 10)))
get_in(%{a: %{b: 1}}, [:a, Access.all()])
