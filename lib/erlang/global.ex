# :global's locks on the local node, over beamlet_global's try_lock/unlock (vm/bifs/global.ts): a
# {resource, requester} lock is the requester's (any of its processes may hold it) until each
# holder deletes it or exits. Taking one another requester holds sleeps a random while and tries
# again, `retries` times (:infinity: until it gets it), as global.erl does; trans/2,3,4 run a fun
# holding the lock, :aborted when it could not be had.
defmodule :global do
  @moduledoc false

  def set_lock(id), do: set_lock(id, [node()], :infinity)
  def set_lock(id, nodes), do: set_lock(id, nodes, :infinity)

  def set_lock(id, nodes, retries) when retries == :infinity or (is_integer(retries) and retries >= 0),
    do: set_lock(id, nodes, retries, 0)

  # (global.erl's set_lock/4: an id that is no {resource, requester} fails its clauses)
  defp set_lock({resource, requester}, _nodes, retries, times), do: lock({resource, requester}, retries, times)

  defp lock({resource, requester} = id, retries, times) do
    case :beamlet_global.try_lock(resource, requester) do
      true ->
        true

      false when retries == 0 ->
        false

      false ->
        random_sleep(times)
        lock(id, if(retries == :infinity, do: retries, else: retries - 1), times + 1)
    end
  end

  # global.erl's backoff: up to an eighth of 2^times seconds, at most 8 s
  defp random_sleep(times) do
    tmax = if times > 5, do: 8000, else: div(Bitwise.bsl(1, times) * 1000, 8)
    Process.sleep(:rand.uniform(tmax))
  end

  def del_lock(id), do: del_lock(id, [node()])
  def del_lock({resource, requester}, nodes) when is_list(nodes), do: :beamlet_global.unlock(resource, requester)

  def trans(id, fun), do: trans(id, fun, [node()], :infinity)
  def trans(id, fun, nodes), do: trans(id, fun, nodes, :infinity)

  def trans(id, fun, nodes, retries) do
    case set_lock(id, nodes, retries) do
      true ->
        try do
          fun.()
        after
          del_lock(id, nodes)
        end

      false ->
        :aborted
    end
  end
end
