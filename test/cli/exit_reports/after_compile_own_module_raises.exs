# the module's own @after_compile hook raising (not in tail position): one fold frame under it
defmodule U do
  @after_compile __MODULE__
  def __after_compile__(env, _bytecode) do
    unless function_exported?(env.module, :g, 0), do: raise("missing g/0 in #{inspect(env.module)}")
    :ok
  end
  def f, do: 1
end
