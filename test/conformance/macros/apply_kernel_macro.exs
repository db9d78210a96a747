m = Kernel
for {f, args} <- [is_nil: [1], is_struct: [1], is_struct: [1, 2], is_exception: [1], "<>": ["a", "b"], if: [true, [do: 1]], map_get: [:a, %{a: 1}], is_map_key: [%{a: 1}, :a]] do
  r = try do
    {:ok, apply(m, f, args)}
  rescue e -> {:error, Exception.message(e)}
  end
  IO.inspect({f, r})
end
IO.inspect(try do apply(Kernel, :is_nil, [1]) rescue e -> Exception.message(e) end)
IO.inspect(try do apply(Kernel, :<>, ["a", "b"]) rescue e -> Exception.message(e) end)
IO.inspect(Kernel.is_nil(1))
IO.inspect(Kernel.<>("a", "b"))
f = &Kernel.is_nil/1
IO.inspect(f.(nil))
IO.inspect(Enum.map([1, nil], &is_nil/1))
IO.inspect(Enum.map([%{}], &is_struct/1))
