# Reads of @doc/@moduledoc/@since/@impl/@typedoc in functions, and doc attributes put as {line, doc}.
defmodule B do
  @doc """
  heredoc
  """
  def h, do: @doc
  @moduledoc false
  Module.put_attribute(__MODULE__, :doc, {3, "put"})
  IO.inspect Module.get_attribute(__MODULE__, :doc), label: "doc put"
  IO.inspect @doc, label: "@doc put"
  def k, do: 1
  Module.put_attribute(__MODULE__, :moduledoc, {9, "tuple"})
  IO.inspect Module.get_attribute(__MODULE__, :moduledoc), label: "moduledoc put tuple"
  def md, do: @moduledoc
  @since "3"
  def s, do: @since
  @impl false
  def i, do: @impl
  @deprecated "d"
  def d, do: @deprecated
  @typedoc "t"
  @type t :: integer
  def td, do: @typedoc
  @since "4"
end
IO.inspect B.h(), label: "h"
IO.inspect B.md(), label: "md"
IO.inspect B.s(), label: "s"
IO.inspect B.i(), label: "i"
IO.inspect B.td(), label: "td"
