# Config.Reader.merge/2: app by app, keyword values merged recursively, other values replaced
defaults = [app: [port: 4000, host: "localhost", db: [pool: 5, timeout: 1000, ssl: false], features: [:a]]]
env = [app: [port: 8080, db: [pool: 20, ssl: true], features: [:b, :c]], other: [k: 1]]
IO.inspect(Config.Reader.merge(defaults, env))
IO.inspect(Config.Reader.merge([a: [x: [], y: [p: 1], z: 1]], [a: [x: [q: 1], y: [], z: [k: 1]], b: [w: 2]]))
IO.inspect(Config.Reader.merge([a: [x: [m: [n: 1, o: 2]]]], [a: [x: [m: [o: 3]]]]))
IO.inspect(Config.Reader.merge([], [a: [b: 1]]))
IO.inspect(Config.Reader.merge([a: [b: 1], c: [d: 1]], []))
IO.inspect(Config.Reader.merge([a: [x: 1, y: 2]], [a: [y: 3, x: 4]]))
IO.inspect(Config.Reader.merge([a: [x: [1, 2]]], [a: [x: [3]]]))
try do
  Config.Reader.merge([a: [{"s", 1}]], [a: [k: 2]])
rescue
  e -> IO.puts(Exception.message(e))
end
