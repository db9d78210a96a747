defmodule UpgradeTesting.MixProject do
  use Mix.Project

  # The versions of Counter are not in lib/ (they define the same module): the upgrade tests
  # compile them on nodes of their own.
  def project do
    [app: :upgrade_testing, version: "0.1.0", elixir: "~> 1.14", deps: []]
  end

  def application, do: [extra_applications: [:logger]]
end
