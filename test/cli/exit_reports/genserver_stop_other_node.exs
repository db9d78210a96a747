# GenServer.stop of another node: :proc_lib.stop/3 monitors it, badarg at its line 1079
GenServer.stop({:name, :other@host})
