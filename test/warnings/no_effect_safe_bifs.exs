# a dropped call of a BIF that cannot fail "has no effect" (Erlang's sys_core_fold), under the
# name Erlang gives it (:erlang.ports/0, not auto-imported); Node.list/Port.list/Process.get/0 are
# inlined into one; Process.get/2, Node.self/0, Node.alive?/0 are not
defmodule W do
  def g do
    make_ref()
    :erlang.date()
    :erlang.time()
    Process.get()
    Process.get(:k)
    Node.self()
    node()
    Process.group_leader()
    Node.alive?()
    :erlang.pre_loaded()
    Process.registered()
    Process.list()
    :erlang.term_to_binary(1)
    :erlang.get_cookie()
    Node.get_cookie()
    :erlang.processes()
    :erlang.nodes()
    :erlang.ports()
    Node.list()
    Port.list()
    :erlang.is_alive()
    :erlang.get(:k)
    self()
    :erlang.self()
    :ok
  end
end
IO.puts("done")
