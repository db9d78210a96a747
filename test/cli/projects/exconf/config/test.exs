import Config
# ExUnit's own configuration, as mix puts it before the suite starts
config :ex_unit, assert_receive_timeout: 20, exclude: [:external]
config :exconf, greeting: "hello from test"
