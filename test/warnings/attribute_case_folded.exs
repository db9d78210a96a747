# case on a module attribute read in a function: the value is known at compile time, so a clause
# that cannot match it and a guard fixed by it print "this check/guard will always yield the same result"
defmodule Attrs do
  @mode :a
  def first do
    case @mode do
      :b -> 1
    end
  end

  @mode :b
  def second do
    case @mode do
      :b -> 1
    end
  end

  @computed String.to_atom("c")
  def computed do
    case @computed do
      :d -> 1
      _ -> 2
    end
  end

  Module.register_attribute(__MODULE__, :acc, accumulate: true)
  @acc 1
  @acc 2
  def acc do
    case @acc do
      [1, 2] -> :in_order
      [2, 1] -> :reversed
    end
  end

  Module.put_attribute(__MODULE__, :put, :x)
  def put do
    case @put do
      :y -> 1
    end
  end

  @map %{a: 1}
  def map do
    case @map do
      %{a: 2} -> 1
      _ -> 2
    end
  end

  @str "s"
  def str do
    case @str do
      "t" -> 1
    end
  end

  @limit 3
  def limit(list) do
    case length(list) do
      n when n > @limit -> :long
      _ -> :short
    end
  end

  def limit_known do
    case 2 do
      n when n > @limit -> :long
      _ -> :short
    end
  end

  def in_fn do
    fn -> case @mode do :a -> 1 end end
  end

  def bound do
    x = @mode
    case x do
      :c -> 1
    end
  end

  @tuple {:ok, 1}
  def tuple do
    case @tuple do
      {:ok, n} when n > 1 -> n
      {:ok, n} -> n
    end
  end

  def matching do
    match?({:ok, n} when n > 5, @tuple)
  end

  def match_ok do
    match?({:ok, n} when n > 0, @tuple)
  end
end

IO.inspect Attrs.tuple()
