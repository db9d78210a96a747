# :erlang.hibernate/3 (Process.hibernate/3): the process's stack is dropped (the BIF calls wait/3
# on an empty stack, vm/calls.ts EmptyStackCall), it waits for a message (status :waiting) and
# then calls apply(m, f, a) last: the process ends when that returns. A message already queued
# wakes it at once. The first message to arrive is taken and put back at once in front of the
# queue, for the callee.
defmodule :beamlet_hibernate do
  @moduledoc false

  def wait(m, f, a) do
    case Process.info(self(), :message_queue_len) do
      {:message_queue_len, 0} ->
        receive do
          message -> :beamlet.requeue_front(message)
        end

      _ ->
        :ok
    end

    apply(m, f, a)
  end
end
