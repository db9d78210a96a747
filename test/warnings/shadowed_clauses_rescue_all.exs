defmodule T do
  def a(f) do
    try do
      f.()
    rescue
      e -> {:r, e}
    catch
      :error, v -> {:c, v}
      :throw, v -> {:t, v}
    end
  end
  def b(f) do
    try do
      f.()
    catch
      :error, v -> {:c, v}
      :error, w -> {:d, w}
      x -> x
      :throw, y -> y
    end
  end
  def c(f) do
    try do
      f.()
    rescue
      e in ArgumentError -> e
      e -> e
      e in KeyError -> e
    catch
      k, v -> {k, v}
      :exit, v -> v
    end
  end
end
