# ExUnit.CaseTemplate: a module of shared setup for test cases (`use MyApp.DataCase, async:
# true`, as Phoenix apps write). `use ExUnit.CaseTemplate` gives the template setup/setup_all and
# a __using__/1 that makes the user an ExUnit.Case whose first callbacks are the template's;
# `using opts do ... end` adds code to that __using__/1.
defmodule ExUnit.CaseTemplate do
  defmacro __using__(_opts) do
    quote do
      Module.register_attribute(__MODULE__, :ex_unit_setup, accumulate: true)
      Module.register_attribute(__MODULE__, :ex_unit_setup_all, accumulate: true)
      @before_compile ExUnit.CaseTemplate
      import ExUnit.Callbacks
      import ExUnit.Assertions
      import ExUnit.CaseTemplate

      defmacro __using__(opts) do
        ExUnit.CaseTemplate.__proxy__(__MODULE__, opts)
      end

      defoverridable __using__: 1
    end
  end

  # the template's callbacks, run as the case module's runs its own
  defmacro __before_compile__(env) do
    quote do
      @doc false
      unquote(ExUnit.Case.__callbacks__(env.module))
    end
  end

  @doc false
  def __proxy__(module, opts) do
    quote do
      use ExUnit.Case, unquote(opts)

      setup_all context do
        unquote(module).__ex_unit__(:setup_all, context)
      end

      setup context do
        unquote(module).__ex_unit__(:setup, context)
      end
    end
  end

  @doc "Code the template's users get with `use`, in the block (`opts`: the options of `use`)."
  defmacro using(var \\ quote(do: _), do: block) do
    quote do
      defmacro __using__(unquote(var) = opts) do
        parent = ExUnit.CaseTemplate.__proxy__(__MODULE__, opts)
        result = unquote(block)
        {:__block__, [], [parent, result]}
      end
    end
  end
end
