# The arity a fn's frame shows is its parameters plus its free variables, as Erlang's compiler
# counts them: a name the fn's own clauses bind first (parameters, case patterns, a
# comprehension's accumulator) is none, nor is a variable bound to a constant (OTP's compiler
# puts the constant into the code, in a script's top level too); comprehension funs are named
# where their generators stand, also inside try with __STACKTRACE__.
top = fn label, f ->
  try do
    f.()
    IO.puts("#{label}: no error")
  rescue
    e ->
      [{m, name, arity, _} | _] = __STACKTRACE__
      IO.puts("#{label}: #{Exception.message(e)} at #{inspect(m)}.#{name}/#{arity}")
  end
end

defmodule M do
  def shadow(x, list) do
    k = 10
    Enum.map(list, fn x -> if x == 3, do: raise("shadow #{x}"), else: x + k end) ++ [x]
  end

  def consts(list) do
    a = 1
    b = [1, 2]
    c = a + 2
    Enum.map(list, fn x -> if x == 3, do: raise("consts #{a} #{inspect(b)} #{c}"), else: x end)
  end

  def comp(list, n) do
    for x <- list, y <- [n], x > 0, do: (if x == 3, do: raise("comp #{y}"), else: x)
  end

  def comp_map(map) do
    for {k, v} <- map, into: %{} do
      if v == 2, do: raise("comp_map #{k}"), else: {k, v}
    end
  end

  def comp_reduce(list, n) do
    for x <- list, reduce: n do
      acc -> if x == 3, do: raise("comp_reduce #{acc}"), else: acc + x
    end
  end

  def cases(list, y) do
    Enum.map(list, fn x ->
      case x do
        {y, z} -> if z == 3, do: raise("cases #{y}"), else: z
        _ -> y
      end
    end)
  end

  def rebind(list, y) do
    Enum.map(list, fn x ->
      y = y + x
      if x == 3, do: raise("rebind #{y}"), else: y
    end)
  end

  def nested(list, n) do
    Enum.flat_map(list, fn x -> Enum.map([n], fn m -> if x == 3, do: raise("nested #{m}"), else: x end) end)
  end

  def pinned(list, n) do
    Enum.map(list, fn ^n -> raise("pinned"); x -> x end)
  end
end

top.("shadow", fn -> M.shadow(0, [1, 3]) end)
top.("consts", fn -> M.consts([1, 3]) end)
top.("comp", fn -> M.comp([1, 3], 5) end)
top.("comp_map", fn -> M.comp_map(%{a: 1, b: 2}) end)
top.("comp_reduce", fn -> M.comp_reduce([1, 3], 0) end)
top.("cases", fn -> M.cases([{1, 2}, {2, 3}], 7) end)
top.("rebind", fn -> M.rebind([1, 3], 7) end)
top.("nested", fn -> M.nested([1, 3], 5) end)
top.("pinned", fn -> M.pinned([1, 5], 5) end)

# a script's top level
n = Enum.count([1, 2])
one = 1
list = [1, 2]
sum = one + 2
top.("script comp", fn -> for x <- [1, 3], do: (if x == 3, do: raise("script comp #{n}"), else: x) end)
top.("script consts", fn -> Enum.map([1, 3], fn x -> if x == 3, do: raise("#{one} #{inspect(list)} #{sum}"), else: x end) end)
top.("script shadow", fn -> Enum.map([1, 3], fn n -> if n == 3, do: raise("script shadow #{n}"), else: n end) end)
top.("script both", fn -> Enum.map([1, 3], fn x -> if x == 3, do: raise("both #{n} #{one}"), else: x end) end)
top.("script two gens", fn -> for x <- [1, 3], y <- [n], do: (if x == 3, do: raise("two gens #{y}"), else: x) end)
top.("script filter", fn -> for x <- [1, 3], x > one, do: (if x == 3, do: raise("filter #{n}"), else: x) end)

try do
  for x <- [1, 3], do: (if x == 3, do: raise("in try"), else: x)
rescue
  _ -> IO.inspect(elem(hd(__STACKTRACE__), 1), label: "in try with __STACKTRACE__")
end

try do
  for x <- [1, 3], do: (if x == 3, do: raise("after"), else: n)
rescue
  _ -> IO.inspect(Enum.take(Enum.map(__STACKTRACE__, &{elem(&1, 1), elem(&1, 2)}), 1), label: "after it")
end
