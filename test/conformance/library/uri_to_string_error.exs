IO.puts(URI.to_string(%URI{scheme: "https", host: "a.com", path: "/ok"}))
IO.puts(to_string(%URI{scheme: "http", host: "a.com", path: "relative"}))
