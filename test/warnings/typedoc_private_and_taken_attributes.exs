# What a definition or a typespec takes as Elixir stores it is no longer set: a read of @doc,
# @impl or @deprecated after a def (or defp, defmacro, defguard, @callback), or of @typedoc after
# a @type, is of an undefined attribute; a @typedoc before a private type is discarded with a
# warning (not one that is false or nil)
defmodule Taken do
  @impl true
  @deprecated "x"
  def f, do: 1
  IO.inspect({@impl, @deprecated}, label: "after def")
  @doc "g"
  defp g, do: 1
  IO.inspect(@doc, label: "after defp")
  @doc "m"
  defmacro m, do: 1
  IO.inspect(@doc, label: "after defmacro")
  @doc "gd"
  defguard gd(x) when x > 1
  IO.inspect(@doc, label: "after defguard")
  @typedoc "t"
  @type t :: atom
  IO.inspect(@typedoc, label: "after type")
  @typedoc false
  @typep p :: atom
  @typedoc nil
  @typep q :: atom
  @typedoc "pp"
  @typep pp(a) :: a
  @spec h(p, q, pp(atom)) :: t
  def h(_, _, _), do: g()
  @typedoc "kept by a spec"
  @spec k() :: atom
  def k, do: :a
  IO.inspect(@typedoc, label: "after spec")
  @opaque o :: atom
  @doc "cb"
  @macrocallback mc() :: atom
  IO.inspect(@doc, label: "after macrocallback")
  @doc "set again"
  IO.inspect(@doc, label: "set again")
  def last, do: 1
end
