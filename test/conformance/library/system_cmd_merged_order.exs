# stderr_to_stdout gives the program one descriptor for both streams, so the
# lines come back in the order the program wrote them
{out, 0} = System.shell("for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do echo err$i 1>&2; echo out$i; done", stderr_to_stdout: true)
IO.puts(out)
{out, 0} = System.cmd("sh", ["-c", "echo a; echo b 1>&2; echo c; echo d 1>&2"], stderr_to_stdout: true)
IO.inspect(out)
