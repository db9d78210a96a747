# calls to an Erlang module beamlet writes partly in the language and partly as BIFs (:global's
# locks beside its names) and to :pg: only functions OTP lacks warn as undefined
defmodule LibraryBifCalls do
  def a, do: :global.register_name(:n, self())
  def b, do: :global.whereis_name(:n)
  def c, do: :global.set_lock({:r, self()})
  def d, do: :global.registered_names()
  def e, do: :global.whereis_nam(:n)
  def f, do: :pg.join(:g, self())
  def g, do: :pg.which_local_groups()
  def h, do: :pg.get_member(:g)
  def i, do: :pg.leave(:g, self(), :x, :y)
end
IO.puts(:ok)
