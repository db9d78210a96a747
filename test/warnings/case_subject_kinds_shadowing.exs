defmodule A do
  def foo(y), do: y
  def arg_us_direct(y) do
    case y do
      _ -> 1
      1 -> 2
    end
  end
  def arg_us_bound(y) do
    x = y
    case x do
      _ -> 1
      1 -> 2
    end
  end
  def arg_var_direct(y) do
    case y do
      z -> z
      1 -> 2
    end
  end
  def arg_var_bound(y) do
    x = y
    case x do
      z -> z
      1 -> 2
    end
  end
  def tup_us_direct(y) do
    case {y, 1} do
      _ -> 1
      1 -> 2
    end
  end
  def tup_us_bound(y) do
    x = {y, 1}
    case x do
      _ -> 1
      1 -> 2
    end
  end
  def tup_var_direct(y) do
    case {y, 1} do
      z -> z
      1 -> 2
    end
  end
  def tup_var_bound(y) do
    x = {y, 1}
    case x do
      z -> z
      1 -> 2
    end
  end
  def list_us_direct(y) do
    case [y] do
      _ -> 1
      1 -> 2
    end
  end
  def list_us_bound(y) do
    x = [y]
    case x do
      _ -> 1
      1 -> 2
    end
  end
  def list_var_direct(y) do
    case [y] do
      z -> z
      1 -> 2
    end
  end
  def list_var_bound(y) do
    x = [y]
    case x do
      z -> z
      1 -> 2
    end
  end
  def map_us_direct(y) do
    case %{a: y} do
      _ -> 1
      1 -> 2
    end
  end
  def map_us_bound(y) do
    x = %{a: y}
    case x do
      _ -> 1
      1 -> 2
    end
  end
  def map_var_direct(y) do
    case %{a: y} do
      z -> z
      1 -> 2
    end
  end
  def map_var_bound(y) do
    x = %{a: y}
    case x do
      z -> z
      1 -> 2
    end
  end
  def add_us_direct(y) do
    case y + 1 do
      _ -> 1
      1 -> 2
    end
  end
  def add_us_bound(y) do
    x = y + 1
    case x do
      _ -> 1
      1 -> 2
    end
  end
  def add_var_direct(y) do
    case y + 1 do
      z -> z
      1 -> 2
    end
  end
  def add_var_bound(y) do
    x = y + 1
    case x do
      z -> z
      1 -> 2
    end
  end
  def call_us_direct(y) do
    case foo(y) do
      _ -> 1
      1 -> 2
    end
  end
  def call_us_bound(y) do
    x = foo(y)
    case x do
      _ -> 1
      1 -> 2
    end
  end
  def call_var_direct(y) do
    case foo(y) do
      z -> z
      1 -> 2
    end
  end
  def call_var_bound(y) do
    x = foo(y)
    case x do
      z -> z
      1 -> 2
    end
  end
  def lit_us_direct(y) do
    case 1 do
      _ -> 1
      1 -> 2
    end
  end
  def lit_us_bound(y) do
    x = 1
    case x do
      _ -> 1
      1 -> 2
    end
  end
  def lit_var_direct(y) do
    case 1 do
      z -> z
      1 -> 2
    end
  end
  def lit_var_bound(y) do
    x = 1
    case x do
      z -> z
      1 -> 2
    end
  end
  def remote_us_direct(y) do
    case String.length(y) do
      _ -> 1
      1 -> 2
    end
  end
  def remote_us_bound(y) do
    x = String.length(y)
    case x do
      _ -> 1
      1 -> 2
    end
  end
  def remote_var_direct(y) do
    case String.length(y) do
      z -> z
      1 -> 2
    end
  end
  def remote_var_bound(y) do
    x = String.length(y)
    case x do
      z -> z
      1 -> 2
    end
  end
end
