import Config

config :runtime_missing, key: 3
config :no_such_app, key: 4
