# Elixir 1.14's type checker follows a function's body into case, cond, if, unless, fn, &&, || and
# ! (each clause in a context of its own): the first match that cannot hold is the clause's warning
defmodule Clauses do
  def in_if(x, y) when is_atom(y) do
    if x, do: ({:b} = y), else: :ok
  end

  def in_unless(x, y) when is_integer(y) do
    unless x do
      IO.puts("no")
      [_] = y
    end
  end

  def case_guard(x) do
    case x do
      {:ok, v} when is_atom(v) and is_binary(v) -> v
      _ -> 1
    end
  end

  def case_body(x) do
    case x do
      {:ok, v} -> ({:a} = v; [_] = v)
      _ -> 1
    end
  end

  def in_fn(z) when is_list(z) do
    f = fn a -> {a} = z end
    f.(1)
  end

  def and_and(x, y) when is_float(y) do
    x && ({_} = y)
  end

  def or_or(x, y) when is_float(y) do
    x || (%{} = y)
  end

  def in_cond(x, y) when is_binary(y) do
    cond do
      x > 1 -> ({_, _} = y)
      true -> :ok
    end
  end

  def case_vars_stay_inside(x, y) when is_integer(y) do
    case x do
      y -> y
    end
    {_} = y
  end

  def if_value(x) do
    y = if x, do: 1, else: 2
    {_} = y
  end

  def clause_shadows(x, y) when is_atom(y) do
    case x do
      {y} -> {_} = y
    end
  end

  def fn_clauses(list) do
    Enum.map(list, fn
      {:ok, v} when is_integer(v) and is_atom(v) -> v
      other -> other
    end)
  end

  def no_conflict(x) do
    case x do
      {:a, v} -> ({:b} = {v}; :b = v)
      _ -> :ok
    end
  end
end
