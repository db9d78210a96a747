defmodule :beamlet_yielding do
  @moduledoc false
  # The rest of a long list BIF (vm/bifs/work.ts): each chunk is a BIF call from here, and every
  # call is a point where the scheduler may preempt, so :lists.seq(1, 10_000_000) or reversing a
  # huge list lets other processes run.

  def seq_onto(from, to, acc), do: :beamlet_yielding.seq_chunk(from, to, acc)
  def reverse_onto(list, acc), do: :beamlet_yielding.reverse_chunk(list, acc)
end
