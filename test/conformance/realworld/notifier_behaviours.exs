defmodule Notifier do
  @moduledoc "Behaviour for sending notifications."
  @type recipient :: String.t()
  @callback deliver(recipient, message :: String.t()) :: {:ok, term} | {:error, atom}
  @callback name() :: String.t()
  @callback validate(recipient) :: :ok | {:error, String.t()}
  @optional_callbacks validate: 1

  defmacro __using__(opts) do
    quote do
      @behaviour Notifier
      @channel unquote(Keyword.fetch!(opts, :channel))
      @impl Notifier
      def name, do: "#{@channel} notifier"
      defoverridable name: 0
    end
  end

  def send_all(notifiers, recipient, message) do
    Enum.map(notifiers, fn mod ->
      with :ok <- maybe_validate(mod, recipient),
           {:ok, receipt} <- mod.deliver(recipient, message) do
        {mod.name(), receipt}
      else
        {:error, reason} -> {mod.name(), {:failed, reason}}
      end
    end)
  end

  defp maybe_validate(mod, recipient) do
    if function_exported?(mod, :validate, 1), do: mod.validate(recipient), else: :ok
  end
end

defmodule EmailNotifier do
  use Notifier, channel: :email

  @impl true
  def deliver(to, msg), do: {:ok, "mailed #{byte_size(msg)} bytes to #{to}"}

  @impl Notifier
  def validate(to) do
    if String.contains?(to, "@"), do: :ok, else: {:error, "not an address: #{to}"}
  end
end

defmodule SmsNotifier do
  use Notifier, channel: :sms

  @impl true
  def name, do: "SMS gateway"

  @impl true
  def deliver(_to, msg) when byte_size(msg) > 20, do: {:error, :too_long}
  def deliver(to, msg), do: {:ok, {:queued, to, String.length(msg)}}
end

defmodule NullNotifier do
  @behaviour Notifier
  @impl true
  def deliver(_, _), do: {:ok, :dropped}
  @impl true
  def name, do: "null"
end

defmodule Main do
  def run do
    all = [EmailNotifier, SmsNotifier, NullNotifier]
    IO.inspect(Notifier.send_all(all, "ann@example.com", "Your order shipped"))
    IO.inspect(Notifier.send_all(all, "555-0100", "Your order shipped today!"))
    IO.inspect(Notifier.behaviour_info(:callbacks) |> Enum.sort(), label: "callbacks")
    IO.inspect(Notifier.behaviour_info(:optional_callbacks), label: "optional")
    IO.inspect(EmailNotifier.module_info(:attributes) |> Keyword.get_values(:behaviour), label: "behaviours")
    IO.inspect(function_exported?(SmsNotifier, :validate, 1), label: "sms validate?")
    IO.inspect(Code.ensure_loaded?(EmailNotifier))
    IO.inspect(Code.ensure_loaded(NoSuchNotifier))
    impls = for mod <- all, Notifier in (mod.module_info(:attributes)[:behaviour] || []), do: mod
    IO.inspect(impls, label: "implementers")
  end
end

Main.run()
