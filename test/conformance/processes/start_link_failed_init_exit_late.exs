# A process started with start_link whose init fails answers {:error, _} first and sends its exit
# signal only after proc_lib's crash report (in the SASL domain, which Logger drops): the caller
# returns from start_link and goes on printing, and a script whose end comes first ends with 0.
Agent.start_link(fn -> raise "boom" end)
IO.puts("after the failed start")
