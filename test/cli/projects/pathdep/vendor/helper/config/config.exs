import Config

# a dependency's own configuration is not read by the project that uses it
config :helper, from_dep_config: true
