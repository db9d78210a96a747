defmodule :beamlet_kernel_expansions do
  @moduledoc false
  # Kernel's control-flow macros as Macro.expand/2 shows their expansion (the compiler compiles
  # these forms itself). Named with a trailing _ so this module's own code keeps Kernel's.

  defmacro if_(condition, clauses) do
    do_clause = Keyword.get(clauses, :do)
    else_clause = Keyword.get(clauses, :else)

    quote context: Kernel do
      case unquote(condition) do
        x when :"Elixir.Kernel".in(x, [false, nil]) -> unquote(else_clause)
        _ -> unquote(do_clause)
      end
    end
  end

  defmacro unless_(condition, clauses) do
    do_clause = Keyword.get(clauses, :do)
    else_clause = Keyword.get(clauses, :else)

    quote context: Kernel do
      if(unquote(condition), do: unquote(else_clause), else: unquote(do_clause))
    end
  end

  defmacro and_(left, right) do
    quote context: Kernel do
      case unquote(left) do
        x when :"Elixir.Kernel".in(x, [false, nil]) -> x
        _ -> unquote(right)
      end
    end
  end

  defmacro or_(left, right) do
    quote context: Kernel do
      case unquote(left) do
        x when :"Elixir.Kernel".in(x, [false, nil]) -> unquote(right)
        x -> x
      end
    end
  end

  defmacro not_(value) do
    quote context: Kernel do
      case unquote(value) do
        x when :"Elixir.Kernel".in(x, [false, nil]) -> true
        _ -> false
      end
    end
  end

  defmacro pipe_(left, right) do
    :lists.foldl(fn {x, pos}, acc -> Macro.pipe(acc, x, pos) end, left, Macro.unpipe(right))
  end
end
