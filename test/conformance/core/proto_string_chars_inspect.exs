defmodule Money do
  defstruct cents: 0, currency: "EUR"
end

defimpl String.Chars, for: Money do
  def to_string(%Money{cents: c, currency: cur}) do
    "#{div(c, 100)}.#{String.pad_leading(Integer.to_string(rem(c, 100)), 2, "0")} #{cur}"
  end
end

defimpl Inspect, for: Money do
  def inspect(%Money{cents: c, currency: cur}, _opts) do
    "#Money<#{c}#{cur}>"
  end
end

defmodule Temp do
  defstruct deg: 0
end

defimpl String.Chars, for: Temp do
  def to_string(t), do: "#{t.deg}°C"
end

defmodule Main do
  def run do
    m = %Money{cents: 12345}
    IO.puts(m)
    IO.puts("price: #{m}")
    IO.inspect(m)
    IO.inspect([m, %Money{cents: 5, currency: "USD"}])
    IO.puts(inspect(%{total: m}))
    IO.puts(to_string(%Temp{deg: 21}))
    IO.inspect(%Temp{deg: 3})
    IO.puts(Enum.join([%Temp{deg: 1}, %Temp{deg: 2}], ", "))
    try do
      to_string({:no, :impl})
    rescue
      e in Protocol.UndefinedError -> IO.puts(Exception.message(e))
    end
  end
end

Main.run()
