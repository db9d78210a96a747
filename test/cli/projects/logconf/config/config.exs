import Config

# the console backend's options, read when Logger starts
config :logger, :console,
  format: "$level|$message|$metadata\n",
  metadata: [:module, :function, :request_id, :shop],
  level: :info
