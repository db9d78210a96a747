import Config
config :fdrepl, greeting: "hi"
