# :gen_server.stop of a missing global name exits :noproc in :gen.do_for_proc/2
:gen_server.stop({:global, :nope})
