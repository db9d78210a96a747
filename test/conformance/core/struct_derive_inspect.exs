defmodule Secret do
  @derive {Inspect, only: [:user]}
  defstruct [:user, :password]
end

defmodule Hidden do
  @derive {Inspect, except: [:token]}
  defstruct id: 1, token: "abc", note: nil
end

defmodule Main do
  def run do
    IO.inspect(%Secret{user: "ann", password: "hunter2"})
    IO.inspect(%Hidden{})
    IO.inspect([%Secret{user: "b"}])
    s = %Secret{user: "c", password: "p"}
    IO.inspect(s.password)
    IO.inspect(Map.from_struct(s))
  end
end

Main.run()
