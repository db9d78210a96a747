# a three-character operator read off a longer run of its own character: the tokenizer warns
defmodule Ops do
  def a --- b, do: a - b
  def a +++ b, do: a + b
end

defmodule Use do
  import Ops
  def run(x) do
    {x ----1, x ++++1, x --- -1}
  end
end

IO.inspect(Use.run(5))
IO.inspect(:---)
