# :inet.format_error/1 and :file.format_error/1 for every POSIX code OTP 25 names (erl_posix_msg), File.Error's
# text for them and for reasons that are none, and :inet's address predicates and conversions.
atoms = [:e2big, :eacces, :eaddrinuse, :eaddrnotavail, :eadv, :eafnosupport, :eagain, :ealign, :ealready, :ebade, :ebadf, :ebadfd, :ebadmsg, :ebadr, :ebadrpc, :ebadrqc, :ebadslt, :ebfont, :ebusy, :echild, :echrng, :ecomm, :econnaborted, :econnrefused, :econnreset, :edeadlk, :edeadlock, :edestaddrreq, :edirty, :edom, :edotdot, :edquot, :eduppkg, :eexist, :efault, :efbig, :eftype, :ehostdown, :ehostunreach, :eidrm, :einit, :einprogress, :eintr, :einval, :eio, :eisconn, :eisdir, :eisnam, :elbin, :el2hlt, :el2nsync, :el3hlt, :el3rst, :elibacc, :elibbad, :elibexec, :elibmax, :elibscn, :elnrng, :eloop, :emfile, :emlink, :emsgsize, :emultihop, :enametoolong, :enavail, :enet, :enetdown, :enetreset, :enetunreach, :enfile, :enoano, :enobufs, :enocsi, :enodata, :enodev, :enoent, :enoexec, :enolck, :enolink, :enomem, :enomsg, :enonet, :enopkg, :enoprotoopt, :enospc, :enosr, :enostr, :enosym, :enosys, :enotblk, :enotconn, :enotdir, :enotempty, :enotnam, :enotsock, :enotsup, :enotty, :enotuniq, :enxio, :eopnotsupp, :eoverflow, :eperm, :epfnosupport, :epipe, :eproclim, :eprocunavail, :eprogmismatch, :eprogunavail, :eproto, :eprotonosupport, :eprototype, :erange, :erefused, :eremchg, :eremdev, :eremote, :eremoteio, :eremoterelease, :erofs, :erpcmismatch, :erremote, :eshutdown, :esocktnosupport, :espipe, :esrch, :esrmnt, :estale, :esuccess, :etime, :etimedout, :etoomanyrefs, :etxtbsy, :euclean, :eunatch, :eusers, :eversion, :ewouldblock, :exdev, :exfull, :nxdomain, :exbadport, :exbadseq]
for a <- atoms ++ [:timeout, :closed, :nxdomain, :exbadport, :foo], do: IO.puts("#{a} #{:inet.format_error(a)} | #{:file.format_error(a)}")
for f <- [fn -> :inet.is_ipv4_address({127, 0, 0, 1}) end, fn -> :inet.is_ipv4_address({256, 0, 0, 1}) end, fn -> :inet.is_ipv6_address({0, 0, 0, 0, 0, 0, 0, 1}) end,
  fn -> :inet.is_ipv6_address({1, 2}) end, fn -> :inet.ipv4_mapped_ipv6_address({1, 2, 3, 4}) end, fn -> :inet.ipv4_mapped_ipv6_address({0, 0, 0, 0, 0, 65535, 258, 772}) end,
  fn -> :inet.format_error(:econnrefused) end, fn -> :inet.format_error(:nxdomain) end, fn -> :inet.format_error(:foo) end, fn -> :inet.format_error(:eaddrinuse) end,
  fn -> :inet.ntoa({127, 0, 0, 1}) end, fn -> :inet.parse_address('::1') end, fn -> :inet.parse_strict_address('1.2.3') end, fn -> :inet.parse_ipv4_address('10.0.0.1') end,
  fn -> :inet.is_ip_address({1, 2, 3, 4}) end, fn -> :inet.ntoa({0, 0, 0, 0, 0, 65535, 258, 772}) end, fn -> :inet.parse_ipv6strict_address('::ffff:1.2.3.4') end,
fn -> :inet.getaddr('localhost', :inet) end] do
  try do
    IO.inspect(f.())
  rescue
    e -> IO.inspect(e)
  end
end
for r <- [:enoent, :eagain, :foo, {:bad, 1}, :eexist], do: IO.puts(Exception.message(%File.Error{reason: r, action: "read", path: "x"}))
IO.puts(Exception.message(%File.Error{reason: :eexist, action: "remove directory", path: "d"}))
IO.puts(Exception.message(%File.LinkError{reason: :eagain, action: "link", existing: "a", new: "b"}))
