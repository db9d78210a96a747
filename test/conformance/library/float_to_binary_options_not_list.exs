# :erlang.float_to_binary/2 and float_to_list/2 with options that are no list or an improper list
# name the second argument ("not a list" / "not a proper list"), alongside a first that is no float
cases = [
  {2.5, :short},
  {2.5, 5},
  {2.5, [:short | :x]},
  {2.5, [decimals: 2]},
  {1, :short},
  {1, [:foo]},
  {:a, [:short | 1]}
]

for {f, o} <- cases, fun <- [:float_to_binary, :float_to_list] do
  try do
    IO.inspect(apply(:erlang, fun, [f, o]), label: "#{fun}")
  rescue
    e -> IO.puts("#{fun}: " <> Exception.message(e))
  end
end
