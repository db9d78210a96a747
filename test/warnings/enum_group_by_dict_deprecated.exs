# Enum.group_by/3 with a dictionary in key_fun's place still works in Elixir 1.14, warning at
# run time from its line in lib/enum.ex
IO.inspect(Enum.group_by([1, 2, 3], %{}, &rem(&1, 2)))
IO.inspect(Enum.group_by([1, 2, 3], [], &if(rem(&1, 2) == 0, do: :even, else: :odd)))
