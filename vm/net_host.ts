// The host's TCP and UDP sockets, for :gen_tcp and :gen_udp (vm/bifs/tcp.ts, udp.ts). vm/ stays free of Node: the Node host
// implements this with node:net (cli/host_net.ts); a host without it (a web page) has no network,
// and :gen_tcp.listen/connect and :gen_udp.open answer {:error, :eafnosupport} there.

/** an endpoint: an IPv4 or IPv6 address as text ("127.0.0.1", "::1") and a port */
export interface NetAddress {
  address: string;
  port: number;
}

/** what a socket tells its port; each called at most once except onData */
export interface NetSocketEvents {
  onData(bytes: Uint8Array): void;
  /** the peer shut its side down (end of input) */
  onEnd(): void;
  /** an error, as a lower-case POSIX name ("econnreset", "epipe") */
  onError(code: string): void;
}

export interface NetSocket {
  write(bytes: Uint8Array): void;
  /** shut the sending side down (the peer reads end of input) */
  shutdownWrite(): void;
  /** close both sides at once */
  destroy(): void;
  /** stop reading (the peer's sends block once the buffers between fill) / read again */
  pause(): void;
  resume(): void;
  local(): NetAddress | null;
  remote(): NetAddress | null;
}

export interface NetListener {
  address(): NetAddress;
  close(): void;
}

export interface NetListenOptions {
  /** null: every address of the family */
  address: string | null;
  port: number;
  backlog: number;
  ipv6: boolean;
}

export interface NetConnectOptions {
  address: string;
  port: number;
  ipv6: boolean;
}

/** a failure of listen or connect: a lower-case POSIX name ("eaddrinuse", "econnrefused") */
export interface NetFailure {
  code: string;
}

export interface UdpOptions {
  /** null: every address of the family */
  address: string | null;
  port: number;
  ipv6: boolean;
  reuseaddr: boolean;
}

export interface UdpEvents {
  onMessage(bytes: Uint8Array, from: NetAddress): void;
  onError(code: string): void;
}

export interface UdpSocket {
  /** send a datagram; done (when given) is told of a failure to send it (an unknown name) */
  send(bytes: Uint8Array, to: NetAddress, done?: (error: string | null) => void): void;
  close(): void;
  local(): NetAddress | null;
}

export interface NetHost {
  /** start listening; each connection accepted is handed to onConnection, which returns the
   *  events its socket reports to */
  listen(opts: NetListenOptions, onConnection: (s: NetSocket) => NetSocketEvents): Promise<NetListener>;
  connect(opts: NetConnectOptions, events: NetSocketEvents): Promise<NetSocket>;
  /** a bound UDP socket (optional: without it :gen_udp.open answers {:error, :eafnosupport}) */
  openUdp?(opts: UdpOptions, events: UdpEvents): Promise<UdpSocket>;
  /** the addresses a host name resolves to (IPv4 or IPv6 ones), as text; rejects with a NetFailure
   *  (:nxdomain for a name that does not resolve) */
  lookup?(name: string, ipv6: boolean): Promise<string[]>;
  /** this machine's host name (:inet.gethostname/0) */
  hostName?(): string;
  /**
   * On a virtual clock, time must stand still while data sent from one socket of this host to
   * another is still on its way (else a timer would fire before the reply arrives): the host
   * reports with busy(+1) / busy(-1) the deliveries it knows are coming, the node counts them.
   */
  watch?(busy: (delta: number) => void): void;
}
