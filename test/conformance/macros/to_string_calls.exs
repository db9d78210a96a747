# Macro.to_string lays out calls too long for a line as Elixir 1.14's formatter (98 columns): a last
# fn, list, map or keywords opens on the call's line, else one argument per line; numbers with
# six digits or more in groups of three; binary segment specs; for without parentheses; a pair
# too long puts its second element under the first
forms = [
  quote(do: some_function(first_argument_value, second_argument_value, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])),
  quote(do: some_function(first_argument_value, second_argument_value, %{alpha: 1, beta: 2, gamma: 3, delta: 4})),
  quote(do: some_function(first_argument_value, second_argument_value, key_one: 1, key_two: 2, key_three: 3, k: 4)),
  quote(do: some_function(first_argument_value, second_argument_value, {:tuple_element, :another_one, :third_el})),
  quote(do: some_function(first_argument_value, fn x -> x end, second_argument_value, third_argument_value_xx)),
  quote(do: outer_function(inner_function(first_argument_value, second_argument_value, third_argument_value_long, fourth))),
  quote(do: a_function_name(first_argument_value, second_argument_value, third_argument_value, fourth_argument)),
  quote(do: Enum.map(a_long_list_variable_name, fn element -> element * 2 + some_other_long_computation(element) end)),
  quote(do: Enum.map(a_long_list_variable_name, fn element, acc when is_integer(element) -> element * 2 + acc end)),
  quote(do: Enum.map(list, fn {:ok, x} -> x; {:error, _} -> nil_value_for_errors_that_is_long_enough_to_break end)),
  quote(do: GenServer.call(server_process_identifier, {:a_request_tuple, with_some_arguments, and_more_of_them})),
  quote(do: String.split(a_long_string_variable_name, ["separator one", "separator two"], trim: true, parts: 3)),
  quote(do: Enum.reduce(list_of_things_to_process, %{accumulated: 0, other: []}, fn item, acc -> Map.update!(acc, :accumulated, &(&1 + item)) end)),
  quote(do: for(x <- list, y <- other, reduce: 0, do: (acc -> acc + x))),
  quote(do: for(x <- [1, 2, 3], y <- [4, 5, 6], x + y > 5, into: %{}, do: {x, y})),
  quote(do: fn a, b when a > b -> a end),
  quote(do: f(-1234567, 1.0e10, 123456.789, 0xFFFFFF, 1.0e20, 1.5e-7, 12345.5, 100000, 99999)),
  quote(do: <<x::8, y::binary-size(4)-unit(8), z::size(n)-little, "a"::utf8, w::float-32>> = bin),
  quote(do: :erlang.element(2, Access.get_and_update(data, :a, fn x -> Access.get_and_update(x, :b, fn _ -> {nil, 1} end) end))),
  quote(do: {:ok, %{id: 1, name: "a long name string", tags: ["tag one", "tag two", "tag three"], active: true}}),
  {:tuple, Enum.to_list(1..35)},
]

for f <- forms, do: IO.puts(Macro.to_string(f) <> "\n----")
