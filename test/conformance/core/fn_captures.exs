defmodule M do
  def double(x), do: x * 2
  def add(a, b), do: a + b
  def run do
    f = &double/1
    IO.inspect(f.(21))
    IO.inspect(Enum.map([1, 2, 3], &double/1))
    IO.inspect(Enum.reduce([1, 2, 3], 0, &add/2))
  end
end

M.run()
up = &String.upcase/1
IO.inspect(up.("shout"))
IO.inspect(Enum.map(~w(a b), &String.duplicate(&1, 3)))
IO.inspect((&(&1 + &2)).(3, 4))
IO.inspect((&{&1, &2 * 2}).(1, 2))
IO.inspect((&[&1 | &2]).(0, [1]))
IO.inspect((&"#{&1}-#{&1}").("x"))
IO.inspect(Enum.map([1, 2], &M.double/1))
IO.inspect(Enum.sort(["bb", "a", "ccc"], &(byte_size(&1) >= byte_size(&2))))
len = &length/1
IO.inspect(len.([1, 2, 3]))
IO.inspect(Enum.map([[1], [1, 2]], &Kernel.length/1))
IO.inspect(is_function(&M.add/2, 2))
IO.inspect(Function.info(&M.add/2)[:name])
f1 = &M.add/2
IO.inspect(f1 == (&M.add/2))
g = &M.add/2
IO.inspect(apply(g, [5, 6]))
IO.inspect(apply(M, :double, [8]))
IO.inspect(apply(fn a, b -> a * b end, [6, 7]))
IO.inspect(&M.add/2)
IO.inspect(&String.length/1)
IO.inspect(Enum.map([%{n: 1}, %{n: 2}], & &1.n))
