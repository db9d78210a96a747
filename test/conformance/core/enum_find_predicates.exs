users = [
  %{name: "ann", age: 31, active: true},
  %{name: "bob", age: 17, active: false},
  %{name: "cid", age: 45, active: true},
  %{name: "dee", age: 22, active: false}
]
IO.inspect(Enum.find(users, & &1.active).name)
IO.inspect(Enum.find(users, &(&1.age > 100)))
IO.inspect(Enum.find_value(users, fn u -> u.age < 18 && u.name end))
IO.inspect(Enum.find_index(users, &(&1.name == "cid")))
IO.inspect(Enum.any?(users, &(&1.age < 18)))
IO.inspect(Enum.all?(users, &is_binary(&1.name)))
IO.inspect(Enum.count(users, & &1.active))
IO.inspect(users |> Enum.filter(& &1.active) |> Enum.map(& &1.name))
IO.inspect(users |> Enum.reject(& &1.active) |> Enum.map(& &1.age) |> Enum.sum())
IO.inspect(Enum.split_with(users, &(&1.age >= 30)) |> then(fn {a, b} -> {length(a), length(b)} end))
IO.inspect(users |> Enum.sort_by(& &1.age, :desc) |> hd() |> Map.get(:name))
IO.inspect(Enum.all?([]))
IO.inspect(Enum.any?([]))
IO.inspect(Enum.all?([1, nil]))
IO.inspect(Enum.any?([false, nil, 0]))
