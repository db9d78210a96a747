# Typespecs as iex's t/1 and b/1 lay them out: Macro.to_string of a type read back, then
# Code.format_string! at 80 columns. A bitstring's size times unit has no spaces; a map or struct
# (or list) after :: opens on its line and breaks inside; a `key => value` too long breaks after
# =>; a union too long breaks before each |; a spec's `when` constraints one a line; an
# attribute's keywords without brackets lined up after its name.
IO.puts(Macro.to_string(quote(do: <<_::8, _::_*4>>)))
IO.puts(Macro.to_string(quote(do: <<x::size(8)-unit(4), a::binary-size(4)*2, b::2*4>>)))
IO.puts(Code.format_string!("<<_::_ * 4, a::size(2) * 4, b::(2 * 4)>>"))

for src <- [
      "@type uri() :: %URI{authority: term(), fragment: term(), host: term(), path: term(), port: term(), query: term()}",
      "@type nested() :: %{optional(String.t()) => {:ok, [pair(integer())]} | {:error, reason :: atom() | String.t()}, config: keyword_list()}",
      "@type short() :: %{a: 1}",
      "@spec f(integer()) :: %{optional(String.t()) => {:ok, [pair(integer())]} | {:error, reason :: atom() | String.t()}}",
      "x = %{1 => :aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa, 2 => :b}",
      "@callback handle_call(request :: term(), from(), state :: term()) :: {:reply, reply, new_state} | {:noreply, new_state} | {:stop, reason, reply, new_state} when reply: term(), new_state: term(), reason: term()",
      "@optional_callbacks code_change: 3, format_status: 2, handle_call: 3, handle_cast: 2, handle_continue: 2",
      "@optional_callbacks handle: 2, mac: 1",
      "@callback init(x) :: {:ok, state, :infinity | child_spec() | (old_erlang_child_spec :: :supervisor.child_spec())} | :ignore",
      "@callback format_status(opt, statusData) :: status when opt: :normal | :terminate, statusData: [pDict | state], pDict: [{key :: term(), value :: term()}], state: term(), status: term()",
      "@typep monitor_option() :: [alias: :explicit_unalias | :demonitor | :reply_demonitor, tag: term()]",
      "@type t() :: [aaaaaaaaaaaaaaaaaaaaaa | bbbbbbbbbbbbbbbbbbbbbbbbbbbb | cccccccccccccccccccccccccccccccc | ddddd]",
      "@type t() :: {aaaaaaaaaaaaaaaaaaaaaa, bbbbbbbbbbbbbbbbbbbbbbbbbbbb, cccccccccccccccccccccccccccccccc, ddddd}",
      "x = [head_of_the_list_that_is_long | tail_of_the_list_that_is_also_rather_long_too]",
      "@callback init(init_arg :: term()) :: {:ok, {sup_flags(), [child_spec() | (old_erlang_child_spec :: :supervisor.child_spec())]}} | :ignore",
      "x = [a | (b :: c)]"
    ] do
  IO.puts(Code.format_string!(src, line_length: 80))
  IO.puts("--")
end
