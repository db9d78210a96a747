# a macro of the program's own called in a module body: the variables its expansion binds in the
# caller's context are the body's (reported with the body's), the defs it wraps are checked alone
defmodule Gen do
  defmacro defgetter(name, value) do
    quote do
      def unquote(name)(arg) do
        unquote(value)
      end
    end
  end

  defmacro with_tmp(var, do: block) do
    quote do
      unquote(var) = :tmp
      unquote(block)
    end
  end
end

defmodule User do
  require Gen
  Gen.defgetter(:a, 1)

  Gen.with_tmp(t) do
    y = 2
    def b(p), do: 2
  end

  def c(q) do
    Gen.with_tmp(z) do
      :ok
    end
  end
end
IO.inspect(User.a(1))
