# defexception without a :message field defines no message/1: the Exception behaviour's warning
defmodule NoMessage do
  defexception [:x]
end

defmodule WithMessage do
  defexception [:x, message: "fine"]
end

defmodule OwnMessage do
  defexception [:x]
  def message(e), do: "own #{e.x}"
end

IO.inspect(Exception.message(WithMessage.exception([])))
IO.inspect(Exception.message(OwnMessage.exception(x: 1)))
