defmodule Hook do
  def __after_compile__(env, bytecode) do
    IO.puts("hook for #{inspect(env.module)} line #{env.line} fun #{inspect(env.function)} bin #{is_binary(bytecode)}")
    IO.inspect(function_exported?(env.module, :hi, 0), label: "exported")
  end
  def custom(env, _b), do: IO.puts("custom #{inspect(env.module)}")
end
defmodule Self do
  @after_compile __MODULE__
  @after_compile {Hook, :custom}
  @after_compile Hook
  def hi, do: :hi
  def __after_compile__(env, _) do
    IO.puts("self hook #{inspect(env.module)} #{inspect(hi())}")
  end
  IO.puts("body end")
end
IO.puts("after defmodule")
defmodule Bad do
  @after_compile Nope
  def x, do: 1
end
