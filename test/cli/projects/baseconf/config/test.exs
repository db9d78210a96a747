import Config
config :stdlib, baseconf_key: :from_test
