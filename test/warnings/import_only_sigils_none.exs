# import ..., only: :sigils of a module that has no sigils imports nothing, so Elixir never reports it
# unused; an import of functions that go unused still is
defmodule S do
  import String, only: :sigils
  def f, do: 1
end
defmodule S3 do
  import Enum, only: :sigils
  import Map, only: :functions
  def g, do: 2
end
IO.puts S.f()
