defmodule Broken.MixProject do
  use Mix.Project

  def project, do: [app: :broken, version: "0.1.0"]
end
