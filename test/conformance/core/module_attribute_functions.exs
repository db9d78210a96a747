# Module.get_attribute/2,3 and @name reads of the documentation attributes ({line, doc} against the doc),
# @since/@deprecated/@impl, registered and deleted attributes, defines?/definitions_in while compiling.
defmodule A do
  @moduledoc "mod doc"
  IO.inspect Module.get_attribute(__MODULE__, :moduledoc), label: "get moduledoc"
  IO.inspect @moduledoc, label: "@moduledoc"
  @moduledoc since: "1.0.0"
  IO.inspect Module.get_attribute(__MODULE__, :moduledoc), label: "get moduledoc2"
  IO.inspect @moduledoc, label: "@moduledoc2"
  @doc "f doc"
  IO.inspect Module.get_attribute(__MODULE__, :doc), label: "get doc"
  IO.inspect @doc, label: "@doc"
  @since "1.2"
  IO.inspect @since, label: "@since"
  IO.inspect Module.get_attribute(__MODULE__, :since), label: "get since"
  @deprecated "use g"
  IO.inspect @deprecated, label: "@deprecated"
  IO.inspect Module.get_attribute(__MODULE__, :deprecated), label: "get deprecated"
  def f, do: 1
  IO.inspect Module.get_attribute(__MODULE__, :doc), label: "get doc after def"
  IO.inspect Module.get_attribute(__MODULE__, :since), label: "get since after def"
  IO.inspect Module.get_attribute(__MODULE__, :deprecated), label: "get deprecated after def"
  @doc false
  IO.inspect Module.get_attribute(__MODULE__, :doc), label: "get doc false"
  def g, do: 2
  @typedoc "t doc"
  IO.inspect Module.get_attribute(__MODULE__, :typedoc), label: "get typedoc"
  @type t :: integer
  IO.inspect Module.get_attribute(__MODULE__, :typedoc), label: "get typedoc after"
  @impl true
  IO.inspect Module.get_attribute(__MODULE__, :impl), label: "get impl"
  IO.inspect @impl, label: "@impl"
  def h, do: 3
  IO.inspect Module.get_attribute(__MODULE__, :impl), label: "get impl after"
  IO.inspect Module.get_attribute(__MODULE__, :nope, :dflt), label: "get/3 default"
  IO.inspect Module.get_attribute(__MODULE__, :nope), label: "get nope"
  @foo 1
  IO.inspect Module.get_attribute(__MODULE__, :foo, :dflt), label: "get/3 set"
  Module.put_attribute(__MODULE__, :bar, 5)
  IO.inspect @bar, label: "bar after put"
  Module.register_attribute(__MODULE__, :acc, accumulate: true)
  IO.inspect @acc, label: "acc empty"
  @acc 1
  @acc 2
  Module.put_attribute(__MODULE__, :acc, 3)
  IO.inspect @acc, label: "acc"
  IO.inspect Module.has_attribute?(__MODULE__, :acc), label: "has acc"
  IO.inspect Module.has_attribute?(__MODULE__, :zzz), label: "has zzz"
  Module.register_attribute(__MODULE__, :reg, [])
  IO.inspect Module.has_attribute?(__MODULE__, :reg), label: "has reg"
  IO.inspect Module.get_attribute(__MODULE__, :reg, :d), label: "get reg d"
  IO.inspect Module.delete_attribute(__MODULE__, :foo), label: "delete foo"
  IO.inspect Module.delete_attribute(__MODULE__, :foo), label: "delete foo again"
  IO.inspect Module.has_attribute?(__MODULE__, :foo), label: "has foo"
  IO.inspect Module.delete_attribute(__MODULE__, :acc), label: "delete acc"
  IO.inspect Module.has_attribute?(__MODULE__, :acc), label: "has acc after delete"
  IO.inspect Module.open?(__MODULE__), label: "open?"
  IO.inspect Module.defines?(__MODULE__, {:f, 0}), label: "defines f"
  IO.inspect Module.defines?(__MODULE__, {:f, 0}, :def), label: "defines f def"
  IO.inspect Module.defines?(__MODULE__, {:f, 0}, :defp), label: "defines f defp"
  defp p, do: 1
  defmacro m, do: 1
  IO.inspect Module.defines?(__MODULE__, {:p, 0}, :defp), label: "defines p defp"
  IO.inspect Module.defines?(__MODULE__, {:z, 0}), label: "defines z"
  IO.inspect Module.definitions_in(__MODULE__) |> Enum.sort, label: "defs"
  IO.inspect Module.definitions_in(__MODULE__, :def) |> Enum.sort, label: "defs def"
  IO.inspect Module.definitions_in(__MODULE__, :defp), label: "defs defp"
  IO.inspect Module.definitions_in(__MODULE__, :defmacro), label: "defs defmacro"
  IO.inspect Module.definitions_in(__MODULE__, :defmacrop), label: "defs defmacrop"
  def use_p, do: p()
end
IO.inspect Module.open?(A), label: "open? after"
IO.inspect Module.open?(Nope), label: "open? nope"
IO.inspect A.__info__(:attributes) |> Keyword.drop([:vsn]), label: "attrs"
