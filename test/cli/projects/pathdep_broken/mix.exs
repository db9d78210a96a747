defmodule PathdepBroken.MixProject do
  use Mix.Project

  def project do
    [
      app: :pathdep_broken,
      version: "0.1.0",
      elixir: "~> 1.14",
      deps: deps()
    ]
  end

  def application do
    [extra_applications: [:logger]]
  end

  defp deps do
    [
      {:broken, path: "vendor/broken", only: :dev},
      {:nomix, path: "vendor/nomix", only: :dev},
      {:gone, path: "vendor/gone", only: :test},
      {:gone_too, path: "../gone_too", only: :test}
    ]
  end
end
