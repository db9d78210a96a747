# A struct whose Inspect implementation raises inspects as #Inspect.Error<...> (the exception, the
# struct as a map, the stack), as Elixir 1.14's to_doc/2 does with safe: true; with safe: false the
# error is raised. The struct in the message is laid out at the caller's width (beamlet printed it on
# one line); found by a real-world program inspecting a struct its own implementation did not match
defmodule Temp do
  defstruct [:c]
end

defimpl Inspect, for: Temp do
  def inspect(%Temp{c: c}, _opts) do
    if is_number(c), do: "#Temp<#{c}°C>", else: raise(ArgumentError, "not a number: #{Kernel.inspect(c)}\nsecond line")
  end
end

defmodule Main do
  def run do
    IO.inspect(%Temp{c: 21.5})
    text = inspect([%Temp{c: 1}, %Temp{c: "hot"}])
    # (the stack's frames are the runtime's own: only the text around them is compared)
    [head | _] = String.split(text, "  Stacktrace:")
    IO.puts(head)
    IO.puts(String.ends_with?(text, "\n>]"))
    IO.puts(inspect(%{t: %Temp{c: :x}}, width: 20) |> String.split("\n") |> Enum.take(12) |> Enum.join("\n"))

    try do
      inspect(%Temp{c: nil}, safe: false)
    rescue
      e -> IO.puts("safe: false raised #{inspect(e.__struct__)}")
    end
  end
end

Main.run()
