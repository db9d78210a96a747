# System.fetch_env!/1 of an unset variable: System.EnvError (its only field :env) raised from System.fetch_env!/1
try do
  System.fetch_env!("NOPE_X_Y")
rescue
  e -> IO.inspect(e); IO.puts(Exception.message(e))
end
IO.inspect System.fetch_env("NOPE_X_Y")
System.fetch_env!("NOPE_X_Y")
