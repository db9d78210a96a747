# Kernel's *_in/2,3 on a nil container: pop_in's ArgumentError is raised at Elixir's line (the raise, 2857, not the def)
for f <- [fn -> pop_in(nil, [:a]) end, fn -> put_in(nil, [:a], 1) end, fn -> update_in(nil, [:a], & &1) end, fn -> get_and_update_in(nil, [:a], &{&1, &1}) end, fn -> get_in(nil, [:a, :b]) end] do
  try do f.() rescue e -> IO.inspect({e, hd(__STACKTRACE__)}) end
end
