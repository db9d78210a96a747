# A Logger backend's init/1 and handle_call/2 are called as gen_event calls them, with Erlang's
# `catch Mod:F(...)`: a thrown value is the callback's answer ({:ok, state} added, {:ok, reply,
# state} replied)
defmodule ThrowOk do
  def init(_), do: throw({:ok, :thrown_state})
  def handle_event(_, s), do: {:ok, s}
  def handle_call({:configure, [reply: r]}, s), do: throw({:ok, {r, s}, s})
  def handle_call({:configure, [state: n]}, s), do: throw({:ok, s, n})
end

defmodule Plain do
  def init(_), do: {:ok, :plain}
  def handle_event(_, s), do: {:ok, s}
  def handle_call({:configure, _}, s), do: {:ok, {:plain, s}, s}
end

IO.inspect(Logger.add_backend(ThrowOk) |> elem(0))
IO.inspect(Logger.configure_backend(ThrowOk, reply: :thrown))
IO.inspect(Logger.configure_backend(ThrowOk, state: :next))
IO.inspect(Logger.configure_backend(ThrowOk, reply: :again))
IO.inspect(Logger.add_backend(Plain) |> elem(0))
IO.inspect(Logger.configure_backend(Plain, []))
