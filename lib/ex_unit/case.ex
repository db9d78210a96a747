# ExUnit.Case: `use ExUnit.Case` and the test/describe macros. Tests accumulate in @ex_unit_tests
# ({name, line, describe, tags...}, newest first); __before_compile__ defines __ex_unit__/0,2,
# which the runner calls. Each test is a function named after it (:"test my test"/1).
defmodule ExUnit.Case do
  @reserved [:module, :file, :line, :test, :async, :registered, :describe, :describe_line, :test_type]

  defmacro __using__(opts) do
    quote do
      ExUnit.Case.__register__(__MODULE__, unquote(opts))
      Module.register_attribute(__MODULE__, :ex_unit_tests, accumulate: true)
      Module.register_attribute(__MODULE__, :ex_unit_setup, accumulate: true)
      Module.register_attribute(__MODULE__, :ex_unit_setup_all, accumulate: true)
      Module.register_attribute(__MODULE__, :ex_unit_describes, accumulate: true)
      Module.register_attribute(__MODULE__, :tag, accumulate: true)
      Module.register_attribute(__MODULE__, :moduletag, accumulate: true)
      Module.register_attribute(__MODULE__, :describetag, accumulate: true)
      @before_compile ExUnit.Case
      @after_compile ExUnit.Case
      import ExUnit.Callbacks
      import ExUnit.Assertions
      import ExUnit.Case, only: [test: 1, test: 2, test: 3, describe: 2]
      import ExUnit.DocTest
    end
  end

  @doc false
  # as the module body runs: the options checked, @ex_unit_async set (kept in the module's
  # attributes, as Elixir's: ExUnit.run/1 reads it); tags set before the first use are refused
  def __register__(module, opts) do
    unless Keyword.keyword?(opts) do
      __at_line__(273, raise(ArgumentError, "the argument passed to \"use ExUnit.Case\" must be a list of options, got: #{inspect(opts)}"))
    end

    registered? = Module.has_attribute?(module, :ex_unit_tests)

    unless registered? do
      if Enum.any?([:moduletag, :describetag, :tag], &Module.has_attribute?(module, &1)) do
        __at_line__(284, raise("you must set @tag, @describetag, and @moduletag after the call to \"use ExUnit.Case\""))
      end

      Module.register_attribute(module, :ex_unit_async, persist: true)
      Module.put_attribute(module, :ex_unit_async, false)
    end

    async? = opts[:async]
    if is_boolean(async?), do: Module.put_attribute(module, :ex_unit_async, async?)
    registered?
  end

  defmacro __before_compile__(env) do
    quote do
      def __ex_unit__ do
        ExUnit.Case.__test_module__(__MODULE__, __ENV__.file, @ex_unit_tests, @ex_unit_async)
      end

      unquote(__callbacks__(env.module))
    end
  end

  @doc false
  # a test module needs ExUnit started (or the :ex_unit application), as Elixir 1.14 checks once the
  # module is compiled (beamlet's server then finds the module among the script's)
  def __after_compile__(_env, _bytecode) do
    unless Process.whereis(ExUnit.Server) || List.keymember?(Application.started_applications(), :ex_unit, 0) do
      __at_line__(493, raise("cannot use ExUnit.Case without starting the ExUnit application, please call ExUnit.start() or explicitly start the :ex_unit app"))
    end

    :ok
  end

  @doc false
  # __ex_unit__/2 of a test module or a case template: each callback's result merged into the
  # context in turn, inline, so a failing callback's trace shows __ex_unit__/2 under it, as
  # Elixir's (only the last merge is a tail call). The setups of the test's describe block run
  # last, in a function of their own, __ex_unit_describe_D/1, that the setup chain tail-calls.
  def __callbacks__(module) do
    {in_describes, top} = Enum.split_with(Module.get_attribute(module, :ex_unit_setup), fn {d, _, _} -> d != nil end)
    groups = Enum.group_by(in_describes, fn {{_line, message}, d, _name} -> {message, d} end)
    context = quote(do: context)

    # (a describe block in a `for` runs once per name: its setups are defined once, for all)
    describe_defs =
      for {{_message, d}, callbacks} <- groups |> Enum.sort_by(fn {{_, d}, _} -> d end) |> Enum.uniq_by(fn {{_, d}, _} -> d end) do
        quote do
          @doc false
          # (Elixir generates it without a location: its frame names no file)
          @file ""
          def unquote(:"__ex_unit_describe_#{d}")(unquote(context)), do: unquote(chain(callbacks))
        end
      end

    setup =
      case Enum.sort_by(groups, fn {{_, d}, _} -> d end) do
        [] ->
          chain(top)

        groups ->
          clauses =
            Enum.flat_map(groups, fn {{message, d}, _} ->
              quote(do: (unquote(message) -> unquote(:"__ex_unit_describe_#{d}")(unquote(context))))
            end)

          quote do
            unquote(context) = unquote(chain(top))

            case Map.get(unquote(context), :describe, nil) do
              unquote(clauses ++ quote(do: (_ -> unquote(context))))
            end
          end
      end

    quote do
      def __ex_unit__(:setup, unquote(context)), do: unquote(setup)
      unquote(describe_defs)
      def __ex_unit__(:setup_all, unquote(context)), do: unquote(chain(Module.get_attribute(module, :ex_unit_setup_all)))
    end
  end

  # the callbacks (newest first) called one after the other, each result merged into the context
  defp chain(callbacks) do
    context = quote(do: context)

    case :lists.reverse(callbacks) do
      [] ->
        context

      names ->
        merges =
          Enum.map(names, fn {_describe, _index, name} ->
            quote do
              ExUnit.Callbacks.__merge__(__MODULE__, unquote(name), unquote(context), unquote(name)(unquote(context)))
            end
          end)

        {init, [last]} = Enum.split(merges, -1)
        {:__block__, [], Enum.map(init, &quote(do: unquote(context) = unquote(&1))) ++ [last]}
    end
  end

  @doc "Defines a test; `test \"name\"` alone is a test not implemented yet."
  defmacro test(message, var \\ quote(do: _), contents) do
    __test__(nil, message, var, contents, __CALLER__)
  end

  defmacro test(message) do
    __test__(nil, message, quote(do: _), quote(do: [do: :ok]), __CALLER__, true)
  end

  @doc false
  defmacro __describe_test__(describe, message, var \\ quote(do: _), contents) do
    __test__(describe, message, var, contents, __CALLER__)
  end

  # `test "name"` alone inside a describe: not implemented yet, as outside
  @doc false
  defmacro __describe_test__(describe, message) do
    __test__(describe, message, quote(do: _), quote(do: [do: :ok]), __CALLER__, true)
  end

  @doc false
  def __test__(describe, message, var, contents, caller, not_implemented \\ false) do
    body =
      case contents do
        [do: block] -> quote(do: (unquote(block); :ok))
        _ -> quote(do: (try(unquote(contents)); :ok))
      end

    extra = if not_implemented, do: [:not_implemented], else: []

    # (a describe block's name may be computed too: `describe "case #{n}"`, `describe name` in a `for`)
    if is_binary(message) and (describe == nil or is_binary(elem(describe, 1))) do
      name = test_name(describe, message)

      # (registered as the module body runs, as Elixir's test/3 does with register_test/6; the
      # name is known here, so the def names it directly)
      quote do
        ExUnit.Case.register_test(__MODULE__, __ENV__.file, unquote(caller.line), :test, unquote(message), unquote(extra))
        def unquote(name)(unquote(var)), do: unquote(body)
      end
    else
      # a name computed in the module body (`test "case #{n}"` in a `for`): registered when the
      # body runs, the def an unquote fragment of that name
      name = Macro.var(:ex_unit_test_name, __MODULE__)
      def_ast = {:def, [line: caller.line], [{{:unquote, [], [name]}, [line: caller.line], [var]}, [do: body]]}

      quote do
        unquote(name) = ExUnit.Case.register_test(__MODULE__, __ENV__.file, unquote(caller.line), :test, unquote(message), unquote(extra))
        unquote(def_ast)
      end
    end
  end

  @doc """
  Registers a test of type `test_type` (`:test` for `test/3`, `:property` for a library's
  `property/2`...) named `name` in the module being compiled (inside a describe block, its name
  is prefixed); `tags` are tags (atoms or keyword lists) beyond the @tag ones. Returns the name
  of the function (of arity 1, taking the context) that the caller must define for it.
  """
  def register_test(%{module: module, file: file, line: line}, test_type, name, tags) do
    register_test(module, file, line, test_type, name, tags)
  end

  @doc false
  def register_test(module, _file, line, test_type, name, tags) do
    if not Module.has_attribute?(module, :ex_unit_tests) do
      raise "cannot define #{test_type}. Please make sure you have invoked \"use ExUnit.Case\" in the current module"
    end

    describe = Module.get_attribute(module, :ex_unit_describe)
    full = if describe, do: "#{elem(describe, 1)} #{name}", else: "#{name}"
    test = :"#{test_type} #{full}"

    # a test name is defined once in a module (raised as the module body runs, as in Elixir)
    if List.keymember?(Module.get_attribute(module, :ex_unit_tests), test, 0) do
      __at_line__(552, raise(ExUnit.DuplicateTestError, "#{inspect(Atom.to_string(test))} is already defined in #{inspect(module)}"))
    end

    # the registered attributes' values are taken as the module body runs; the @moduletag and
    # @describetag values set so far are the test's, the given tags over its @tag ones
    tags = tags ++ (Module.delete_attribute(module, :tag) || [])
    registered = __registered__(module)
    __reset__(module, :ex_unit_registered_test_attributes)
    moduletags = Module.get_attribute(module, :moduletag)
    describetags = Module.get_attribute(module, :describetag)
    Module.put_attribute(module, :ex_unit_tests, {test, line, describe, moduletags, describetags, tags, [registered: registered, test_type: test_type]})
    test
  end

  # so is a describe block's name
  @doc false
  def __unique_describe__(module, message) do
    if message in Module.get_attribute(module, :ex_unit_describes) do
      raise ExUnit.DuplicateDescribeError, "describe #{inspect(message)} is already defined in #{inspect(module)}"
    end

    Module.put_attribute(module, :ex_unit_describes, message)
  end

  # ---- attributes registered to reach the test's context (context.registered) ----------------

  @doc "Registers an attribute whose value each test has in `context.registered`; reset after each test."
  def register_attribute(env_or_module, name, opts \\ [])
  def register_attribute(%{module: module}, name, opts), do: register_attribute(module, name, opts)

  def register_attribute(module, name, opts) when is_atom(module) and is_atom(name) and is_list(opts) do
    register(module, :ex_unit_registered_test_attributes, name, opts)
  end

  @doc "As register_attribute/3, for an attribute reset at the end of each describe block."
  def register_describe_attribute(env_or_module, name, opts \\ [])
  def register_describe_attribute(%{module: module}, name, opts), do: register_describe_attribute(module, name, opts)

  def register_describe_attribute(module, name, opts) when is_atom(module) and is_atom(name) and is_list(opts) do
    register(module, :ex_unit_registered_describe_attributes, name, opts)
  end

  @doc "As register_attribute/3, for an attribute kept for the whole module."
  def register_module_attribute(env_or_module, name, opts \\ [])
  def register_module_attribute(%{module: module}, name, opts), do: register_module_attribute(module, name, opts)

  def register_module_attribute(module, name, opts) when is_atom(module) and is_atom(name) and is_list(opts) do
    register(module, :ex_unit_registered_module_attributes, name, opts)
  end

  defp register(module, kind, name, opts) do
    Module.register_attribute(module, name, opts)
    names = Module.get_attribute(module, kind) || []
    Module.put_attribute(module, kind, names ++ [name])
  end

  @doc false
  # the registered attributes' values where a test is defined
  def __registered__(module) do
    [:ex_unit_registered_module_attributes, :ex_unit_registered_describe_attributes, :ex_unit_registered_test_attributes]
    |> Enum.flat_map(&(Module.get_attribute(module, &1) || []))
    |> Map.new(&{&1, Module.get_attribute(module, &1)})
  end

  @doc false
  # the attributes of one kind start again (an accumulating one from [])
  def __reset__(module, kind) do
    for name <- Module.get_attribute(module, kind) || [], do: Module.delete_attribute(module, name)
    :ok
  end

  defp test_name(describe, message) do
    full = if describe, do: "#{elem(describe, 1)} #{message}", else: message
    String.to_atom("test " <> full)
  end

  @doc "Groups tests: their names are prefixed, @describetag and setup apply inside only."
  defmacro describe(message, do: block) do
    describe = {__CALLER__.line, message}
    # the index of the describe block in the module: its setups are named after it
    index = :beamlet.next_counter({:ex_unit_describe, __CALLER__.module})

    block =
      Macro.prewalk(block, fn
        {:test, meta, [msg | rest]} ->
          {{:., meta, [ExUnit.Case, :__describe_test__]}, meta, [describe, msg | rest]}

        {:setup, meta, args} when is_list(args) ->
          {{:., meta, [ExUnit.Callbacks, :__describe_setup__]}, meta, [describe, index | args]}

        {:setup_all, meta, args} when is_list(args) ->
          {{:., meta, [ExUnit.Callbacks, :__setup_all_in_describe__]}, meta, []}

        {:describe, meta, [message | _]} ->
          {{:., meta, [ExUnit.Callbacks, :__describe__]}, meta, [{:__MODULE__, [], nil}, meta[:line], message, :nested]}

        other ->
          other
      end)

    # the block runs in a fn of its own, called by ExUnit.Callbacks.__describe__/4, as in Elixir:
    # its frames show under an error raised there (the block's last call too: not a tail call,
    # as the fn ends the block's @describetag after it), and the variables it binds stay in it
    quote do
      ExUnit.Callbacks.__describe__(__MODULE__, unquote(__CALLER__.line), unquote(message), fn _message, _describe ->
        result = unquote(block)
        Module.delete_attribute(__MODULE__, :describetag)
        result
      end)
    end
  end

  @doc false
  # the %ExUnit.TestModule{} of a module, from its accumulated test entries
  def __test_module__(module, file, entries, async) do
    # newest first, as Elixir lists them (the runner reverses them when it does not shuffle)
    tests =
      entries
      |> Enum.map(fn {name, line, describe, moduletags, describetags, tags, extra} ->
        # (the runner adds the test's name and module to the tags of those it runs)
        base = %{
          file: file,
          line: line,
          async: async,
          registered: %{},
          describe: describe && elem(describe, 1),
          describe_line: describe && elem(describe, 0)
        }

        # extra: what ExUnit itself sets (test_type, registered)
        tags =
          [moduletags, describetags, tags]
          |> Enum.reduce(Map.merge(base, Map.new(extra)), fn group, acc -> merge_tags(acc, group) end)

        %ExUnit.Test{name: name, case: module, module: module, tags: tags}
      end)

    %ExUnit.TestModule{file: file, name: module, tests: tests}
  end

  # a group is newest first; each entry is an atom (tag: true) or a keyword list
  defp merge_tags(acc, group) do
    group
    |> Enum.reverse()
    |> Enum.reduce(acc, fn
      tag, acc when is_atom(tag) -> put_tag(acc, tag, true)
      kw, acc when is_list(kw) -> Enum.reduce(kw, acc, fn {k, v}, acc -> put_tag(acc, k, v) end)
    end)
  end

  defp put_tag(_acc, key, _value) when key in @reserved do
    raise ArgumentError, "cannot set tag #{inspect(key)} because it is reserved by ExUnit"
  end

  defp put_tag(acc, key, value), do: Map.put(acc, key, value)
end
