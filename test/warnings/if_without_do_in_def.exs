defmodule Check do
  def check(x) do
    if x > 1, then: :big
  end
end

IO.puts(Check.check(2))
