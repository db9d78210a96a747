# A function imported and reached only as `x |> name` (no parentheses) is used: no
# "unused import" warning; an import nothing reaches is still reported.
defmodule Report do
  import Exception, only: [message: 1]
  import String, only: [upcase: 1, trim: 1]
  import Enum, only: [sum: 1]
  import List, only: [flatten: 1]

  def line(error), do: error |> message |> upcase
  def total(xs), do: xs |> flatten |> sum()
end

IO.puts(Report.line(%RuntimeError{message: "boom"}))
IO.puts(Report.total([1, [2, 3]]))
