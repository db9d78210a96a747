import Config

config :helper, greeting: "hello from the project's config"
