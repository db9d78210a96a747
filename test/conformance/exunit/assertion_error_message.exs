# ExUnit.AssertionError's message: the report ExUnit prints, built from the struct's fields
defmodule Main do
  def show(fields) do
    e = struct(ExUnit.AssertionError, fields)
    IO.puts("----")
    IO.puts(Exception.message(e))
  end

  def run do
    show(message: "Assertion with == failed", left: 1, right: 2)
    show(message: "only a message")
    show(message: "Assertion with == failed", left: [1, 2, 3], right: %{a: "b"})
    show(message: "no right", left: :x)
    show(message: "Expected truthy, got nil")
    show(left: {:ok, 1}, right: {:error, 2})
    show(message: "long", left: Enum.to_list(1..40), right: %{alpha: String.duplicate("a", 50), beta: String.duplicate("b", 50)})

    e = ExUnit.AssertionError.exception(message: "via exception/1")
    IO.inspect(e.message)
    IO.inspect(ExUnit.AssertionError.no_value())
    IO.inspect(e.left)

    try do
      raise ExUnit.AssertionError, message: "raised", left: 1, right: 1.0
    rescue
      err -> IO.puts(Exception.format(:error, err, []))
    end
  end
end

Main.run()
