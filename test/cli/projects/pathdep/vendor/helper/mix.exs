defmodule Helper.MixProject do
  use Mix.Project

  def project do
    [
      app: :helper,
      version: "0.2.0",
      elixir: "~> 1.14",
      elixirc_paths: elixirc_paths(Mix.env()),
      deps: [{:util, path: "../util"}]
    ]
  end

  def application do
    [mod: {Helper.Application, []}]
  end

  # a dependency compiles in :prod, whatever the project's environment
  defp elixirc_paths(:prod), do: ["lib"]
  defp elixirc_paths(_), do: ["lib", "dev_only"]
end
