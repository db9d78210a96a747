# code a @before_compile macro gives is evaluated (erl_eval) under a frame of the hook's, at the
# defmodule's line of the file's absolute path: the frames of a raise in it
defmodule Helper do
  def boom(x), do: raise(ArgumentError, "helper #{x}")
end

defmodule Hooks do
  defmacro __before_compile__(_env) do
    quote do
      IO.puts("before compile of #{inspect(__MODULE__)}")
      raise "boom"
    end
  end

  defmacro attr_hook(_env) do
    quote do
      @v Helper.boom(1)
      def v, do: @v
    end
  end

  defmacro last_hook(_env) do
    quote do
      def w, do: 1
      Helper.boom(2)
    end
  end
end

show = fn e, st ->
  IO.puts(Exception.message(e))
  st |> Enum.map(fn {m, f, a, loc} -> {m, f, a, Keyword.take(loc, [:line]), Path.basename(to_string(loc[:file]))} end) |> IO.inspect()
  IO.puts(Exception.format_stacktrace(st) |> String.replace(File.cwd!() <> "/", "CWD/"))
end

try do
  defmodule A do
    @before_compile Hooks
  end
rescue
  e -> show.(e, __STACKTRACE__)
end

try do
  defmodule B do
    @before_compile {Hooks, :attr_hook}
    def y, do: 1
  end
rescue
  e -> show.(e, __STACKTRACE__)
end

try do
  defmodule C do
    @before_compile {Hooks, :last_hook}
  end
rescue
  e -> show.(e, __STACKTRACE__)
end
