add = fn a, b -> a + b end
IO.inspect(add.(2, 3))
make_counter = fn start -> fn step -> start + step end end
c = make_counter.(10)
IO.inspect(c.(5))
x = 1
f = fn -> x end
x = 2
IO.inspect({f.(), x})
multi = fn
  {:ok, v} -> "ok #{v}"
  {:error, e} -> "error #{e}"
  other when is_list(other) -> "list #{length(other)}"
  _ -> "unknown"
end
Enum.each([{:ok, 1}, {:error, :x}, [1, 2], 3], fn v -> IO.puts(multi.(v)) end)
compose = fn f, g -> fn v -> g.(f.(v)) end end
inc_then_double = compose.(&(&1 + 1), &(&1 * 2))
IO.inspect(inc_then_double.(5))
adders = for i <- 1..3, do: fn n -> n + i end
IO.inspect(Enum.map(adders, fn a -> a.(100) end))
IO.inspect(is_function(add, 2))
IO.inspect(:erlang.fun_info(add)[:arity])
fact = fn
  0, _self -> 1
  n, self -> n * self.(n - 1, self)
end
IO.inspect(fact.(10, fact))
apply_twice = fn f, v -> f.(f.(v)) end
IO.inspect(apply_twice.(fn s -> s <> s end, "ab"))
IO.inspect((fn -> :immediate end).())
try do
  add.(1)
rescue
  e in BadArityError -> IO.puts(Exception.message(e)); IO.inspect(e.args)
end
