# Kernel functions and their BIFs given bad arguments fail as in Elixir 1.14 / OTP 25: inspect/2
# with options that are no list, is_struct/2 and is_exception/2 with a name that is no atom (a
# guard just fails), function_exported?/3 and spawn/3 naming every bad argument, apply/2 of
# arguments that are no list in :erlang.apply/2, and a call of a value known to be no fun
defmodule Guarded do
  def s(x, n) when is_struct(x, n), do: :struct
  def s(_, _), do: :other
  def e(x, n) when is_exception(x, n), do: :exception
  def e(_, _), do: :other

  def known_bad do
    f = 5
    f.(1)
    :unreached
  end

  def unknown_bad(f) do
    f.(1)
    :unreached
  end
end

defmodule Main do
  def show(label, f) do
    try do
      IO.inspect(f.(), label: label)
    rescue
      e ->
        IO.puts("#{label}: " <> Exception.format_banner(:error, e, __STACKTRACE__))
        frames = for {m, f, a, loc} <- Enum.take(__STACKTRACE__, 3), do: {m, f, if(is_list(a), do: length(a), else: a), loc}
        IO.inspect(frames)
    end
  end

  def run do
    two = Enum.random([2])
    name = Enum.random(["URI"])
    show("inspect", fn -> inspect(1, two) end)
    show("inspect ok", fn -> inspect(1, []) end)
    show("is_struct", fn -> is_struct(%URI{}, name) end)
    show("is_exception", fn -> is_exception(%RuntimeError{}, name) end)
    show("guard is_struct", fn -> Guarded.s(%URI{}, name) end)
    show("guard is_exception", fn -> Guarded.e(%RuntimeError{}, name) end)
    for args <- [[1, 2, 3], [:a, 2, 3], [:a, :b, :c], [:a, :b, -1], [:a, :b, 256], [1, :b, 1.0], [:a, :b, 1180591620717411303424]] do
      show("function_exported? #{inspect(args)}", fn -> apply(Kernel, :function_exported?, args) end)
    end
    for args <- [[1, 2, 3], [:a, 2, 3], [:a, :b, :c], [:a, :b, [1 | 2]], ["a", :b, []]] do
      show("spawn #{inspect(args)}", fn -> apply(:erlang, :spawn, args) end)
      show("spawn_link #{inspect(args)}", fn -> apply(:erlang, :spawn_link, args) end)
    end
    show("apply 1 2", fn -> apply(Enum.random([1]), two) end)
    show("apply fn [1|2]", fn -> apply(fn -> 1 end, Enum.random([[1 | 2]])) end)
    show("apply fn 1", fn -> apply(fn -> 1 end, Enum.random([1])) end)
    show("known bad fun", fn -> Guarded.known_bad() end)
    show("unknown bad fun", fn -> Guarded.unknown_bad(Enum.random([5])) end)
  end
end

Main.run()
