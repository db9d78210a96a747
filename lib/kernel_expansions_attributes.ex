defmodule :beamlet_kernel_attribute_expansions do
  @moduledoc false
  # Kernel's @/1 as Macro.expand/2 runs it (the compiler compiles attributes itself): in a
  # function (the environment's :function set) a read is the attribute's value, escaped, read
  # while the module compiles; in a module's body a read or a write is the call of Module's
  # attribute functions Elixir 1.14 expands it to. Errors carry the frames Elixir's Kernel raises
  # them from (kernel.ex's do_at/5, assert_module_scope/3), then the macro's and the caller's.

  def at({:__aliases__, _, _}, env),
    do: fail("module attributes set via @ cannot start with an uppercase letter", [], env)

  def at({name, meta, args}, env) when is_atom(name) do
    if env.module == nil,
      do: fail("cannot invoke @/1 outside module", [{Kernel, :assert_module_scope, 3, [file: 'lib/kernel.ex', line: 6373]}], env)

    function? = env.function != nil

    cond do
      not function? and env.context == :match ->
        fail(
          "invalid write attribute syntax. If you want to define an attribute, don't do this:\n\n    @foo = :value\n\nInstead, do this:\n\n    @foo :value\n",
          [],
          env
        )

      # (typespec attributes: Kernel.Typespec's definitions, left as written here)
      is_list(args) and name in [:type, :typep, :opaque, :spec, :callback, :macrocallback] ->
        :error

      true ->
        {:ok, do_at(args, meta, name, function?, env)}
    end
  end

  def at(_other, _env), do: :error

  # a read in a function: the value now, escaped
  defp do_at(args, _meta, name, true, env) when is_atom(args) or args == [] do
    line = env.line

    value =
      try do
        Module.__get_attribute__(env.module, name, line, true)
      catch
        :error, reason ->
          # (the frames of Module's check, under Kernel's do_at/5)
          {module_frames, _} = Enum.split_while(__STACKTRACE__, &(not match?({Module, :__get_attribute__, 4, _}, &1)))
          own = Enum.take(Enum.drop(__STACKTRACE__, length(module_frames)), 1)
          frames = module_frames ++ own ++ [{Kernel, :do_at, 5, [file: 'lib/kernel.ex', line: 3534]}]
          :erlang.raise(:error, reason, frames ++ :beamlet_macro_expansion.expanding(Kernel, :@, 1, env))
      end

    Macro.escape(value)
  end

  # a read in a module's body
  # (at the caller's line, 0 without one)
  defp do_at(args, _meta, name, false, env) when is_atom(args) or args == [] do
    line = env.line

    quote context: Kernel do
      Module.__get_attribute__(__MODULE__, unquote(name), unquote(line), true)
    end
  end

  defp do_at([_arg], _meta, name, true, env),
    do: fail("cannot set attribute @#{name} inside function/macro", [{Kernel, :do_at, 5, [file: 'lib/kernel.ex', line: 3489]}], env)

  # a write in a module's body (at the caller's line, none for one a quote made)
  defp do_at([arg], meta, name, false, env) do
    line = if Keyword.has_key?(meta, :context), do: nil, else: env.line

    quote context: Kernel do
      Module.__put_attribute__(__MODULE__, unquote(name), unquote(arg), unquote(line), [])
    end
  end

  defp do_at(args, _meta, name, _function?, env),
    do: fail("expected 0 or 1 argument for @#{name}, got: #{length(args)}", [{Kernel, :do_at, 5, [file: 'lib/kernel.ex', line: 3584]}], env)

  defp fail(message, frames, env),
    do: :erlang.raise(:error, ArgumentError.exception(message), frames ++ :beamlet_macro_expansion.expanding(Kernel, :@, 1, env))
end
