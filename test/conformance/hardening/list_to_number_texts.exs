# list_to_integer/1,2, list_to_float/1 and list_to_pid/1 on lists that are not a number's (or a
# pid's) text: a proper list of other terms than characters is "not a textual representation
# of ...", an improper list or another term is "not a list" (OTP 25's error_info)
args = [[a: 1], [:a], [1.5], ['1'], [?1, :a], [?1 | 2], [?1, ?2 | :b], [0x110000], [-1], [?1, ?2], [], :a, "12", ["12"], [?<, ?0, ?., ?1 | ?>]]
for l <- Enum.map(args, &Process.get(:nothing, &1)) do
  r =
    for f <- [&:erlang.list_to_integer/1, &:erlang.list_to_integer(&1, 16), &:erlang.list_to_float/1, &:erlang.list_to_pid/1, &List.to_integer/1, &List.to_float/1] do
      try do
        f.(l)
      rescue
        e -> Exception.message(e) |> String.split("\n", trim: true) |> List.last()
      end
    end
  IO.puts("#{inspect(l)}: #{inspect(r)}")
end
