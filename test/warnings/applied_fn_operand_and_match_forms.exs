# A fn applied where it is written, to one list built of variables, as an operand: its clauses are
# folded against the list when it has one clause (several: not); of several arguments only when the
# others are literals. A match (no variable pattern) followed by more code is a case on its value,
# where the fn is left a fun: neither its clauses nor the match are folded (observed on OTP 25)
defmodule Ops do
  def a(p), do: [(fn {_, _} -> 1; [_ | _] -> 2 end).([p])]
  def b(p), do: [(fn {_, _} -> 1 end).([p])]
  def c(p), do: [(fn {_, _} -> 1; nil -> 2 end).([p])]
  def d(p), do: [(fn [_] -> 1 end).([p])]
  def e(p), do: [(fn [_, _] -> 1 end).([p])]
  def f(p), do: [(fn {_, _} -> 1; {_} -> 2 end).([p])]
  def g(p), do: [(fn [] -> 1 end).([p])]
  def h(p), do: {(fn {_, _} -> 1 end).({p})}
  def i(p), do: {(fn {_, _} -> 1; :a -> 2 end).({p})}
end
defmodule Several do
  def a(p), do: (fn nil, 1 -> 1 end).([p], 1)
  def b(p), do: [(fn nil, 1 -> 1 end).([p], 1)]
  def c(p), do: (fn nil, 1 -> 1; [_], _ -> nil end).([p], 1)
  def d(p), do: [(fn nil, 1 -> 1; [_], _ -> nil end).([p], 1)]
  def e(p), do: (fn nil, 1 -> 1; :a, _ -> nil end).([p], 1)
  def f(p), do: [(fn nil, 1 -> 1; :a, _ -> nil end).([p], 1)]
  def g(p), do: (fn nil, x -> x end).([p], p)
  def h(p), do: (fn nil, 1 -> 1 end).([p], p)
  def i(p), do: (fn nil, x -> x end).([p], 1)
  def j(p), do: (fn nil, _ -> 1 end).([p], p)
  def k(p), do: (fn 1, nil -> 1 end).(p, [p])
  def l(p), do: (fn _, nil -> 1 end).(1, [p])
  def m(p), do: (fn nil, _ -> 1 end).([p], {p})
end
defmodule Dropped do
  def a(p) do
    :r = (fn {_x, _} -> false end).({p})
    :ok
  end
  def b(p) do
    {:r, _} = (fn {_x, _} -> false; [_] -> 1 end).({p})
    :ok
  end
  def c(p) do
    :r = (fn {_x, _} -> false; [_] -> 1 end).({p})
  end
  def d(p) do
    :r = (fn {_x} -> :s end).({p})
    p
  end
  def e(p) do
    :r = (fn {_x, _} -> false end).([p])
    :ok
  end
  def f(p) do
    :r = (case p do _ -> :s end)
    p
  end
  def g(p) do
    f = fn {_x, _} -> false end
    :r = f.({p})
    :ok
  end
end
defmodule Last do
  def a(p0), do: (:r = (fn {_x, _} -> false end).([p0]))
  def b(p0), do: (v = (fn {_x, _} -> false end).([p0]); v)
  def c(p0), do: {:ok, (fn {_x, _} -> false end).([p0])}
  def d(p0), do: [(fn {_x, _} -> false end).([p0])]
  def e(p0), do: IO.inspect((fn {_x, _} -> false end).([p0]))
  def f(p0), do: ({:a, _} = (fn {_x, _} -> false end).([p0]))
  def g(p0), do: (_ = (fn {_x, _} -> false end).([p0]))
  def h(p0), do: ([_] = (fn {_x, _} -> false end).([p0]))
  def i(p0), do: (v = (fn {_x, _} -> false end).([p0]))
  def j(p0) do
    :r = (fn {_x, _} -> false end).([p0])
    :ok
  end
  def l(p0), do: {:ok, (fn nil -> false end).([p0])}
  def m(p0), do: {:ok, (fn nil -> false end).({p0})}
  def n(p0), do: {:ok, (fn nil -> false end).(p0)}
  def o(p0), do: {:ok, (fn nil -> false end).(1)}
end
