defmodule :beamlet_kernel_def_expansions do
  @moduledoc false
  # defstruct/1, defdelegate/2 and defexception/1 as Macro.expand/2 shows Elixir 1.14's expansion
  # (the compiler compiles these forms itself). Each binds its arguments to variables, then
  # builds the definitions from them with `unquote` left in the generated defs, as Kernel does.
  # Named with a trailing _ so this module's own code keeps Kernel's.

  defmacro defstruct_(fields) do
    quote context: Kernel do
      fields = unquote(fields)
      bootstrapped? = true
      unquote(struct_builder())
    end
  end

  defp struct_builder do
    quote unquote: false, context: Kernel do
      {struct, derive, kv, body} = Kernel.Utils.defstruct(__MODULE__, fields, bootstrapped?)

      case derive do
        [] -> :ok
        _ -> Protocol.__derive__(derive, __MODULE__, __ENV__)
      end

      def __struct__(), do: @__struct__
      def __struct__(unquote(kv)), do: unquote(body)
      Kernel.Utils.announce_struct(__MODULE__)
      struct
    end
  end

  defmacro defdelegate_(funs, opts) do
    doc = kernel_attribute(:doc, [[delegate_to: quote(context: Kernel, do: {target, as, :erlang.length(as_args)})]])

    each =
      quote unquote: false, context: Kernel do
        def unquote({name, [line: __ENV__.line], args}) do
          unquote(target).unquote(as)(unquote_splicing(as_args))
        end
      end

    quote context: Kernel do
      funs = unquote(Macro.escape(funs, unquote: true))
      opts = unquote(opts)

      (
        target = Kernel.Utils.defdelegate_all(funs, opts, __ENV__)

        for fun <- List.wrap(funs) do
          {name, args, as, as_args} = Kernel.Utils.defdelegate_each(fun, opts)
          unquote(doc)
          unquote(each)
        end
      )
    end
  end

  defmacro defexception_(fields) do
    quote context: Kernel do
      fields = unquote(fields)

      (
        unquote(kernel_attribute(:behaviour, [{:__aliases__, [alias: false], [:Exception]}]))
        struct = defstruct([__exception__: true] ++ fields)

        if Map.has_key?(struct, :message) do
          unquote(kernel_attribute(:impl, [true]))
          def message(exception), do: exception.message
          defoverridable message: 1
          unquote(kernel_attribute(:impl, [true]))
          def exception(msg) when Kernel.is_binary(msg), do: exception(message: msg)
        end

        unquote(kernel_attribute(:impl, [true]))
        unquote(exception_from_list())
        defoverridable exception: 1
      )
    end
  end

  defp exception_from_list do
    quote context: Kernel do
      def exception(args) when Kernel.is_list(args) do
        struct = __struct__()
        {valid, invalid} = Enum.split_with(args, fn {k, _} -> Map.has_key?(struct, k) end)

        case invalid do
          [] ->
            :ok

          _ ->
            IO.warn(
              "the following fields are unknown when raising " <>
                "#{Kernel.inspect(__MODULE__)}: #{Kernel.inspect(invalid)}. " <>
                "Please make sure to only give known fields when raising " <>
                "or redefine #{Kernel.inspect(__MODULE__)}.exception/1 to " <>
                "discard unknown fields. Future Elixir versions will raise on " <>
                "unknown fields given to raise/2"
            )
        end

        Kernel.struct!(struct, valid)
      end
    end
  end

  # Kernel's own module attributes inside its quotes are remote calls, `Elixir.Kernel.@(doc(...))`
  defp kernel_attribute(name, args) do
    {{:., [], [{:__aliases__, [], [Elixir, :Kernel]}, :@]}, [], [{name, [context: Kernel], args}]}
  end
end
