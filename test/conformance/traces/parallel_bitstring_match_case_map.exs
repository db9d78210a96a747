# maps are walked by key: the same key's values are matched in parallel
defmodule ParallelMap do
  def m(x) do
    case x do
      :none -> nil
      %{"k" => <<a>>, z: 1} = %{"k" => <<b, _::bits>>} -> {a, b}
    end
  end
end
