# `&f(&1, &2)` and `&Mod.f(&1)` with the arguments in order are the captures &f/2 and &Mod.f/1
# (Elixir's elixir_fn:capture/4): external funs that print as such, compare equal to the written
# capture, fail with their own arity in BadArityError, and leave no anonymous fn frame in a trace
defmodule Stats do
  def parse(text), do: text |> String.split(",") |> Enum.map(&String.trim(&1)) |> Enum.map(&String.to_integer(&1))
  def mean(xs), do: Enum.sum(xs) / length(xs)
  def total(xs), do: Enum.reduce(xs, &(&1 + &2))
  def diffs(xs), do: Enum.zip_with(xs, tl(xs), &(&1 - &2))
  def add(a, b), do: a + b

  def funs do
    [&(&1 + &2), &String.upcase(&1), &String.split(&1, &2), &String.split(&2, &1), &(&1 * 2), &elem(&1, &2),
     &is_atom(&1), &:lists.reverse(&1), &length(&1), &(-&1), &(&1 <> &2), &(&1 and &2), &to_string(&1),
     &Map.get(&1, :a), &{&1, &2}, &add(&1, &2), &Stats.add(&1, &2), &__MODULE__.add(&1, &2), &inspect(&1, &2),
     &rem(&1, &2), &Integer.to_string(&1, 16), &String.to_integer(&1)]
  end
end

defmodule Main do
  def frames(fun) do
    try do
      fun.()
    rescue
      e ->
        IO.puts(Exception.message(e))
        __STACKTRACE__ |> Enum.take(3) |> Enum.each(&IO.inspect/1)
    end
  end

  def run do
    xs = Stats.parse("4, 7, 1")
    IO.inspect({xs, Stats.mean(xs), Stats.total(xs), Stats.diffs(xs)})
    for f <- Stats.funs() do
      info = Map.new(:erlang.fun_info(f), fn {k, v} -> {k, v} end)
      IO.inspect({f, info.type, info.arity, info.module})
    end
    IO.inspect((&String.upcase(&1)) == (&String.upcase/1))
    IO.inspect((&(&1 + &2)) == (&:erlang.+/2))
    frames(fn -> Enum.map([1], &(&1 + &2)) end)
    frames(fn -> Stats.parse("1, x") end)
    frames(fn -> Enum.map(["a"], &String.to_integer(&1, 2)) end)
  end
end

Main.run()
