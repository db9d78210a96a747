defmodule Plugin do
  @callback name() :: String.t()
  @callback run(input :: term(), opts :: keyword()) :: {:ok, term()} | {:error, String.t()}
  @callback describe() :: String.t()
  @optional_callbacks describe: 0

  defmacro __using__(opts) do
    quote do
      @behaviour Plugin
      @plugin_opts unquote(opts)
      def name, do: unquote(Keyword.get(opts, :name, "unnamed"))
      def run(input, _opts), do: {:ok, input}
      def priority, do: Keyword.get(@plugin_opts, :priority, 0)
      defoverridable run: 2, name: 0
    end
  end

  def describe(mod) do
    if function_exported?(mod, :describe, 0), do: mod.describe(), else: "(no description for #{inspect(mod)})"
  end
end

defmodule Upcase do
  use Plugin, name: "upcase", priority: 2
  @impl Plugin
  def run(input, opts) when is_binary(input) do
    {:ok, result} = super(input, opts)
    {:ok, String.upcase(result)}
  end
  def run(_, _), do: {:error, "not a string"}
  @impl Plugin
  def describe, do: "uppercases text"
end

defmodule Reverse do
  use Plugin, priority: 1
  @impl true
  def name, do: "rev-" <> super()
  @impl true
  def run(input, _), do: {:ok, String.reverse(input)}
end

defmodule Exclaim do
  use Plugin, name: "exclaim"
  def run(input, opts), do: {:ok, input <> String.duplicate("!", Keyword.get(opts, :count, 1))}
end

defmodule Pipeline do
  def run(plugins, input, opts \\ []) do
    plugins
    |> Enum.sort_by(& &1.priority(), :desc)
    |> Enum.reduce_while({:ok, input, []}, fn p, {:ok, acc, log} ->
      case p.run(acc, opts) do
        {:ok, v} -> {:cont, {:ok, v, [p.name() | log]}}
        {:error, e} -> {:halt, {:error, "#{p.name()}: #{e}", Enum.reverse(log)}}
      end
    end)
    |> case do
      {:ok, v, log} -> {:ok, v, Enum.reverse(log)}
      err -> err
    end
  end
end

plugins = [Exclaim, Reverse, Upcase]
IO.inspect(Pipeline.run(plugins, "hello", count: 3))
IO.inspect(Pipeline.run(plugins, 42))
IO.inspect(Enum.map(plugins, &Plugin.describe/1))
IO.inspect(Plugin.behaviour_info(:callbacks) |> Enum.sort())
IO.inspect(Plugin.behaviour_info(:optional_callbacks))
IO.inspect(Upcase.module_info(:attributes) |> Keyword.get_values(:behaviour))
IO.inspect(Upcase.__info__(:functions))
IO.inspect(function_exported?(Reverse, :describe, 0))
IO.inspect(Code.ensure_loaded?(Upcase))
IO.inspect(Code.ensure_loaded(NoSuchModule))
mod = Module.concat([Dynamic, "Thing#{1 + 1}"])
IO.inspect(mod)
{:module, ^mod, _, _} = Module.create(mod, quote do
  def hello(name), do: "hello #{name} from #{inspect(__MODULE__)}"
end, Macro.Env.location(__ENV__))
IO.inspect(mod.hello("world"))
IO.inspect(apply(mod, :hello, ["apply"]))
defmodule Dynamic.Gen do
  for {name, val} <- [one: 1, two: 2, three: 3] do
    def unquote(name)(), do: unquote(val)
    def unquote(:"#{name}_squared")(), do: unquote(val * val)
  end
  ops = %{add: :+, mul: :*}
  for {n, op} <- ops do
    def unquote(n)(a, b), do: unquote(op)(a, b)
  end
end
IO.inspect({Dynamic.Gen.two(), Dynamic.Gen.three_squared(), Dynamic.Gen.add(2, 3), Dynamic.Gen.mul(2, 3)})
IO.inspect(Dynamic.Gen.__info__(:functions))
{result, binding} = Code.eval_string("x = a * 2; y = x + 1; {x, y}", a: 5)
IO.inspect({result, Enum.sort(binding)})
IO.inspect(Code.eval_quoted(quote(do: Enum.sum(unquote([1, 2, 3])))))
IO.inspect(String.to_atom("dyn_atom") |> Atom.to_string())
IO.inspect(Kernel.function_exported?(Kernel, :+, 2))
IO.inspect(macro_exported?(Kernel, :if, 2))
IO.inspect(is_atom(String) and String.valid?("x"))
IO.inspect(Upcase |> Module.split())
IO.inspect(Module.split(Dynamic.Thing2) |> Enum.join("."))
IO.inspect(inspect(Upcase) <> "!" )
