# Kernel.binding/0 lists the caller's variables (not a macro's)
defmodule Hide do
  defmacro hidden do
    quote do
      secret = 1
      _ = secret
      binding()
    end
  end
end

defmodule B do
  def run(a, b) do
    c = a + b
    IO.inspect(binding())
    d = c * 2
    _ = d
    IO.inspect(binding())
  end

  require Hide
  def with_macro(z), do: {z, Hide.hidden()}
end

B.run(1, 2)
IO.inspect(B.with_macro(9))
x = 1
y = :two
IO.inspect(binding())
