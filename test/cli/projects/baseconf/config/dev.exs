import Config
config :elixir, ansi_enabled: false
