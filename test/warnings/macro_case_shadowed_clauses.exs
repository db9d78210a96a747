# a case a macro writes: its clauses after one that always matches are reported at the caller's
# line (a quote's nodes take it; with location: :keep too), the caller's clauses handed to the
# macro at their own lines; generated: true quiets them. The same goes for a fn, and for a case
# on a tuple whose clause of another size is reported for that alone.
defmodule Shadowing do
  defmacro plain(x) do
    quote do
      case unquote(x) do
        {p, q} -> p + q
        _ -> :any
        1 -> :one
      end
    end
  end

  defmacro generated(x) do
    quote generated: true do
      case unquote(x) do
        {p, q} -> p + q
        _ -> :any
        1 -> :one
      end
    end
  end

  defmacro kept(x) do
    quote location: :keep do
      case unquote(x) do
        {p, q} -> p + q
        _ -> :any
        1 -> :one
      end
    end
  end

  defmacro with_clauses(x, do: clauses) do
    quote do
      case unquote(x), do: unquote(clauses)
    end
  end

  defmacro a_fn do
    quote do
      fn
        {p, q} -> p + q
        _ -> :any
        1 -> :one
      end
    end
  end
end

defmodule Caller do
  require Shadowing

  def a(x), do: Shadowing.plain(x)
  def b(x), do: Shadowing.generated(x)
  def c(x), do: Shadowing.kept(x)

  def d(x) do
    Shadowing.with_clauses x do
      {p, q} -> p + q
      _ -> :any
      1 -> :one
    end
  end

  def e(x), do: Shadowing.a_fn().(x)

  def f(x) do
    case {x} do
      _ -> 1
      2 -> 2
    end
  end
end

IO.inspect({Caller.a(1), Caller.b({1, 2}), Caller.c(1), Caller.d(1), Caller.e(1), Caller.f(1)})
