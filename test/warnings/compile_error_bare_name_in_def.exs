# A bare name that is no variable, in a function body: Elixir warns that it expands it to a call,
# then fails to find the function; the module's expansion is too deep for the trace to reach the file
defmodule BareName do
  def show do
    IO.puts(missing_value)
  end
end
