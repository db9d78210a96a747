# A case on a value the Erlang compiler knows: no clause can match (the case's line), and with a
# value known in part, each clause that cannot match it (its own line)
defmodule Shapes do
  def only_one do
    case 5 do
      1 -> :a
    end
  end

  def one_of_two do
    case 5 do
      1 -> :a
      5 -> :b
    end
  end

  def bound_before do
    x = 3
    case x do
      4 -> :no
    end
  end

  def in_fn, do: [fn -> case {1, 2} do {_, 3} -> :a end end]

  def partial(x) do
    case {x, 2} do
      {_, 3} -> :a
      {_, 2} -> :b
    end
  end

  def partial_none(x) do
    case {x, 2} do
      :atom -> :a
      [_] -> :b
    end
  end

  def known_list do
    case [1, 2] do
      [_] -> 1
      [] -> 2
    end
  end

  def known_some_fail do
    case {1, 2} do
      {_, 3} -> :a
      {1, 2} -> :b
    end
  end

  def pinned(x) do
    case 1 do
      ^x -> 1
    end
  end

  def binary do
    case "s" do
      "t" -> 1
    end
  end

  def result do
    r = case :ok do
      {:ok, _} -> 1
    end
    r
  end
end

IO.puts(Shapes.one_of_two())

# a pin or a repeated variable in a clause: a check known false (its clause's line), one not known
# (the clause may match, the others are still reported)
defmodule Checks do
  def pin_false do
    x = 2
    case 1 do
      ^x -> :a
      _ -> :b
    end
  end

  def repeat_false do
    case {1, 2} do
      {y, y} -> :a
    end
  end

  def pin_true do
    y = 1
    case {1, 2} do
      {^y, 2} -> :a
    end
  end

  def pin_unknown(x, y) do
    case {x, 2} do
      {^y, 2} -> :a
      {_, 3} -> :b
    end
  end

  def repeat_unknown(x) do
    case {x, 2} do
      {z, z} -> :a
      {_, 3} -> :b
    end
  end
end

IO.inspect(Checks.pin_false())
