# reraise/2 and reraise/3 keep the original stack trace and wrap the error as Elixir does.
defmodule Wrapped do
  defexception [:message, :reason]
  @impl true
  def exception(opts), do: %__MODULE__{message: "wrapped: #{inspect(opts[:reason])}", reason: opts[:reason]}
end

defmodule Loader do
  def inner(x) do
    case Integer.parse(x) do
      {n, ""} -> n
      _ -> raise ArgumentError, "not a number: #{inspect(x)}"
    end
  end

  def load(x) do
    try do
      inner(x)
    rescue
      e in ArgumentError -> reraise Wrapped, [reason: e.message], __STACKTRACE__
    end
  end

  def load_msg(x) do
    try do
      inner(x)
    rescue
      _ -> reraise "could not load #{x}", __STACKTRACE__
    end
  end

  def load_same(x) do
    try do
      inner(x)
    rescue
      e -> reraise e, __STACKTRACE__
    end
  end

  def load_module(x) do
    try do
      inner(x)
    rescue
      _ -> reraise KeyError, __STACKTRACE__
    end
  end
end

for f <- [:load, :load_msg, :load_same, :load_module] do
  try do
    apply(Loader, f, ["12x"])
  rescue
    e ->
      [{mod, fun, arity, _} | _] = __STACKTRACE__
      IO.inspect({e.__struct__, Exception.message(e), {mod, fun, arity}}, label: f)
  end
end

IO.inspect(Loader.load("42"))

# uncaught: the process exits with the reraised error
Loader.load("nope")
