# ~p and ~P arguments of an Erlang format logged through Logger are pretty-printed (beamlet printed them on one line)
t = {:undef, [{M, :v, [], []}, {M, :init, 0, [file: 'm.ex', line: 4]}, {:code_server, :"-handle_on_load/5-fun-0-", 1, [file: 'code_server.erl', line: 1317]}]}
:error_logger.warning_msg('p:~n~p\n', [t])
:error_logger.warning_msg('w:~n~w\n', [t])
:error_logger.warning_msg('W:~n~W\n', [t, 10])
:error_logger.warning_msg('P:~n~P\n', [t, 10])
:error_logger.warning_msg('P:~n~P\n', [t, 5])
Logger.flush()
