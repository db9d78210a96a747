# A call of hd, tl, tuple_size, :erlang.map_get or is_map_key that OTP's compiler knows will fail
# (constant arguments, Map.fetch! of a literal map) points at the function's entry line (the
# def's, a fn's), as OTP moves it out of line; other failing BIFs (elem, +, byte_size, length,
# map_size) and calls on unknown values keep their own line
defmodule M do
  def f0 do
    :ok
    hd([])
  end

  def f1 do
    :ok
    tl([])
  end

  def f2 do
    :ok
    tuple_size([])
  end

  def f3 do
    :ok
    :erlang.map_get(:z, %{})
  end

  def f4 do
    :ok
    Map.fetch!(%{a: 1}, :b)
  end

  def f5 do
    :ok
    :erlang.is_map_key(:a, [])
  end

  def f6 do
    :ok
    is_map_key([], :a)
  end

  def f7 do
    :ok
    x = %{a: 1}
    x.b
  end

  def f8 do
    :ok
    elem({1}, 3)
  end

  def f9 do
    :ok
    :erlang.+(1, :a)
  end

  def f10 do
    :ok
    byte_size(1)
  end

  def f11 do
    :ok
    length(:a)
  end

  def f12 do
    :ok
    map_size([])
  end

  def f13 do
    :ok
    Map.fetch!(%{a: 1}, :a) + Map.fetch!(%{}, :b)
  end

  def g(m) do
    :ok
    Map.fetch!(m, :b)
  end

  def h do
    :ok

    fn ->
      :ok
      :erlang.map_get(:z, %{})
    end
  end
end

defmodule Main do
  def line(f) do
    try do
      f.()
    rescue
      e ->
        frame = Enum.find(__STACKTRACE__, &(elem(&1, 0) == M))
        {e.__struct__, elem(frame, 1), Keyword.get(elem(frame, 3), :line)}
    end
  end

  def run do
    for i <- 0..13, do: IO.inspect(line(fn -> apply(M, :"f#{i}", []) end))
    IO.inspect(line(fn -> M.g(%{}) end))
    IO.inspect(line(fn -> M.h().() end))
  end
end

Main.run()
