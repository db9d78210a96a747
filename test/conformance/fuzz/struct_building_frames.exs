# Building structs fails as Elixir 1.14's code does, down to the stack frames (found by fuzz-diff
# seed 31001): defstruct's __struct__/1 has no location in its frames, folds the fields with
# Enum.reduce and a fun of its own (a key the struct lacks: KeyError in -__struct__/1-fun-0-, a
# non-pair: FunctionClauseError in -__struct__/1-inlined-0-, a term that is no enumerable:
# Protocol.UndefinedError), and tail-calls the reduce when no key is enforced; struct/2 and
# struct!/2 of a struct hand the private struct/3 their own funs (-struct/2-fun-0-, and
# -struct!/2-fun-0- whose :maps.update names the struct in KeyError)
defmodule S do
  @enforce_keys [:a]
  defstruct [:a, :b]
end

defmodule T do
  defstruct [:a, :b]
end

defmodule Main do
  def run do
    for {m, kv} <- [{S, []}, {S, [c: 1]}, {T, [c: 1]}, {T, %{c: 1}}, {T, [{:a, 1}, :x]}, {T, :x}, {S, :x}, {Range, [first: 1]}, {URI, [x: 1]}, {MapSet, [x: 1]}, {T, [a: 1]}] do
      try do
        struct!(m, kv)
      rescue
        e -> show(e, __STACKTRACE__)
      else
        x -> IO.inspect(x)
      end

      try do
        struct(m, kv)
      rescue
        e -> show(e, __STACKTRACE__)
      else
        x -> IO.inspect(x)
      end
    end

    for {f, s, kv} <- [{&struct!/2, %T{}, [c: 1]}, {&struct!/2, %T{}, [:x]}, {&struct/2, %T{}, [:x]}, {&struct/2, %T{}, :x}, {&struct/2, 1, []}, {&struct!/2, 1, []}, {&struct/2, %{a: 1}, []}, {&struct!/2, %{a: 1}, []}, {&struct/2, %T{}, %{c: 1, a: 2}}] do
      try do
        f.(s, kv)
      rescue
        e -> show(e, __STACKTRACE__)
      else
        x -> IO.inspect(x)
      end
    end
  end

  defp show(e, stack) do
    IO.inspect(e)
    # (a fun among a frame's arguments shown as :fun: its text's length differs, and so the wrapping)
    for {m, f, a, loc} <- Enum.take_while(stack, &(elem(&1, 0) != Main)) do
      IO.inspect({m, f, if(is_list(a), do: Enum.map(a, &if(is_function(&1), do: :fun, else: &1)), else: a), loc})
    end
  end
end

Main.run()
