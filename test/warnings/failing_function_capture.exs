# Function.capture/3 is inlined as :erlang.make_fun/3, which OTP's compiler evaluates on constants:
# a call that will fail warns in the Elixir name
defmodule CaptureWarns do
  def bad_module, do: Function.capture(1, :a, 1)
  def bad_arity, do: Function.capture(:a, :b, -1)
  def bad_name, do: Function.capture(:a, "b", 0)
  def fine, do: Function.capture(:lists, :reverse, 1)
  def dynamic(m), do: Function.capture(m, :f, 0)
end

IO.inspect(CaptureWarns.fine())
Function.capture(:erlang, 2, 0)
