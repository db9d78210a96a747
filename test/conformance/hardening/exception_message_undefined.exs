# Exception.message/1 of an exception without message/1: Elixir's text names the error it got
# and ends with its stack trace
defmodule NoMessageError do
  defexception [:x]
end

try do
  raise NoMessageError, x: 1
rescue
  e ->
    IO.inspect(e)
    IO.puts(Exception.message(e))
end

defmodule BadMessageError do
  defexception [:x]
  def message(_), do: :not_a_string
end

IO.puts(Exception.message(BadMessageError.exception([])))
