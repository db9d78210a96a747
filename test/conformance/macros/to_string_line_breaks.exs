# Macro.to_string lays long code out as Elixir 1.14 (its formatter at 98 columns): lists and maps
# one element per line, pipelines one |> per line, a trailing list or map kept open after a binary
# operator, operands filled with the rest indented by two; code that fits stays on one line
exprs = [
  quote(do: Enum.map([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], fn element -> element * 2 end) == [2, 4, 6, 8, 10, 12, 14, 16, 18, 21]),
  quote(do: Keyword.get(opts, :first_option) == Keyword.get(opts, :second_option, :a_default_value_for_the_option)),
  quote(do: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30]),
  quote(do: %{name: "a very long name value here", email: "someone@example.com", roles: [:admin, :editor, :viewer]}),
  quote(do: x |> Enum.map(&(&1 * 2)) |> Enum.filter(&(&1 > 10)) |> Enum.reduce(0, &(&1 + &2)) |> IO.inspect(label: "r")),
  quote(do: some_value_name == %{key_one: "value number one", key_two: "value number two", key_three: 3}),
  quote(do: result = [first_element_value, second_element_value, third_element_value, fourth_element_value]),
  quote(do: some_function_call(argument_one) == another_function_call(argument_two, argument_three, arg_4)),
  quote(do: first_long_variable_name + second_long_variable_name + third_long_variable_name + fourth_name_var + x),
  quote(do: [short: 1, keyword_list_entry: "with a long string value", another_entry: :value, more: [1, 2, 3]]),
]
for e <- exprs, do: IO.puts(Macro.to_string(e) <> "\n---")
