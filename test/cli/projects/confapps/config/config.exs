import Config

config :confapps, greeting: "hello"
config :logger, level: :info
config :no_such_app, key: 1
config :sasl, errlog_type: :error
config :another_missing, key: 2
