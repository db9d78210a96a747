defmodule Notifier do
  @callback send(String.t(), keyword()) :: {:ok, term()} | {:error, String.t()}
  @callback name() :: atom()
  @optional_callbacks name: 0

  defmacro __using__(_opts) do
    quote do
      @behaviour Notifier
      def name, do: __MODULE__ |> Module.split() |> List.last() |> String.downcase() |> String.to_atom()
      defoverridable name: 0
    end
  end
end

defmodule EmailNotifier do
  use Notifier
  @impl Notifier
  def send(msg, opts) do
    to = Keyword.fetch!(opts, :to)
    {:ok, "email to #{to}: #{msg}"}
  end
end

defmodule SmsNotifier do
  use Notifier
  @impl true
  def send(msg, _opts) when byte_size(msg) > 10, do: {:error, "too long"}
  def send(msg, opts), do: {:ok, "sms #{opts[:number] || "?"}: #{msg}"}
  @impl true
  def name, do: :texter
end

defmodule Dispatcher do
  defguard is_short(s) when is_binary(s) and byte_size(s) < 20
  def notify(mods, msg, opts \\ [])
  def notify(mods, msg, opts) when is_short(msg) do
    Enum.map(mods, fn m ->
      with {:ok, text} <- m.send(msg, opts),
           true <- String.length(text) > 0 || {:error, "empty"} do
        {m.name(), text}
      else
        {:error, reason} -> {m.name(), {:failed, reason}}
      end
    end)
  end
  def notify(_, _, _), do: :too_long
end

IO.inspect(Dispatcher.notify([EmailNotifier, SmsNotifier], "hi", to: "a@b.c", number: 123))
IO.inspect(Dispatcher.notify([EmailNotifier, SmsNotifier], "hello world", to: "x"))
IO.inspect(Dispatcher.notify([SmsNotifier], String.duplicate("x", 30)))
IO.inspect(EmailNotifier.__info__(:functions))
IO.inspect(Notifier.behaviour_info(:callbacks) |> Enum.sort())
IO.inspect(Notifier.behaviour_info(:optional_callbacks))
try do
  Dispatcher.notify([EmailNotifier], "hi")
rescue
  e -> IO.inspect(e)
end

defmodule Parser do
  def parse_user(map) do
    with {:ok, name} when is_binary(name) <- Map.fetch(map, "name"),
         {:ok, age_s} <- Map.fetch(map, "age"),
         {age, ""} <- Integer.parse(age_s) do
      {:ok, %{name: name, age: age}}
    else
      :error -> {:error, :missing}
      {_, rest} when is_binary(rest) -> {:error, {:bad_age, rest}}
      {:ok, other} -> {:error, {:bad_name, other}}
      :error_never -> :never
    end
  end
end
IO.inspect(Parser.parse_user(%{"name" => "bo", "age" => "42"}))
IO.inspect(Parser.parse_user(%{"name" => "bo"}))
IO.inspect(Parser.parse_user(%{"name" => "bo", "age" => "4x"}))
IO.inspect(Parser.parse_user(%{"name" => 5, "age" => "4"}))
try do
  Parser.parse_user(%{"name" => "bo", "age" => "x"})
rescue
  e in WithClauseError -> IO.puts(Exception.message(e))
end

# behaviour_info/1: the order the Erlang compiler gives (by {name, arity} as written, reversed)
defmodule Plugin do
  @callback b() :: :ok
  @callback c() :: :ok
  @callback a() :: :ok
  @callback a(term) :: :ok
  @macrocallback z(term) :: Macro.t()
  @macrocallback y(term) :: Macro.t()
  @callback mid(a, b :: term) :: a when a: term
  @optional_callbacks c: 0, z: 1, a: 0
  @optional_callbacks y: 1
end
IO.inspect(Plugin.behaviour_info(:callbacks))
IO.inspect(Plugin.behaviour_info(:optional_callbacks))
IO.inspect(Plugin.__info__(:functions))
IO.inspect(function_exported?(Plugin, :behaviour_info, 1))
IO.inspect(function_exported?(EmailNotifier, :behaviour_info, 1))
IO.inspect(for {name, arity} <- Notifier.behaviour_info(:callbacks), not function_exported?(SmsNotifier, name, arity), do: name)
