# the second @after_compile hook raising: called from foldl_1
defmodule M do
  def __after_compile__(_env, _), do: :ok
end
defmodule N do
  def __after_compile__(_env, _), do: raise("z")
end
defmodule U do
  @after_compile M
  @after_compile N
end
