defmodule Pathdep.MixProject do
  use Mix.Project

  def project do
    [
      app: :pathdep,
      version: "0.1.0",
      elixir: "~> 1.14",
      start_permanent: Mix.env() == :prod,
      deps: deps()
    ]
  end

  def application do
    [
      extra_applications: [:logger],
      mod: {Pathdep.Application, []}
    ]
  end

  defp deps do
    [
      {:helper, path: "vendor/helper"}
    ]
  end
end
