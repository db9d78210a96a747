# OTP 25's functions written in Erlang fail on a bad argument in their own frame with their line
# in the .erl file: :lists.sum/1 (the + in lists:sum/2), :lists.duplicate/2's clause, the case
# functions of :string (error({badarg, term}), titlecase's clause), and the :maps functions taking
# a fun (a bad fun is a badarg saying which arguments are wrong, a bad map a badmap)
defmodule Main do
  def show(label, f) do
    try do
      f.()
      IO.puts("#{label}: no error")
    rescue
      e ->
        IO.puts("#{label}: #{inspect(e.__struct__)}: #{Exception.message(e)}")
        for entry <- Enum.take_while(__STACKTRACE__, &(elem(&1, 0) != Main)), do: IO.inspect(entry)
    end
  end

  def run do
    show(":lists.sum([:a])", fn -> :lists.sum([:a]) end)
    show(":lists.sum([1, 2, :a])", fn -> :lists.sum([1, 2, :a]) end)
    show(":lists.duplicate(-1, :x)", fn -> :lists.duplicate(-1, :x) end)
    show(":lists.duplicate(:a, :x)", fn -> :lists.duplicate(:a, :x) end)
    IO.inspect(:lists.duplicate(2, :x))

    for f <- [:uppercase, :lowercase, :casefold, :titlecase], arg <- [1, :a, {"x"}] do
      show(":string.#{f}(#{inspect(arg)})", fn -> apply(:string, f, [arg]) end)
    end

    three = fn _, _, acc -> acc end
    two = fn _, v -> v end

    for {f, args} <- [fold: [1, 0, 3], fold: [three, 0, 3], fold: [1, 0, %{}], fold: [three, 0, [1 | 2]], fold: [two, 0, %{a: 1}],
          map: [1, 2], map: [two, 2], map: [1, %{}], filter: [1, 2], filter: [two, :x], filtermap: [1, 2], filtermap: [two, 2],
          foreach: [1, 2], foreach: [1, %{}], foreach: [two, [1]]] do
      show(":maps.#{f}(#{inspect(args)})", fn -> apply(:maps, f, args) end)
    end

    IO.inspect(:maps.fold(fn k, v, acc -> [{k, v} | acc] end, [], %{a: 1}))
  end
end

Main.run()
