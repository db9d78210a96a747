defmodule ValidationError do
  defexception [:field, message: "validation failed"]
end

defmodule NotFound do
  defexception [:id]
  @impl true
  def message(%{id: id}), do: "record #{id} not found"
end

defmodule Limits do
  defexception message: "limit reached", limit: 0
end

defmodule Main do
  def run do
    try do
      raise ValidationError
    rescue
      e -> IO.puts(Exception.message(e)); IO.inspect(e)
    end
    try do
      raise ValidationError, field: :email, message: "email is invalid"
    rescue
      e in ValidationError -> IO.puts("#{e.field}: #{Exception.message(e)}")
    end
    try do
      raise NotFound, id: 42
    rescue
      e -> IO.puts(Exception.message(e)); IO.inspect(e)
    end
    e = %Limits{limit: 5}
    IO.inspect(e)
    IO.inspect(Exception.exception?(e))
    IO.inspect(is_exception(e))
    try do
      raise %{e | message: "custom struct raised"}
    rescue
      x in [Limits, NotFound] -> IO.puts("caught #{inspect(x.__struct__)}: #{x.message}")
    end
    IO.inspect(ValidationError.exception(field: :x))
    try do
      raise "plain"
    rescue
      e in RuntimeError -> IO.inspect(e)
    end
    try do
      raise ArgumentError
    rescue
      e -> IO.inspect(e)
    end
  end
end

Main.run()
