defmodule :beamlet_yielding do
  @moduledoc false
  # The rest of a long BIF (vm/bifs/work.ts, vm/bifs/string_chunked.ts): each chunk is a BIF call
  # from here, and every call is a point where the scheduler may preempt, so
  # :lists.seq(1, 10_000_000), reversing a huge list or String.length of 200 MB lets other
  # processes run.

  def seq_onto(from, to, acc), do: :beamlet_yielding.seq_chunk(from, to, acc)
  def reverse_onto(list, acc), do: :beamlet_yielding.reverse_chunk(list, acc)
  def reverse_owned_onto(list, acc), do: :beamlet_yielding.reverse_owned_chunk(list, acc)
  def duplicate_onto(n, x, acc), do: :beamlet_yielding.duplicate_chunk(n, x, acc)
  def bytes_onto(bin, lo, hi, acc), do: :beamlet_yielding.bytes_chunk(bin, lo, hi, acc)
  def elements_onto(tuple, lo, hi, acc), do: :beamlet_yielding.elements_chunk(tuple, lo, hi, acc)
  def string_length(bin, off, n), do: :beamlet_yielding.string_length_chunk(bin, off, n)
  def string_case(bin, off, up, acc), do: :beamlet_yielding.string_case_chunk(bin, off, up, acc)
  def string_reverse(bin, off, acc), do: :beamlet_yielding.string_reverse_chunk(bin, off, acc)
  def string_graphemes(bin, off, acc), do: :beamlet_yielding.string_graphemes_chunk(bin, off, acc)
  def string_codepoints(bin, off, acc), do: :beamlet_yielding.string_codepoints_chunk(bin, off, acc)
  def string_to_charlist(bin, off, acc), do: :beamlet_yielding.string_to_charlist_chunk(bin, off, acc)
  def string_split_spaces(bin, off, start, acc), do: :beamlet_yielding.string_split_spaces_chunk(bin, off, start, acc)

  # jobs (vm/bifs/bif_jobs.ts): one function per BIF, named in what Process.info shows
  def lists_sort(job), do: :beamlet_yielding.job_chunk(job)
  def lists_usort(job), do: :beamlet_yielding.job_chunk(job)
  def lists_flatten(job), do: :beamlet_yielding.job_chunk(job)
  def lists_last(job), do: :beamlet_yielding.job_chunk(job)
  def lists_nth(job), do: :beamlet_yielding.job_chunk(job)
  def lists_max(job), do: :beamlet_yielding.job_chunk(job)
  def lists_min(job), do: :beamlet_yielding.job_chunk(job)
  def lists_sum(job), do: :beamlet_yielding.job_chunk(job)
  def lists_member(job), do: :beamlet_yielding.job_chunk(job)
  def lists_delete(job), do: :beamlet_yielding.job_chunk(job)
  def lists_zip(job), do: :beamlet_yielding.job_chunk(job)
  def lists_sublist(job), do: :beamlet_yielding.job_chunk(job)
  def lists_nthtail(job), do: :beamlet_yielding.job_chunk(job)
  def binary_matches(job), do: :beamlet_yielding.job_chunk(job)
  def binary_split(job), do: :beamlet_yielding.job_chunk(job)
  def binary_replace(job), do: :beamlet_yielding.job_chunk(job)
  def maps_from_list(job), do: :beamlet_yielding.job_chunk(job)
  def re_run(job), do: :beamlet_yielding.job_chunk(job)
  def re_split(job), do: :beamlet_yielding.job_chunk(job)
  def re_replace(job), do: :beamlet_yielding.job_chunk(job)
  def maps_list(job), do: :beamlet_yielding.job_chunk(job)
  def lists_keyfind(job), do: :beamlet_yielding.job_chunk(job)
  def lists_keysort(job), do: :beamlet_yielding.job_chunk(job)
  def erlang_append(job), do: :beamlet_yielding.job_chunk(job)
  def list_to_tuple(job), do: :beamlet_yielding.job_chunk(job)
  def erlang_length(job), do: :beamlet_yielding.job_chunk(job)
  def erlang_phash2(job), do: :beamlet_yielding.job_chunk(job)
  def term_to_binary(job), do: :beamlet_yielding.job_chunk(job)
  def external_size(job), do: :beamlet_yielding.job_chunk(job)
  def binary_to_term(job), do: :beamlet_yielding.job_chunk(job)
  def list_to_binary(job), do: :beamlet_yielding.job_chunk(job)
  def iolist_to_binary(job), do: :beamlet_yielding.job_chunk(job)
  def base_encode(job), do: :beamlet_yielding.job_chunk(job)
  def base_decode(job), do: :beamlet_yielding.job_chunk(job)
  def unicode_characters_to_binary(job), do: :beamlet_yielding.job_chunk(job)
  def string_at(job), do: :beamlet_yielding.job_chunk(job)
  def string_slice(job), do: :beamlet_yielding.job_chunk(job)
  def string_last(job), do: :beamlet_yielding.job_chunk(job)
  def string_valid(job), do: :beamlet_yielding.job_chunk(job)
  def string_printable(job), do: :beamlet_yielding.job_chunk(job)
  def string_normalize(job), do: :beamlet_yielding.job_chunk(job)
  def string_equivalent(job), do: :beamlet_yielding.job_chunk(job)

  def string_replace(bin, off, start, pats, rep, global, acc),
    do: :beamlet_yielding.string_replace_chunk(bin, off, start, pats, rep, global, acc)

  def string_split(bin, off, start, pats, left, trim, acc),
    do: :beamlet_yielding.string_split_chunk(bin, off, start, pats, left, trim, acc)
end
