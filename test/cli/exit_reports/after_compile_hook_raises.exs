# an @after_compile function of another module raising: its frame, then elixir_module's folds over the hooks
defmodule M do
  def __after_compile__(_env, _bc), do: raise("after!")
end
defmodule U do
  @after_compile M
  def f, do: 1
end
