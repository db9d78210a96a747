defmodule Module do
  # the behaviour's callbacks (behaviour_info/1 reads them; only names and arities matter here)
  @callback __info__(term) :: term

  @moduledoc "The runtime half of Module: alias concatenation and splitting."

  def concat(left, right), do: concat([left, right])

  def concat(aliases) when is_list(aliases) do
    :erlang.binary_to_atom(concat_parts(aliases, "Elixir"), :utf8)
  end

  def safe_concat(left, right), do: safe_concat([left, right])

  def safe_concat(aliases) when is_list(aliases) do
    :erlang.binary_to_existing_atom(concat_parts(aliases, "Elixir"), :utf8)
  end

  defp concat_parts([], acc), do: acc
  defp concat_parts([nil | t], acc), do: concat_parts(t, acc)

  defp concat_parts([h | t], acc) do
    part =
      cond do
        is_atom(h) -> Atom.to_string(h)
        is_binary(h) -> h
        true -> raise ArgumentError, "expected an alias, got: " <> inspect(h)
      end

    case part do
      "Elixir" -> concat_parts(t, acc)
      "Elixir." <> rest -> concat_parts(t, acc <> "." <> rest)
      "." <> rest -> concat_parts(t, acc <> "." <> rest)
      _ -> concat_parts(t, acc <> "." <> part)
    end
  end

  def split(module) when is_atom(module), do: split(Atom.to_string(module), module)
  def split("Elixir." <> name), do: String.split(name, ".")

  defp split("Elixir." <> name, _original), do: String.split(name, ".")
  defp split(_name, original), do: raise(ArgumentError, "expected an Elixir module, got: " <> inspect(original))

  @doc """
  Evaluates `quoted` in the body of `module` (or of the env's module), which must be open (being
  compiled): its definitions and attributes are the module's. `{value, binding}`.
  """
  def eval_quoted(module_or_env, quoted, binding \\ [], opts \\ [])

  def eval_quoted(%Macro.Env{module: module}, quoted, binding, opts) when is_list(binding) and is_list(opts),
    do: validated_eval_quoted(module, quoted, binding, opts)

  def eval_quoted(module, quoted, binding, opts) when is_atom(module) and is_list(binding) and is_list(opts),
    do: validated_eval_quoted(module, quoted, binding, opts)

  # (the frames of Elixir's: the check's raise, then the call of it)
  @beamlet_frame_line 758
  defp validated_eval_quoted(module, quoted, binding, _opts) do
    assert_not_compiled!({:eval_quoted, 4}, module, "")
    :beamlet_module.eval_quoted_in(module, quoted, binding)
  end

  @doc """
  Makes the functions and macros `tuples` names ({name, arity}, defined so far in the open
  `module`), or those callbacks of `behaviour` the module defines, overridable (defoverridable's
  expansion): a later definition replaces them, and `super` calls them.
  """
  def make_overridable(module, tuples) when is_atom(module) and is_list(tuples) do
    __at_line__(1345, assert_not_readonly!({:make_overridable, 2}, module))

    func = fn
      {name, arity} = tuple when is_atom(name) and is_integer(arity) and arity >= 0 and arity <= 255 ->
        :beamlet_module.make_overridable(module, tuple) ||
          __at_line__(1352, raise(ArgumentError, "cannot make function #{name}/#{arity} overridable because it was not defined"))

      other ->
        __at_line__(1362, raise(ArgumentError, "each element in tuple list has to be a {function_name :: atom, arity :: 0..255} tuple, got: #{inspect(other)}"))
    end

    :lists.foreach(func, tuples)
  end

  def make_overridable(module, behaviour) when is_atom(module) and is_atom(behaviour) do
    case check_module_for_overridable(module, behaviour) do
      :ok ->
        :ok

      {:error, why} ->
        __at_line__(1377, raise(ArgumentError, "cannot pass module #{inspect(behaviour)} as argument to defoverridable/1 because #{why}"))
    end

    callbacks = for callback <- behaviour.behaviour_info(:callbacks), do: callback_name(callback)
    make_overridable(module, for(definition <- Module.definitions_in(module), definition in callbacks, do: definition))
  end

  defp check_module_for_overridable(module, behaviour) do
    cond do
      not Code.ensure_loaded?(behaviour) -> {:error, "it was not defined"}
      not function_exported?(behaviour, :behaviour_info, 1) -> {:error, "it does not define any callbacks"}
      behaviour not in List.wrap(Module.get_attribute(module, :behaviour)) ->
        {:error, "its corresponding behaviour is missing. Did you forget to add @behaviour #{inspect(behaviour)}?"}
      true -> :ok
    end
  end

  # (a macro callback is listed as its function, MACRO-name with the caller's env first)
  defp callback_name({name, arity} = callback) do
    case Atom.to_string(name) do
      "MACRO-" <> macro -> {String.to_atom(macro), arity - 1}
      _ -> callback
    end
  end

  defp assert_not_readonly!({fun, arity}, module) do
    Module.open?(module) ||
      __at_line__(2500, raise(ArgumentError, "could not call Module.#{fun}/#{arity} because the module #{inspect(module)} is already compiled"))
  end

  @beamlet_frame_line 2485
  defp assert_not_compiled!({fun, arity}, module, extra) do
    Module.open?(module) ||
      raise ArgumentError,
            "could not call Module.#{fun}/#{arity} because the module #{inspect(module)} is already compiled" <> extra
  end

  @reserved_attributes %{
    after_compile: %{doc: "A hook that will be invoked right after the current module is compiled."},
    after_verify: %{doc: "A hook that will be invoked right after the current module is verified."},
    before_compile: %{doc: "A hook that will be invoked before the module is compiled."},
    behaviour: %{doc: "Specifies that the current module implements a given behaviour."},
    callback: %{doc: "Provides a specification for a behaviour callback."},
    compile: %{doc: "Defines options for module compilation."},
    deprecated: %{doc: "Provides the deprecation reason for a function."},
    derive: %{doc: "Derives an implementation for the given protocol for the struct defined in the current module."},
    dialyzer: %{doc: "Defines Dialyzer warnings to request or suppress."},
    doc: %{doc: "Provides documentation for a function/macro/callback."},
    external_resource: %{doc: "Specifies an external resource for the current module."},
    file: %{doc: "Changes the filename used in stacktraces for the function or macro that follows the attribute."},
    impl: %{doc: "Declares an implementation of a callback function or macro."},
    macrocallback: %{doc: "Provides a specification for a macro behaviour callback."},
    moduledoc: %{doc: "Provides documentation for the current module."},
    on_definition: %{doc: "A hook that will be invoked when each function or macro in the current module is defined."},
    on_load: %{doc: "A hook that will be invoked whenever the module is loaded."},
    opaque: %{doc: "Defines an opaque type to be used in `@spec`."},
    optional_callbacks: %{doc: "Specifies which behaviour callbacks and macro behaviour callbacks are optional."},
    spec: %{doc: "Provides a specification for a function."},
    type: %{doc: "Defines a type to be used in `@spec`."},
    typedoc: %{doc: "Provides documentation for a type."},
    typep: %{doc: "Defines a private type to be used in `@spec`."},
    vsn: %{doc: "Specify the module version."}
  }

  @doc "The attributes Elixir reserves, each with a short description of what it does."
  def reserved_attributes, do: @reserved_attributes

  @doc """
  Defines `module` with the body `quoted` as `defmodule` would, at the :file and :line of `opts`
  (a keyword list or a Macro.Env): {:module, module, binary, the body's last value}.
  """
  def create(module, quoted, %Macro.Env{} = env) when is_atom(module), do: create(module, quoted, Map.to_list(env))

  def create(module, quoted, opts) when is_atom(module) and is_list(opts) do
    unless Keyword.has_key?(opts, :file), do: raise(ArgumentError, "expected :file to be given as option")
    line = Keyword.get(opts, :line, 0)
    {result, _binding} = Code.eval_quoted({:defmodule, [line: line], [module, [do: quoted]]}, [], file: opts[:file], line: line)
    result
  end
end
