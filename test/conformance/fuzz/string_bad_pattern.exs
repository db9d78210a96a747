# A pattern that is neither a string nor a list of non-empty strings: String hands it to :binary,
# whose ArgumentError ("2nd argument: not a valid pattern") and frame Elixir shows
for {name, f} <- [
  split: fn -> String.split("abc", -2) end,
  split_trim: fn -> String.split("abc", -2, trim: true) end,
  split_parts2: fn -> String.split("abc", -2, parts: 2) end,
  split_parts3: fn -> String.split("abc", -2, parts: 3) end,
  split_list: fn -> String.split("abc", ["a", 1]) end,
  split_list_empty: fn -> String.split("abc", ["a", ""]) end,
  split_atom: fn -> String.split("abc", :a) end,
  split_tuple: fn -> String.split("abc", {1}) end,
  split_not_binary: fn -> String.split(1, -2) end,
  contains: fn -> String.contains?("abc", -2) end,
  contains_list: fn -> String.contains?("abc", [1]) end,
  contains_list_empty: fn -> String.contains?("abc", ["b", ""]) end,
  replace: fn -> String.replace("abc", -2, "x") end,
  replace_once: fn -> String.replace("abc", -2, "x", global: false) end,
  replace_list: fn -> String.replace("abc", [:x], "x") end,
  replace_list_empty: fn -> String.replace("abc", ["b", ""], "x") end,
  replace_fun: fn -> String.replace("abc", -2, &(&1)) end,
  binary_split: fn -> :binary.split("abc", -2, [:global]) end,
  binary_split_list: fn -> :binary.split("abc", ["a", 1], [:global, :trim_all]) end,
] do
  try do
    IO.inspect(f.(), label: name)
  rescue
    e -> IO.inspect({name, e, hd(__STACKTRACE__)})
  end
end
String.split("abc", -2)
