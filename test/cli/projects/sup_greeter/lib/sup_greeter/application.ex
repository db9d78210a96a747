defmodule SupGreeter.Application do
  # See https://hexdocs.pm/elixir/Application.html
  # for more information on OTP Applications
  @moduledoc false

  use Application

  @impl true
  def start(_type, _args) do
    children = [
      {SupGreeter.Counter, Application.fetch_env!(:sup_greeter, :start_count)}
    ]

    # See https://hexdocs.pm/elixir/Supervisor.html
    # for other strategies and supported options
    opts = [strategy: :one_for_one, name: SupGreeter.Supervisor]
    Supervisor.start_link(children, opts)
  end
end
