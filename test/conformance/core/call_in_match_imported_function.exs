# an imported function in a pattern is named by the module it is imported from
defmodule CallInMatchImported do
  import String, only: [trim: 1]
  def f(x) do
    {trim(x), _} = x
  end
end
